package org.dangjian.rules.builtin;

import java.util.List;
import org.dangjian.rules.spi.Parameter;
import org.dangjian.core.Labels;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.dangjian.core.assessment.Commitment;
import org.dangjian.core.member.Member;
import org.dangjian.core.time.PeriodKind;
import org.dangjian.core.time.ReportingPeriod;
import org.dangjian.rules.spi.EvaluationContext;
import org.dangjian.rules.spi.Dependencies;
import org.dangjian.rules.spi.Dependencies.Records;
import org.dangjian.rules.spi.Rule;
import org.dangjian.rules.spi.RuleParameters;

/**
 * The annual assessment cycle some counties run (凤县2023): 年初承诺 — every member commits at the start
 * of the year and the commitment is reviewed at its end; 日常积分 — points are recorded through the
 * year; 年底评议 — every member is appraised.
 */
public final class AssessmentCycleRules {
  private AssessmentCycleRules() {}

  private static boolean memberThroughout(EvaluationContext context, Member member, LocalDate from, LocalDate to) {
    return context.status(member, from).isMember() && context.status(member, to).isMember();
  }

  /**
   * {@code annual-commitment}: a member without a commitment for the year by the end of month {@code
   * byMonth} (3), or with one made later; and, once the year is over, items never reviewed.
   */
  public static final class AnnualCommitment extends BuiltInRuleType {
    private static final Parameter<Integer> BY_MONTH = Parameter.wholeNumber("byMonth", 1, 12).withMeaning("承诺须在当年几月底前作出", "the month of the year by whose end the commitment is made").withExample("3");

    /** Creates the type. */
    public AnnualCommitment() {
      super("annual-commitment", new Labels("党员按时作出年度承诺并经评议", "a member makes the year's commitment in time and it is reviewed"),
          List.of(BY_MONTH), Dependencies.perBranch(Records.MEMBERS, Records.COMMITMENTS), "annual-commitment.missing", "annual-commitment.late", "annual-commitment.unreviewed");
    }

    @Override
    Rule rule(RuleParameters parameters) {
      int byMonth = parameters.get(BY_MONTH);
      return context -> {
        for (ReportingPeriod year : context.periods(PeriodKind.YEAR)) {
          LocalDate deadline = YearMonth.of(year.year(), byMonth).atEndOfMonth();
          if (deadline.isAfter(context.asOf())) {
            continue;
          }
          for (Member member : context.members()) {
            if (!memberThroughout(context, member, year.start(), deadline)) {
              continue;
            }
            // A commitment made after the day of evaluation is not known yet.
            Optional<Commitment> commitment = context.dataset().commitmentOf(member.id(), year.year())
                .filter(c -> !c.made().isAfter(context.asOf()));
            if (commitment.isEmpty()) {
              MemberRule.finding(context, member, "annual-commitment.missing").period(year).since(deadline.plusDays(1))
                  .argument("year", year).argument("deadline", deadline).emit();
            } else if (commitment.get().made().isAfter(deadline)) {
              MemberRule.finding(context, member, "annual-commitment.late").period(year).since(deadline.plusDays(1))
                  .argument("year", year).argument("deadline", deadline).argument("made", commitment.get().made())
                  .evidence(commitment.get().evidence()).emit();
            }
            if (commitment.isPresent() && context.isOver(year)) {
              long open = commitment.get().items().stream().filter(i -> i.outcome().isEmpty()).count();
              if (open > 0) {
                MemberRule.finding(context, member, "annual-commitment.unreviewed").period(year).argument("year", year)
                    .argument("open", open).argument("items", commitment.get().items().size())
                    .evidence(commitment.get().evidence()).emit();
              }
            }
          }
        }
      };
    }
  }

  /** {@code points-recorded}: a member with fewer than {@code min} (1) ledger entries in a period of kind {@code per} (quarter). */
  public static final class PointsRecorded extends BuiltInRuleType {
    private static final Parameter<Integer> MIN = Parameter.wholeNumber("min", 1, 1000).withDefault(1).withMeaning("每个周期至少记录的积分条数", "ledger entries each period needs at least").withExample("1");
    private static final Parameter<PeriodKind> PER = Parameter.code("per", PeriodKind.class).withDefault(PeriodKind.QUARTER).withMeaning("周期", "the period").withExample("quarter");

    /** Creates the type. */
    public PointsRecorded() {
      super("points-recorded", new Labels("每个周期记录党员积分", "points are recorded for each member every period"),
          List.of(MIN, PER), Dependencies.perBranch(Records.MEMBERS, Records.LEDGER), "points-recorded.few");
    }

    @Override
    Rule rule(RuleParameters parameters) {
      int min = parameters.get(MIN);
      PeriodKind per = parameters.get(PER);
      return context -> {
        // Each member's ledger read once, not once per period (a dataset may make its entries when they are read).
        java.util.Map<org.dangjian.core.member.MemberId, java.util.List<java.time.LocalDate>> days = new java.util.HashMap<>();
        for (ReportingPeriod period : context.periods(per)) {
          if (!context.isOver(period)) {
            continue;
          }
          for (Member member : context.members()) {
            if (!memberThroughout(context, member, period.start(), period.end())) {
              continue;
            }
            long entries = days.computeIfAbsent(member.id(),
                id -> context.dataset().ledgerOf(id).stream().map(org.dangjian.core.assessment.LedgerEntry::date).toList())
                .stream().filter(period::contains).count();
            if (entries < min) {
              MemberRule.finding(context, member, "points-recorded.few").period(period).argument("period", period)
                  .argument("entries", entries).argument("min", min).emit();
            }
          }
        }
      };
    }
  }

  /** {@code appraisal-coverage}: a member who was a member all year was not appraised (no ballots about them). */
  public static final class AppraisalCoverage extends BuiltInRuleType {
    /** Creates the type. */
    public AppraisalCoverage() {
      super("appraisal-coverage", new Labels("每名党员都参加民主评议", "every member is appraised in the democratic appraisal"),
          List.of(), Dependencies.perBranch(Records.MEMBERS, Records.BALLOTS), "appraisal-coverage.missing");
    }

    @Override
    Rule rule(RuleParameters parameters) {
      return context -> {
        for (ReportingPeriod year : context.periods(PeriodKind.YEAR)) {
          if (!context.isOver(year)) {
            continue;
          }
          for (Member member : context.members()) {
            if (memberThroughout(context, member, year.start(), year.end())
                && context.dataset().ballotsAbout(member.id(), year.year()).isEmpty()) {
              MemberRule.finding(context, member, "appraisal-coverage.missing").period(year).argument("year", year).emit();
            }
          }
        }
      };
    }
  }
}
