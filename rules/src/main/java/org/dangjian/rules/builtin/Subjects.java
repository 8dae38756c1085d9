package org.dangjian.rules.builtin;

import java.time.LocalDate;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.org.Unit;
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

  /**
   * The units whose results may fall to an organisation in scope, in the dataset's order: every unit for
   * the whole dataset; else those an organisation in scope covers, and — for a rule in which the first
   * root answers for a unit no organisation covers, if that root is in scope — those without an
   * organisation covering them on the day of evaluation.
   */
  static List<Unit> units(EvaluationContext context, boolean rootAnswers) {
    Dataset dataset = context.dataset();
    if (context.scope().isWhole()) {
      return dataset.units();
    }
    java.util.SortedMap<UnitId, Unit> found = new java.util.TreeMap<>();
    for (Organisation organisation : context.organisations()) {
      for (UnitId unit : organisation.units()) {
        dataset.unit(unit).ifPresent(u -> found.put(unit, u));
      }
    }
    if (rootAnswers && context.scope().includes(dataset.tree().roots().get(0).id())) {
      dataset.unitsUncoveredOn(context.asOf()).forEach(u -> found.put(u.id(), u));
    }
    return List.copyOf(found.values());
  }

  /**
   * Counts the organisation's members (those whose branch is it or beneath it) who are Party members on
   * the day of evaluation, up to a limit.
   *
   * @return the count, or {@code limit} if there are at least that many
   */
  static int membersUpTo(EvaluationContext context, Organisation organisation, int limit) {
    Dataset dataset = context.dataset();
    int count = 0;
    for (Organisation below : dataset.tree().subtree(organisation.id())) {
      if (!below.kind().isBranch()) {
        continue;
      }
      for (org.dangjian.core.member.Member member : dataset.membersOf(below.id())) {
        if (context.status(member, context.asOf()).isMember() && ++count >= limit) {
          return limit;
        }
      }
    }
    return count;
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
