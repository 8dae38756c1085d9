package org.dangjian.core.dataset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.dangjian.core.Problem;
import org.dangjian.core.ValidationException;
import org.dangjian.core.internal.OrganisationChecks;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.member.Placement;
import org.dangjian.core.org.Committee;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.org.OrganisationKind;
import org.dangjian.core.org.Position;
import org.dangjian.core.org.UnitId;

/** One restructuring of a dataset, worked out on copies and validated as a whole dataset at the end. */
final class Restructuring {
  private final Dataset before;
  private final LocalDate on;
  private final Map<OrganisationId, Organisation> organisations = new LinkedHashMap<>();
  private final Set<OrganisationId> dissolvedNow = new HashSet<>();
  private final Map<MemberId, Placement> placements = new TreeMap<>();
  private final List<Problem> problems = new ArrayList<>();

  Restructuring(Dataset before, LocalDate on) {
    this.before = before;
    this.on = java.util.Objects.requireNonNull(on, "on");
    before.organisations().forEach(o -> organisations.put(o.id(), o));
  }

  Restructured merge(OrganisationId absorbedId, OrganisationId survivorId) {
    Organisation absorbed = active(absorbedId, "absorbed", true);
    Organisation survivor = active(survivorId, "survivor", true);
    distinct(absorbedId, survivorId, "survivor");
    failIfProblems();
    Set<UnitId> units = new TreeSet<>(survivor.units());
    units.addAll(absorbed.units());
    organisations.put(survivorId, survivor.withUnits(units));
    dissolve(absorbed);
    for (Organisation group : activeGroups(absorbedId)) {
      organisations.put(group.id(), group.withParent(survivorId));
    }
    for (Member member : before.membersOf(absorbedId)) {
      placements.put(member.id(), new Placement(survivorId, member.group()));
    }
    return finish();
  }

  Restructured split(OrganisationId branchId, List<Organisation> newBranches, Map<MemberId, OrganisationId> assignment) {
    Organisation branch = active(branchId, "branch", true);
    Set<OrganisationId> targets = new HashSet<>();
    if (newBranches.isEmpty()) {
      problems.add(Problem.of("newBranches", "empty", "a split needs at least one new branch"));
    }
    for (int i = 0; i < newBranches.size(); i++) {
      Organisation created = newBranches.get(i);
      if (organisations.containsKey(created.id()) || !targets.add(created.id())) {
        problems.add(Problem.of("newBranches[" + i + "].id", "duplicate-id", "id '" + created.id() + "' is already used"));
      }
      if (!created.kind().isBranch()) {
        problems.add(Problem.of("newBranches[" + i + "].kind", "not-a-branch",
            OrganisationChecks.describe(created) + " is not a branch or joint branch"));
      }
    }
    List<Member> members = branch == null ? List.of() : before.membersOf(branchId);
    Set<MemberId> memberIds = new HashSet<>();
    for (Member member : members) {
      memberIds.add(member.id());
      if (!assignment.containsKey(member.id())) {
        problems.add(Problem.of("assignment." + member.id(), "member-left-unassigned",
            "member '" + member.id() + "' (" + member.name() + ") of branch '" + branchId
                + "' is assigned to no new branch and would be left nowhere"));
      }
    }
    new TreeMap<>(assignment).forEach((member, target) -> {
      if (!memberIds.contains(member)) {
        problems.add(Problem.of("assignment." + member, "not-a-member-of-branch",
            "'" + member + "' is not a member of branch '" + branchId + "'"));
      } else if (!targets.contains(target)) {
        problems.add(Problem.of("assignment." + member, "unknown-target",
            "'" + target + "' is not one of the new branches"));
      }
    });
    failIfProblems();
    dissolve(branch);
    newBranches.forEach(created -> organisations.put(created.id(), created));
    for (Organisation group : activeGroups(branchId)) {
      Set<OrganisationId> destinations = new HashSet<>();
      before.membersOf(group.id()).forEach(m -> destinations.add(assignment.get(m.id())));
      if (destinations.size() == 1) {
        organisations.put(group.id(), group.withParent(destinations.iterator().next()));
      } else {
        dissolve(group);
      }
    }
    for (Member member : members) {
      OrganisationId target = assignment.get(member.id());
      boolean groupKept = member.group()
          .map(g -> organisations.get(g).isActive() && organisations.get(g).parent().orElseThrow().equals(target))
          .orElse(false);
      placements.put(member.id(), groupKept ? new Placement(target, member.group()) : Placement.inBranch(target));
    }
    return finish();
  }

  Restructured moveUnit(UnitId unit, OrganisationId fromId, OrganisationId toId) {
    Organisation from = active(fromId, "from", true);
    Organisation to = active(toId, "to", true);
    distinct(fromId, toId, "to");
    if (from != null && !from.units().contains(unit)) {
      problems.add(Problem.of("unit", "not-covered", "'" + fromId + "' does not cover unit '" + unit + "'"));
    }
    failIfProblems();
    Set<UnitId> remaining = new TreeSet<>(from.units());
    remaining.remove(unit);
    organisations.put(fromId, from.withUnits(remaining));
    Set<UnitId> gained = new TreeSet<>(to.units());
    gained.add(unit);
    organisations.put(toId, to.withUnits(gained));
    for (Member member : before.membersOf(fromId)) {
      if (member.unit().map(unit::equals).orElse(false)) {
        placements.put(member.id(), Placement.inBranch(toId));
      }
    }
    return finish();
  }

  Restructured moveGroup(OrganisationId groupId, OrganisationId toId) {
    Organisation group = active(groupId, "group", false);
    active(toId, "toBranch", true);
    if (group != null && group.kind() != OrganisationKind.GROUP) {
      problems.add(Problem.of("group", "not-a-group", OrganisationChecks.describe(group) + " is not a group"));
    } else if (group != null && group.parent().map(toId::equals).orElse(false)) {
      problems.add(Problem.of("toBranch", "same-organisation", "group '" + groupId + "' is already under '" + toId + "'"));
    }
    failIfProblems();
    organisations.put(groupId, group.withParent(toId));
    for (Member member : before.membersOf(groupId)) {
      placements.put(member.id(), Placement.inGroup(toId, groupId));
    }
    return finish();
  }

  /** Looks an organisation up, reporting it when absent, dissolved, or (if asked) not a branch. */
  private Organisation active(OrganisationId id, String path, boolean mustBeBranch) {
    Organisation organisation = organisations.get(id);
    if (organisation == null) {
      problems.add(Problem.of(path, "unknown-organisation", "no organisation '" + id + "' in the dataset"));
    } else if (!organisation.isActive()) {
      problems.add(Problem.of(path, "assigned-to-dissolved",
          "'" + id + "' was dissolved on " + organisation.dissolved().orElseThrow()));
    } else if (mustBeBranch && !organisation.kind().isBranch()) {
      problems.add(Problem.of(path, "not-a-branch", OrganisationChecks.describe(organisation) + " is not a branch or joint branch"));
    } else if (on.isBefore(organisation.established())) {
      problems.add(Problem.of("on", "before-established",
          on + " is before '" + id + "' was established on " + organisation.established()));
    }
    return organisation;
  }

  private void distinct(OrganisationId a, OrganisationId b, String path) {
    if (a.equals(b)) {
      problems.add(Problem.of(path, "same-organisation", "'" + a + "' cannot be restructured into itself"));
    }
  }

  private void failIfProblems() {
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
  }

  private List<Organisation> activeGroups(OrganisationId branch) {
    return before.tree().children(branch).stream()
        .filter(o -> o.kind() == OrganisationKind.GROUP && o.isActive())
        .toList();
  }

  private void dissolve(Organisation organisation) {
    organisations.put(organisation.id(), organisation.withDissolved(on));
    dissolvedNow.add(organisation.id());
  }

  /** Moves the members, ends positions that no longer fit, and builds (so validates) the new dataset. */
  private Restructured finish() {
    List<Member> members = new ArrayList<>();
    List<MemberReassignment> moved = new ArrayList<>();
    Map<MemberId, Member> movedMembers = new TreeMap<>();
    for (Member member : before.members()) {
      Placement target = placements.get(member.id());
      if (target != null && !target.equals(member.placement())) {
        Member placed = member.withPlacement(target);
        moved.add(new MemberReassignment(member.id(), member.placement(), target, on));
        movedMembers.put(member.id(), placed);
        members.add(placed);
      } else {
        members.add(member);
      }
    }
    List<Organisation> result = new ArrayList<>();
    for (Organisation organisation : organisations.values()) {
      result.add(endPositions(organisation, movedMembers));
    }
    Dataset after = before.toBuilder().replace(result, members).build();
    return new Restructured(after, moved);
  }

  private Organisation endPositions(Organisation organisation, Map<MemberId, Member> movedMembers) {
    if (organisation.committee().isEmpty()) {
      return organisation;
    }
    Committee committee = organisation.committee().get();
    boolean dissolved = dissolvedNow.contains(organisation.id());
    List<Position> positions = new ArrayList<>();
    boolean changed = false;
    for (Position position : committee.positions()) {
      Member moved = movedMembers.get(position.member());
      boolean leaves = position.isOpen()
          && (dissolved || moved != null && !stillBelongs(moved, organisation));
      positions.add(leaves ? position.endedOn(on) : position);
      changed |= leaves;
    }
    return changed ? organisation.withCommittee(committee.withPositions(positions)) : organisation;
  }

  private boolean stillBelongs(Member member, Organisation organisation) {
    if (organisation.kind() == OrganisationKind.GROUP) {
      return member.group().map(organisation.id()::equals).orElse(false);
    }
    return OrganisationChecks.isWithin(member.branch(), organisation.id(), organisations::get);
  }
}
