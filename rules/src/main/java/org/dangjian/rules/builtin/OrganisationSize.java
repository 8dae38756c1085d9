package org.dangjian.rules.builtin;

import org.dangjian.rules.spi.Parameter;
import org.dangjian.core.Labels;
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
  private static final Parameter<Integer> GENERAL_BRANCH_MIN = Parameter.wholeNumber("generalBranchMin", 1, 10000).withMeaning("党总支党员人数下限", "fewest members of a general branch").withExample("50");
  private static final Parameter<Integer> GENERAL_BRANCH_MAX = Parameter.wholeNumber("generalBranchMax", 1, 10000).withMeaning("党总支党员人数上限", "most members of a general branch").withExample("100");
  private static final Parameter<Integer> COMMITTEE_MIN = Parameter.wholeNumber("committeeMin", 1, 10000).withMeaning("基层党委党员人数下限（以上）", "fewest members of a grassroots committee (the number counts)").withExample("100");

  /** Creates the type. */
  public OrganisationSize() {
    super("organisation-size", new Labels("党总支、基层党委的党员规模", "the size of general branches and grassroots committees"),
        List.of(GENERAL_BRANCH_MIN, GENERAL_BRANCH_MAX, COMMITTEE_MIN), Dependencies.perOrganisation(Records.MEMBERS), "organisation-size.general-branch", "organisation-size.committee");
  }

  @Override
  Rule rule(RuleParameters parameters) {
    int generalBranchMin = parameters.get(GENERAL_BRANCH_MIN);
    int generalBranchMax = parameters.get(GENERAL_BRANCH_MAX);
    int committeeMin = parameters.get(COMMITTEE_MIN);
    return context -> {
      for (Organisation organisation : Subjects.active(context, List.of(OrganisationKind.GENERAL_BRANCH, OrganisationKind.GRASSROOTS_COMMITTEE))) {
        boolean general = organisation.kind() == OrganisationKind.GENERAL_BRANCH;
        // A committee's members are counted only up to its lower bound: a finding about one names fewer.
        int members = Subjects.membersUpTo(context, organisation, general ? Integer.MAX_VALUE : committeeMin);
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
