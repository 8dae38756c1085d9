package org.dangjian.rules.builtin;

import java.util.List;
import org.dangjian.rules.spi.Parameter;
import org.dangjian.core.Labels;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.Unit;
import org.dangjian.rules.spi.Dependencies;
import org.dangjian.rules.spi.Rule;
import org.dangjian.rules.spi.RuleParameters;

/**
 * {@code unit-coverage}: a school or kindergarten no active Party organisation covers — a gap in
 * organisation coverage (党的组织覆盖, 中小学意见2016).
 */
public final class UnitCoverage extends BuiltInRuleType {
  /** Creates the type. */
  public UnitCoverage() {
    super("unit-coverage", new Labels("每所学校都有党组织覆盖（党的组织覆盖）", "every school is covered by an active Party organisation"),
        List.of(), Dependencies.whole(), "unit-coverage.uncovered");
  }

  @Override
  Rule rule(RuleParameters parameters) {
    return context -> {
      Organisation root = context.dataset().tree().roots().get(0);
      for (Unit unit : context.dataset().units()) {
        if (unit.kind().isSchool() && context.dataset().organisationsCovering(unit.id()).stream()
            .noneMatch(o -> o.existsOn(context.asOf()))) {
          context.finding(root.id(), Subjects.unit(unit.id())).message("unit-coverage.uncovered")
              .argument("unit", unit.name()).emit();
        }
      }
    };
  }
}
