package org.dangjian.rules.builtin;

import java.util.List;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.OrganisationKind;
import org.dangjian.rules.spi.Dependencies;
import org.dangjian.rules.spi.Dependencies.Records;
import org.dangjian.rules.spi.Rule;
import org.dangjian.rules.spi.RuleParameters;

/**
 * {@code organisation-size}: a general branch outside {@code generalBranchMin}–{@code generalBranchMax}
 * members (50–100), or a grassroots committee under {@code committeeMin} (100) (机关条例 第五、六条),
 * counting the members of every branch beneath it.
 */
public final class OrganisationSize extends BuiltInRuleType {
  /** Creates the type. */
  public OrganisationSize() {
    super("organisation-size", Dependencies.whole(Records.MEMBERS), "organisation-size.general-branch", "organisation-size.committee");
  }

  @Override
  Rule rule(RuleParameters parameters) {
    int generalBranchMin = parameters.integer("generalBranchMin");
    int generalBranchMax = parameters.integer("generalBranchMax");
    int committeeMin = parameters.integer("committeeMin");
    return context -> {
      for (Organisation organisation : Subjects.active(context, List.of(OrganisationKind.GENERAL_BRANCH, OrganisationKind.GRASSROOTS_COMMITTEE))) {
        int members = Subjects.members(context, organisation);
        boolean general = organisation.kind() == OrganisationKind.GENERAL_BRANCH;
        if (general && (members < generalBranchMin || members > generalBranchMax)) {
          context.finding(organisation.id(), Subjects.of(organisation)).message("organisation-size.general-branch")
              .argument("organisation", organisation.name()).argument("members", members)
              .argument("min", generalBranchMin).argument("max", generalBranchMax).emit();
        } else if (!general && members < committeeMin && organisation.parent().isPresent()) {
          context.finding(organisation.id(), Subjects.of(organisation)).message("organisation-size.committee")
              .argument("organisation", organisation.name()).argument("members", members).argument("min", committeeMin).emit();
        }
      }
    };
  }
}
