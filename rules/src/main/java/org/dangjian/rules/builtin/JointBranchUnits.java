package org.dangjian.rules.builtin;

import org.dangjian.rules.spi.Parameter;
import org.dangjian.core.Labels;
import java.util.List;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.OrganisationKind;
import org.dangjian.rules.spi.Dependencies;
import org.dangjian.rules.spi.Rule;
import org.dangjian.rules.spi.RuleParameters;

/** {@code joint-branch-units}: a joint branch covers more than {@code max} units (generally no more than 5). */
public final class JointBranchUnits extends BuiltInRuleType {
  private static final Parameter<Integer> MAX = Parameter.wholeNumber("max", 1, 100).withMeaning("联合党支部覆盖单位数上限", "most units a joint branch covers").withExample("5");

  /** Creates the type. */
  public JointBranchUnits() {
    super("joint-branch-units", new Labels("联合党支部覆盖单位不超过上限", "a joint branch covers no more units than the limit"),
        List.of(MAX), Dependencies.whole(), "joint-branch-units.too-many");
  }

  @Override
  Rule rule(RuleParameters parameters) {
    int max = parameters.get(MAX);
    return context -> {
      for (Organisation branch : Subjects.active(context, List.of(OrganisationKind.JOINT_BRANCH))) {
        if (branch.units().size() > max) {
          context.finding(branch.id(), Subjects.of(branch)).message("joint-branch-units.too-many")
              .argument("organisation", branch.name()).argument("units", branch.units().size()).argument("max", max)
              .evidence(branch.units().stream().map(u -> "unit:" + u).toList()).emit();
        }
      }
    };
  }
}
