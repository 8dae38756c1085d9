package org.dangjian.rules.builtin;

import java.util.List;
import org.dangjian.rules.spi.Parameter;
import org.dangjian.core.Labels;
import java.time.LocalDate;
import java.util.Optional;
import org.dangjian.core.member.Member;
import org.dangjian.core.org.Committee;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.Position;
import org.dangjian.core.time.PeriodKind;
import org.dangjian.core.time.ReportingPeriod;
import org.dangjian.rules.spi.Dependencies;
import org.dangjian.rules.spi.Dependencies.Records;
import org.dangjian.rules.spi.EvaluationContext;
import org.dangjian.rules.spi.Rule;
import org.dangjian.rules.spi.RuleParameters;

/**
 * {@code secretary-training}: a branch secretary who attended fewer than {@code min} trainings in a
 * period they held the post through. {@code per} is either a period kind ({@code half-year}, {@code
 * year}…) or {@code term-of-office}: the committee's current term (每届 — from its election to the end
 * of its term, {@code termYears} later, both days included; 3 years for a branch), judged in the window
 * in which the term ends, once it has (县局汇报: 保证每届学校支部负责人参训2次以上). A branch without a
 * committee has no term to judge.
 */
public final class SecretaryTraining extends BuiltInRuleType {
  /** The value of {@code per} that names the committee's term of office (每届). */
  static final String TERM_OF_OFFICE = "term-of-office";
  private static final Parameter<Integer> MIN = Parameter.wholeNumber("min", 1, 100).withMeaning("每个周期至少参加的培训次数", "trainings a secretary attends each period at least").withExample("1");
  private static final Parameter<String> PER = Parameter.choice("per", "week", "month", "quarter", "half-year", "year", TERM_OF_OFFICE).withDefault("half-year").withMeaning("计算周期；term-of-office 按任期计算", "the period counted; term-of-office counts over the term").withExample("year");

  /** Creates the type. */
  public SecretaryTraining() {
    super("secretary-training", new Labels("党支部书记参加培训达到规定次数", "a branch secretary attends the trainings required"),
        List.of(MIN, PER), Dependencies.perOrganisation(Records.MEMBERS, Records.TRAININGS), "secretary-training.short",
        "secretary-training.short-in-term");
  }

  @Override
  Rule rule(RuleParameters parameters) {
    int min = parameters.get(MIN);
    if (parameters.get(PER).equals(TERM_OF_OFFICE)) {
      return context -> {
        for (Organisation branch : context.organisations()) {
          branch.committee().filter(c -> branch.kind().isBranch()).ifPresent(committee -> judgeTerm(context, branch, committee, min));
        }
      };
    }
    PeriodKind per = org.dangjian.core.Labelled.parse(PeriodKind.class, parameters.get(PER));
    return context -> {
      for (ReportingPeriod period : context.periods(per)) {
        if (!context.isOver(period)) {
          continue;
        }
        for (Organisation branch : context.organisations()) {
          if (!branch.kind().isBranch() || !branch.existsOn(period.start()) || !branch.existsOn(period.end())) {
            continue;
          }
          Optional<Member> holder = secretaryThrough(context, branch, period.start(), period.end());
          int attended = holder.map(h -> attended(context, h, period.start(), period.end())).orElse(min);
          if (attended < min) {
            MemberRule.finding(context, holder.get(), "secretary-training.short").period(period)
                .argument("organisation", branch.name()).argument("period", period).argument("attended", attended)
                .argument("min", min).emit();
          }
        }
      }
    };
  }

  private static void judgeTerm(EvaluationContext context, Organisation branch, Committee committee, int min) {
    LocalDate from = committee.elected();
    LocalDate to = committee.termEnd();
    if (to.isAfter(context.asOf()) || !context.window().contains(to) || !branch.existsOn(from)) {
      return; // the term is not over, or ended outside the window
    }
    Optional<Member> holder = secretaryThrough(context, branch, from, to);
    int attended = holder.map(h -> attended(context, h, from, to)).orElse(min);
    if (attended < min) {
      MemberRule.finding(context, holder.get(), "secretary-training.short-in-term").since(to)
          .argument("organisation", branch.name()).argument("from", from).argument("to", to)
          .argument("termYears", committee.termYears()).argument("attended", attended).argument("min", min).emit();
    }
  }

  /** @return the branch's secretary from the first day through the last, if one person held the post throughout */
  private static Optional<Member> secretaryThrough(EvaluationContext context, Organisation branch, LocalDate first, LocalDate last) {
    return Subjects.secretary(branch, first).filter(p -> p.heldOn(last)).map(Position::member)
        .flatMap(id -> context.dataset().member(id));
  }

  private static int attended(EvaluationContext context, Member holder, LocalDate first, LocalDate last) {
    return (int) context.dataset().trainingsOf(holder.id()).stream()
        .filter(t -> !t.date().isBefore(first) && !t.date().isAfter(last)).count();
  }
}
