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
 * {@code committee-required}: a branch with {@code minFullMembers} or more full members (正式党员7人以上)
 * has no 支部委员会 — no committee, or fewer than {@code minCommitteeSize} people holding its positions.
 */
public final class CommitteeRequired extends BuiltInRuleType {
  private static final Parameter<Integer> MIN_FULL_MEMBERS = Parameter.wholeNumber("minFullMembers", 1, 1000).withMeaning("正式党员达到此数（以上）的党支部应设支部委员会", "full members from which a branch needs a committee (the number counts)").withExample("7");
  private static final Parameter<Integer> MIN_COMMITTEE_SIZE = Parameter.wholeNumber("minCommitteeSize", 1, 50).withDefault(3).withMeaning("任职人数达到此数才算设立了委员会", "people holding positions for a committee to count as one").withExample("3");

  /** Creates the type. */
  public CommitteeRequired() {
    super("committee-required", new Labels("正式党员7人以上的党支部设立支部委员会", "a branch with enough full members has a committee"),
        List.of(MIN_FULL_MEMBERS, MIN_COMMITTEE_SIZE), Dependencies.perBranch(Records.MEMBERS), "committee-required.missing");
  }

  @Override
  Rule rule(RuleParameters parameters) {
    int minFullMembers = parameters.get(MIN_FULL_MEMBERS);
    int minCommitteeSize = parameters.get(MIN_COMMITTEE_SIZE);
    return context -> {
      for (Organisation branch : Subjects.active(context, List.of(OrganisationKind.BRANCH, OrganisationKind.JOINT_BRANCH))) {
        int full = Subjects.fullMembers(context, branch);
        if (full >= minFullMembers && Subjects.committeeSize(context, branch) < minCommitteeSize) {
          context.finding(branch.id(), Subjects.of(branch)).message("committee-required.missing")
              .argument("organisation", branch.name()).argument("fullMembers", full).argument("min", minFullMembers).emit();
        }
      }
    };
  }
}
