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
 * {@code branch-size}: a branch has more members (probationary and full) than {@code max} (支部条例
 * 第四条: generally no more than 50; "超过" — exactly 50 is fine).
 */
public final class BranchSize extends BuiltInRuleType {
  private static final Parameter<Integer> MAX = Parameter.wholeNumber("max", 1, 1000).withMeaning("党支部党员人数上限（超过即报告，恰好等于不报告）", "most members a branch has (more is reported, exactly this many is not)").withExample("50");

  /** Creates the type. */
  public BranchSize() {
    super("branch-size", new Labels("党支部党员人数不超过上限", "a branch has no more members than the limit"),
        List.of(MAX), Dependencies.perBranch(Records.MEMBERS), "branch-size.over");
  }

  @Override
  Rule rule(RuleParameters parameters) {
    int max = parameters.get(MAX);
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
