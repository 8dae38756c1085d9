package org.dangjian.rules.builtin;

import java.util.List;
import org.dangjian.core.member.MemberStatus;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.OrganisationKind;
import org.dangjian.core.org.Unit;
import org.dangjian.rules.spi.Dependencies;
import org.dangjian.rules.spi.Dependencies.Records;
import org.dangjian.rules.spi.Rule;
import org.dangjian.rules.spi.RuleParameters;

/**
 * {@code unit-own-organisation}: a unit with {@code minFullMembers} or more full members (正式党员3人以上,
 * 支部条例 第四条) has no organisation of its own — it is covered only by a joint branch, or not at all.
 */
public final class UnitOwnOrganisation extends BuiltInRuleType {
  /** Creates the type. */
  public UnitOwnOrganisation() {
    super("unit-own-organisation", Dependencies.whole(Records.MEMBERS), "unit-own-organisation.missing");
  }

  @Override
  Rule rule(RuleParameters parameters) {
    int minFullMembers = parameters.integer("minFullMembers");
    return context -> {
      for (Unit unit : context.dataset().units()) {
        long full = context.dataset().membersOfUnit(unit.id()).stream()
            .filter(m -> context.facts(m, context.asOf()).status() == MemberStatus.FULL).count();
        if (full < minFullMembers) {
          continue;
        }
        List<Organisation> covering = context.dataset().organisationsCovering(unit.id()).stream()
            .filter(o -> o.existsOn(context.asOf())).toList();
        if (covering.stream().anyMatch(o -> o.kind() != OrganisationKind.JOINT_BRANCH)) {
          continue;
        }
        Organisation responsible = covering.isEmpty() ? context.dataset().tree().roots().get(0) : covering.get(0);
        context.finding(responsible.id(), Subjects.unit(unit.id())).message("unit-own-organisation.missing")
            .argument("unit", unit.name()).argument("fullMembers", full).argument("min", minFullMembers)
            .argument("organisation", responsible.name()).emit();
      }
    };
  }
}
