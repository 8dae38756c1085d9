package org.dangjian.rules.builtin;

import java.util.List;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.OrganisationKind;
import org.dangjian.rules.spi.Dependencies;
import org.dangjian.rules.spi.Dependencies.Records;
import org.dangjian.rules.spi.Rule;
import org.dangjian.rules.spi.RuleParameters;

/**
 * {@code branch-size}: a branch has more members (probationary and full) than {@code max} (支部条例
 * 第四条: generally no more than 50; "超过" — exactly 50 is fine).
 */
public final class BranchSize extends BuiltInRuleType {
  /** Creates the type. */
  public BranchSize() {
    super("branch-size", Dependencies.perBranch(Records.MEMBERS), "branch-size.over");
  }

  @Override
  Rule rule(RuleParameters parameters) {
    int max = parameters.integer("max");
    return context -> {
      for (Organisation branch : Subjects.active(context, List.of(OrganisationKind.BRANCH, OrganisationKind.JOINT_BRANCH))) {
        int members = Subjects.members(context, branch);
        if (members > max) {
          context.finding(branch.id(), Subjects.of(branch)).message("branch-size.over")
              .argument("organisation", branch.name()).argument("members", members).argument("max", max).emit();
        }
      }
    };
  }
}
