package org.dangjian.rules.builtin;

import org.dangjian.rules.spi.Parameter;
import org.dangjian.core.Labels;
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
  private static final Parameter<Integer> MIN_FULL_MEMBERS = Parameter.wholeNumber("minFullMembers", 1, 1000).withMeaning("单位正式党员达到此数（以上）即应单独建立党组织", "full members from which a unit needs its own organisation (the number counts)").withExample("3");

  /** Creates the type. */
  public UnitOwnOrganisation() {
    super("unit-own-organisation", new Labels("正式党员3人以上的单位单独成立党支部", "a unit with enough full members has an organisation of its own"),
        List.of(MIN_FULL_MEMBERS), Dependencies.perOrganisation(Records.MEMBERS), "unit-own-organisation.missing");
  }

  @Override
  Rule rule(RuleParameters parameters) {
    int minFullMembers = parameters.get(MIN_FULL_MEMBERS);
    return context -> {
      for (Unit unit : Subjects.units(context, true)) {
        List<Organisation> covering = context.dataset().organisationsCovering(unit.id()).stream()
            .filter(o -> o.existsOn(context.asOf())).toList();
        if (covering.stream().anyMatch(o -> o.kind() != OrganisationKind.JOINT_BRANCH)) {
          continue;
        }
        Organisation responsible = covering.isEmpty() ? context.dataset().tree().roots().get(0) : covering.get(0);
        if (!context.scope().includes(responsible.id())) {
          continue; // a session re-running the rule for other organisations
        }
        long full = context.dataset().membersOfUnit(unit.id()).stream()
            .filter(m -> context.status(m, context.asOf()) == MemberStatus.FULL).count();
        if (full < minFullMembers) {
          continue;
        }
        context.finding(responsible.id(), Subjects.unit(unit.id())).message("unit-own-organisation.missing")
            .argument("unit", unit.name()).argument("fullMembers", full).argument("min", minFullMembers)
            .argument("organisation", responsible.name()).emit();
      }
    };
  }
}
