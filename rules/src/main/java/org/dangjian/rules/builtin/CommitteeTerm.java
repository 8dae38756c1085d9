package org.dangjian.rules.builtin;

import org.dangjian.rules.spi.Parameter;
import org.dangjian.core.Labels;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dangjian.core.org.Committee;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.OrganisationKind;
import org.dangjian.core.org.Postponement;
import org.dangjian.rules.Severity;
import org.dangjian.rules.spi.Dependencies;
import org.dangjian.rules.spi.EvaluationContext;
import org.dangjian.rules.spi.Rule;
import org.dangjian.rules.spi.RuleParameters;

/**
 * {@code committee-term}: a committee whose term ended before the day of evaluation without a new
 * election; and, as a notice, a term ending within {@code noticeMonths}. The term is the election plus
 * the term years, extended by the committee's recorded, approved postponement (延期换届, 选举条例 第三条) —
 * honoured up to {@code extensionMonths} (12 by default, never more than 12), and only when it was approved
 * by the day the term ended: a postponement approved later is reported ({@code
 * committee-term.postponed-too-late}) and not honoured.
 */
public final class CommitteeTerm extends BuiltInRuleType {
  private static final Parameter<Integer> EXTENSION_MONTHS = Parameter.wholeNumber("extensionMonths", 0, 12).withDefault(12).withMeaning("换届最多延期的月数（选举条例 第三条：不超过1年）", "months an election may be postponed at most (one year)").withExample("12");
  private static final Parameter<Integer> NOTICE_MONTHS = Parameter.wholeNumber("noticeMonths", 0, 12).withDefault(3).withMeaning("任期届满前多少个月提示换届", "months before the term ends that the election is shown as due").withExample("3");

  /** Creates the type. */
  public CommitteeTerm() {
    super("committee-term", new Labels("委员会按期换届，延期不超过规定", "a committee is re-elected when its term ends, postponed within the limit"),
        List.of(EXTENSION_MONTHS, NOTICE_MONTHS), Dependencies.whole(), "committee-term.expired", "committee-term.expired-postponed",
        "committee-term.postponed-too-late", "committee-term.due-soon");
  }

  @Override
  Rule rule(RuleParameters parameters) {
    int extensionMonths = parameters.get(EXTENSION_MONTHS);
    int noticeMonths = parameters.get(NOTICE_MONTHS);
    return context -> {
      for (Organisation organisation : Subjects.active(context, List.of(OrganisationKind.BRANCH, OrganisationKind.JOINT_BRANCH,
          OrganisationKind.GENERAL_BRANCH, OrganisationKind.GRASSROOTS_COMMITTEE))) {
        organisation.committee().ifPresent(committee -> judge(context, organisation, committee, extensionMonths, noticeMonths));
      }
    };
  }

  private static void judge(EvaluationContext context, Organisation organisation, Committee committee, int cap, int noticeMonths) {
    LocalDate asOf = context.asOf();
    LocalDate termEnd = committee.termEnd();
    Optional<Postponement> postponement = committee.postponement();
    boolean honoured = postponement.isPresent() && !postponement.get().approvedOn().isAfter(termEnd);
    LocalDate end = honoured ? termEnd.plusMonths(Math.min(cap, postponement.get().months())) : termEnd;
    if (end.isBefore(asOf)) {
      String code = postponement.isEmpty() ? "committee-term.expired"
          : honoured ? "committee-term.expired-postponed" : "committee-term.postponed-too-late";
      var finding = context.finding(organisation.id(), Subjects.of(organisation)).message(code)
          .argument("organisation", organisation.name()).argument("elected", committee.elected())
          .argument("termYears", committee.termYears()).argument("termEnd", end).since(end.plusDays(1));
      postponement.ifPresent(p -> finding.argument("approvedBy", context.dataset().organisation(p.approvedBy())
              .map(Organisation::name).orElse(p.approvedBy().value()))
          .argument("approvedOn", p.approvedOn()).argument("months", Math.min(cap, p.months())).argument("termEndBefore", termEnd));
      finding.emit();
    } else if (end.isBefore(asOf.plusMonths(noticeMonths).plusDays(1))) {
      context.finding(organisation.id(), Subjects.of(organisation)).message("committee-term.due-soon")
          .severity(Severity.NOTICE).argument("organisation", organisation.name()).argument("termEnd", end).emit();
    }
  }
}
