package org.dangjian.rules.builtin;

import org.dangjian.rules.spi.Parameter;
import org.dangjian.core.Labels;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.dangjian.core.ValidationException;
import org.dangjian.core.org.GovernanceModel;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.Unit;
import org.dangjian.core.org.UnitKind;
import org.dangjian.rules.spi.Dependencies;
import org.dangjian.rules.spi.Rule;
import org.dangjian.rules.spi.RuleParameters;

/**
 * {@code governance-rate}: the share of schools (of {@code unitKinds}) running 党组织领导的校长负责制 on
 * the day of evaluation is below {@code target} (福州2023: 80% by year end; "以上": exactly the target meets it).
 */
public final class GovernanceRate extends BuiltInRuleType {
  private static final Parameter<BigDecimal> TARGET = Parameter.decimal("target", BigDecimal.ZERO, BigDecimal.ONE).withMeaning("目标比例（0至1，恰好达到即满足）", "the target share, 0 to 1 (exactly the target meets it)").withExample("0.8");
  private static final Parameter<List<UnitKind>> UNIT_KINDS = Parameter.codes("unitKinds", UnitKind.class).withDefault(List.of(UnitKind.PRIMARY_SCHOOL, UnitKind.MIDDLE_SCHOOL, UnitKind.HIGH_SCHOOL, UnitKind.NINE_YEAR_SCHOOL)).withMeaning("计入的学校类别", "the kinds of school counted").withExample("[primary-school, middle-school]");

  /** Creates the type. */
  public GovernanceRate() {
    super("governance-rate", new Labels("实行党组织领导的校长负责制的学校比例达到目标", "the share of schools under the Party-led principal responsibility system reaches the target"),
        List.of(TARGET, UNIT_KINDS), Dependencies.whole(), "governance-rate.below-target");
  }

  @Override
  Rule rule(RuleParameters parameters) {
    BigDecimal target = parameters.get(TARGET);
    List<UnitKind> kinds = parameters.get(UNIT_KINDS);
    return context -> {
      List<Unit> schools = context.dataset().units().stream().filter(u -> kinds.contains(u.kind())).toList();
      if (schools.isEmpty()) {
        return;
      }
      long running = schools.stream().filter(u -> u.governance()
          .filter(g -> g.model() == GovernanceModel.PARTY_LED_PRINCIPAL_RESPONSIBILITY && g.inForceOn(context.asOf()))
          .isPresent()).count();
      // running / total >= target, in exact arithmetic
      if (BigDecimal.valueOf(running).compareTo(target.multiply(BigDecimal.valueOf(schools.size()))) < 0) {
        Organisation root = context.dataset().tree().roots().get(0);
        BigDecimal rate = BigDecimal.valueOf(running * 100).divide(BigDecimal.valueOf(schools.size()), 1, RoundingMode.HALF_UP);
        context.finding(root.id(), Subjects.of(root)).message("governance-rate.below-target")
            .argument("running", running).argument("schools", schools.size()).argument("rate", rate.toPlainString() + "%")
            .argument("target", target.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().toPlainString() + "%").emit();
      }
    };
  }
}
