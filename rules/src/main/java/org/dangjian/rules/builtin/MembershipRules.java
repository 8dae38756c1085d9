package org.dangjian.rules.builtin;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.dues.DuesPayment;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberEvent;
import org.dangjian.core.member.MemberFacts;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.member.MemberStatus;
import org.dangjian.rules.spi.EvaluationContext;
import org.dangjian.rules.spi.Dependencies;
import org.dangjian.rules.spi.Dependencies.Records;
import org.dangjian.rules.spi.Rule;
import org.dangjian.rules.spi.RuleParameters;

/**
 * Membership rules: months in a row without organisational life or without dues (党章 第九条, both
 * grounds for 自行脱党 handling), suspensions that have run their course (教育管理条例 第二十四条), and
 * introduction letters received after their validity. Months before the dataset's first activity (or
 * first dues payment) are not judged: a dataset that starts in January does not make everyone absent in
 * the months before it.
 */
public final class MembershipRules {
  private MembershipRules() {}

  /**
   * Finds runs of consecutive months, ending in the window, in which a member was a member for the whole
   * month and {@code missed} says the month was missed; reports runs of {@code minMonths} or more.
   */
  private static void runs(EvaluationContext context, Member member, int minMonths, int graceMonths, YearMonth recordsFrom,
      java.util.function.Predicate<YearMonth> missed, java.util.function.BiConsumer<YearMonth, Integer> report) {
    YearMonth first = YearMonth.from(context.window().start()).minusMonths(minMonths - 1L);
    if (first.isBefore(recordsFrom)) {
      first = recordsFrom; // months before the dataset's first record of the kind are not judged
    }
    YearMonth last = YearMonth.from(context.asOf().minusMonths(graceMonths));
    if (!YearMonth.from(context.asOf()).atEndOfMonth().equals(context.asOf())) {
      last = last.minusMonths(1); // the current month is not over
    }
    YearMonth runStart = null;
    int length = 0;
    for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
      // The month's record first: most months are in order, and the status check replays facts.
      boolean counts = missed.test(month) && isMemberAllMonth(context, member, month);
      if (counts) {
        if (runStart == null) {
          runStart = month;
        }
        length++;
      }
      if ((!counts || month.equals(last)) && runStart != null) {
        YearMonth runEnd = counts ? month : month.minusMonths(1);
        if (length >= minMonths && !runEnd.atEndOfMonth().isBefore(context.window().start())) {
          report.accept(runStart, length);
        }
        runStart = null;
        length = 0;
      }
    }
  }

  private static boolean isMemberAllMonth(EvaluationContext context, Member member, YearMonth month) {
    return context.facts(member, month.atDay(1)).status().isMember() && context.facts(member, month.atEndOfMonth()).status().isMember();
  }

  /** {@code organisational-life-absence}: {@code minMonths} (6) months in a row without attending any activity. */
  public static final class OrganisationalLifeAbsence extends BuiltInRuleType {
    /** Creates the type. */
    public OrganisationalLifeAbsence() {
      super("organisational-life-absence", Dependencies.perBranch(Records.ACTIVITIES, Records.MEMBERS), "organisational-life-absence.months");
    }

    @Override
    Rule rule(RuleParameters parameters) {
      int minMonths = parameters.integer("minMonths");
      return context -> {
        if (context.dataset().firstActivityDate().isEmpty()) {
          return;
        }
        YearMonth recordsFrom = YearMonth.from(context.dataset().firstActivityDate().get());
        // Months attended, as bits counted from the first month of the records (no object per attendance).
        int firstIndex = recordsFrom.getYear() * 12 + recordsFrom.getMonthValue() - 1;
        for (Member member : context.members()) {
          java.util.BitSet months = new java.util.BitSet();
          for (Activity activity : context.dataset().activitiesAttendedBy(member.id())) {
            months.set(activity.date().getYear() * 12 + activity.date().getMonthValue() - 1 - firstIndex);
          }
          runs(context, member, minMonths, 0, recordsFrom,
              month -> !months.get(month.getYear() * 12 + month.getMonthValue() - 1 - firstIndex), (start, length) ->
              MemberRule.finding(context, member, "organisational-life-absence.months").since(start.atDay(1))
                  .argument("from", start).argument("months", length).argument("minMonths", minMonths).emit());
        }
      };
    }
  }

  /**
   * {@code dues-arrears}: {@code minMonths} (6) months in a row for which no dues were paid by {@code
   * graceMonths} after the month (0; 2 where the branch agreed to quarterly payment).
   */
  public static final class DuesArrears extends BuiltInRuleType {
    /** Creates the type. */
    public DuesArrears() {
      super("dues-arrears", Dependencies.perBranch(Records.DUES, Records.MEMBERS), "dues-arrears.months");
    }

    @Override
    Rule rule(RuleParameters parameters) {
      int minMonths = parameters.integer("minMonths");
      int graceMonths = parameters.integer("graceMonths", 0);
      return context -> {
        if (context.dataset().firstDuesMonth().isEmpty()) {
          return;
        }
        YearMonth recordsFrom = context.dataset().firstDuesMonth().get();
        for (Member member : context.members()) {
          // The months paid for in time: by the end of the month, or of the grace months after it.
          Set<YearMonth> paid = new HashSet<>();
          for (DuesPayment p : context.dataset().duesPaymentsOf(member.id())) {
            if (!p.paidOn().isAfter(p.month().plusMonths(graceMonths).atEndOfMonth())) {
              paid.add(p.month());
            }
          }
          runs(context, member, minMonths, graceMonths, recordsFrom, month -> !paid.contains(month), (start, length) ->
              MemberRule.finding(context, member, "dues-arrears.months").since(start.atDay(1)).argument("from", start)
                  .argument("months", length).argument("minMonths", minMonths).emit());
        }
      };
    }
  }

  /** {@code suspension-duration}: membership suspended for {@code years} (2) or more: removal (除名) is due. */
  public static final class SuspensionDuration extends MemberRule {
    /** Creates the type. */
    public SuspensionDuration() {
      super("suspension-duration", "suspension-duration.removal-due");
    }

    @Override
    Check bind(RuleParameters parameters) {
      int years = parameters.integer("years");
      return (context, member) -> {
        MemberFacts facts = context.facts(member, context.asOf());
        if (facts.status() == MemberStatus.SUSPENDED && facts.suspendedSince().isPresent()) {
          LocalDate due = facts.suspendedSince().get().plusYears(years);
          if (!due.isAfter(context.asOf())) {
            finding(context, member, "suspension-duration.removal-due").since(due)
                .argument("suspended", facts.suspendedSince().get()).argument("years", years).emit();
          }
        }
      };
    }
  }

  /** {@code transfer-letter}: an introduction letter received after it expired (the member was a 口袋党员 meanwhile). */
  public static final class TransferLetter extends MemberRule {
    /** Creates the type. */
    public TransferLetter() {
      super("transfer-letter", "transfer-letter.expired");
    }

    @Override
    Check bind(RuleParameters parameters) {
      return (context, member) -> {
        for (MemberEvent event : member.history()) {
          if (event instanceof MemberEvent.TransferredIn in && judged(context, in.date())
              && in.date().isAfter(in.letter().validUntil())) {
            finding(context, member, "transfer-letter.expired").since(in.letter().validUntil().plusDays(1))
                .argument("letter", in.letter().number()).argument("validUntil", in.letter().validUntil())
                .argument("received", in.date()).emit();
          }
        }
      };
    }
  }
}
