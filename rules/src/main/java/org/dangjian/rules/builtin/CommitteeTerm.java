package org.dangjian.rules.builtin;

import java.time.LocalDate;
import java.util.List;
import org.dangjian.core.org.Committee;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.OrganisationKind;
import org.dangjian.rules.Severity;
import org.dangjian.rules.spi.Dependencies;
import org.dangjian.rules.spi.Rule;
import org.dangjian.rules.spi.RuleParameters;

/**
 * {@code committee-term}: a committee whose term (election plus term years, plus any approved
 * extension of {@code extensionMonths}, at most 12 — 选举条例 第三条) ended before the day of
 * evaluation without a new election; and, as a notice, a term ending within {@code noticeMonths}.
 */
public final class CommitteeTerm extends BuiltInRuleType {
  /** Creates the type. */
  public CommitteeTerm() {
    super("committee-term", Dependencies.whole(), "committee-term.expired", "committee-term.due-soon");
  }

  @Override
  Rule rule(RuleParameters parameters) {
    int extensionMonths = parameters.integer("extensionMonths", 0);
    int noticeMonths = parameters.integer("noticeMonths", 3);
    if (extensionMonths < 0 || extensionMonths > 12) {
      throw org.dangjian.core.ValidationException.of("extensionMonths", "invalid-parameter",
          "an election is postponed by at most 12 months (选举条例 第三条), not " + extensionMonths);
    }
    return context -> {
      LocalDate asOf = context.asOf();
      for (Organisation organisation : Subjects.active(context, List.of(OrganisationKind.BRANCH, OrganisationKind.JOINT_BRANCH,
          OrganisationKind.GENERAL_BRANCH, OrganisationKind.GRASSROOTS_COMMITTEE))) {
        if (organisation.committee().isEmpty()) {
          continue;
        }
        Committee committee = organisation.committee().get();
        LocalDate end = committee.termEnd().plusMonths(extensionMonths);
        if (end.isBefore(asOf)) {
          context.finding(organisation.id(), Subjects.of(organisation)).message("committee-term.expired")
              .argument("organisation", organisation.name()).argument("elected", committee.elected())
              .argument("termYears", committee.termYears()).argument("termEnd", end).since(end.plusDays(1)).emit();
        } else if (end.isBefore(asOf.plusMonths(noticeMonths).plusDays(1))) {
          context.finding(organisation.id(), Subjects.of(organisation)).message("committee-term.due-soon")
              .severity(Severity.NOTICE).argument("organisation", organisation.name()).argument("termEnd", end).emit();
        }
      }
    };
  }
}
