package org.dangjian.rules.builtin;

import java.util.List;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.OrganisationKind;
import org.dangjian.rules.Severity;
import org.dangjian.rules.spi.Dependencies;
import org.dangjian.rules.spi.Dependencies.Records;
import org.dangjian.rules.spi.Rule;
import org.dangjian.rules.spi.RuleParameters;

/**
 * {@code committee-size}: a committee outside {@code min}–{@code preferredMax} members (3–5): over
 * {@code max} (7) or under {@code min} is reported at the entry's severity, between {@code
 * preferredMax} and {@code max} as a warning. Branch committees are judged only where the branch has
 * {@code minFullMembers} full members, since smaller branches elect only a secretary; and a branch
 * committee smaller than {@code min} is left to {@code committee-required}, whose finding (the branch has
 * no 支部委员会) is the more specific of the two — one finding for a branch with only a secretary.
 */
public final class CommitteeSize extends BuiltInRuleType {
  /** Creates the type. */
  public CommitteeSize() {
    super("committee-size", Dependencies.whole(Records.MEMBERS), "committee-size.too-small", "committee-size.large", "committee-size.too-large");
  }

  @Override
  Rule rule(RuleParameters parameters) {
    int min = parameters.integer("min");
    int preferredMax = parameters.integer("preferredMax");
    int max = parameters.integer("max");
    int minFullMembers = parameters.integer("minFullMembers");
    return context -> {
      for (Organisation organisation : Subjects.active(context, List.of(OrganisationKind.BRANCH, OrganisationKind.JOINT_BRANCH,
          OrganisationKind.GENERAL_BRANCH, OrganisationKind.GRASSROOTS_COMMITTEE))) {
        if (organisation.committee().isEmpty()
            || organisation.kind().isBranch() && Subjects.fullMembers(context, organisation) < minFullMembers) {
          continue;
        }
        int size = Subjects.committeeSize(context, organisation);
        if (size < min && organisation.kind().isBranch()) {
          continue; // committee-required: the branch has no committee
        }
        String code;
        if (size < min) {
          code = "committee-size.too-small";
        } else if (size > max) {
          code = "committee-size.too-large";
        } else if (size > preferredMax) {
          code = "committee-size.large";
        } else {
          continue;
        }
        var finding = context.finding(organisation.id(), Subjects.of(organisation)).message(code)
            .argument("organisation", organisation.name()).argument("size", size).argument("min", min)
            .argument("preferredMax", preferredMax).argument("max", max);
        if (code.equals("committee-size.large")) {
          finding.severity(Severity.WARNING);
        }
        finding.emit();
      }
    };
  }
}
