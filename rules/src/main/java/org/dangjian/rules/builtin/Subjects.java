package org.dangjian.rules.builtin;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dangjian.core.member.MemberStatus;
import org.dangjian.core.org.CommitteeRole;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.OrganisationKind;
import org.dangjian.core.org.Position;
import org.dangjian.core.org.UnitId;
import org.dangjian.rules.Subject;
import org.dangjian.rules.spi.EvaluationContext;

/** Small helpers the built-in rules share. */
final class Subjects {
  private Subjects() {}

  static Subject of(Organisation organisation) {
    return new Subject(Subject.Kind.ORGANISATION, organisation.id().value());
  }

  static Subject unit(UnitId unit) {
    return new Subject(Subject.Kind.UNIT, unit.value());
  }

  static Subject member(org.dangjian.core.member.MemberId member) {
    return new Subject(Subject.Kind.MEMBER, member.value());
  }

  /** Organisations of the given kinds that exist on the day of evaluation, in path order. */
  static List<Organisation> active(EvaluationContext context, List<OrganisationKind> kinds) {
    LocalDate asOf = context.asOf();
    return context.organisations().stream()
        .filter(o -> kinds.contains(o.kind()) && o.existsOn(asOf))
        .toList();
  }

  static int fullMembers(EvaluationContext context, Organisation organisation) {
    return context.membersOf(organisation.id(), context.asOf(), s -> s == MemberStatus.FULL).size();
  }

  static int members(EvaluationContext context, Organisation organisation) {
    return context.membersOf(organisation.id(), context.asOf(), MemberStatus::isMember).size();
  }

  /** Distinct members holding a position of the organisation's committee on the day of evaluation. */
  static int committeeSize(EvaluationContext context, Organisation organisation) {
    return organisation.committee().map(c -> c.holdersOn(context.asOf()).size()).orElse(0);
  }

  static Optional<Position> secretary(Organisation organisation, LocalDate date) {
    return organisation.committee().stream().flatMap(c -> c.positions().stream())
        .filter(p -> p.role() == CommitteeRole.SECRETARY && p.heldOn(date)).findFirst();
  }
}
