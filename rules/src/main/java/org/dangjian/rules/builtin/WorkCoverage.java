package org.dangjian.rules.builtin;

import org.dangjian.rules.spi.Parameter;
import org.dangjian.core.Labels;
import java.util.List;
import org.dangjian.core.member.MemberStatus;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.Unit;
import org.dangjian.rules.spi.Dependencies;
import org.dangjian.rules.spi.Dependencies.Records;
import org.dangjian.rules.spi.Rule;
import org.dangjian.rules.spi.RuleParameters;

/**
 * {@code work-coverage}: a school covered by an organisation on paper only — no member of the
 * organisations covering it works there, so nobody carries Party work into it (党的工作覆盖, "两个覆盖",
 * 中小学意见2016). Reported to the covering organisation highest in the tree.
 */
public final class WorkCoverage extends BuiltInRuleType {
  /** Creates the type. */
  public WorkCoverage() {
    super("work-coverage", new Labels("覆盖学校的党组织有在该校工作的党员（党的工作覆盖）", "an organisation covering a school has members working there"),
        List.of(), Dependencies.perOrganisation(Records.MEMBERS), "work-coverage.no-members");
  }

  @Override
  Rule rule(RuleParameters parameters) {
    return context -> {
      for (Unit unit : Subjects.units(context, false)) {
        if (!unit.kind().isSchool()) {
          continue;
        }
        List<Organisation> covering = context.dataset().organisationsCovering(unit.id()).stream()
            .filter(o -> o.existsOn(context.asOf())).toList();
        if (covering.isEmpty() || !context.scope().includes(covering.get(0).id())) {
          continue; // organisation coverage: another rule; or a session re-running the rule for other organisations
        }
        boolean present = context.dataset().membersOfUnit(unit.id()).stream()
            .anyMatch(m -> context.status(m, context.asOf()).isMember()
                && covering.stream().anyMatch(o -> context.dataset().tree().isWithin(m.branch(), o.id())));
        if (!present) {
          context.finding(covering.get(0).id(), Subjects.unit(unit.id())).message("work-coverage.no-members")
              .argument("unit", unit.name()).argument("organisation", covering.get(0).name())
              .argument("fullMembers", context.dataset().membersOfUnit(unit.id()).stream()
                  .filter(m -> context.status(m, context.asOf()) == MemberStatus.FULL).count()).emit();
        }
      }
    };
  }
}
