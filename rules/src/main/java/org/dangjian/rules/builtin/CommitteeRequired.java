package org.dangjian.rules.builtin;

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
  /** Creates the type. */
  public CommitteeRequired() {
    super("committee-required", Dependencies.perBranch(Records.MEMBERS), "committee-required.missing");
  }

  @Override
  Rule rule(RuleParameters parameters) {
    int minFullMembers = parameters.integer("minFullMembers");
    int minCommitteeSize = parameters.integer("minCommitteeSize", 3);
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
