package org.dangjian.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.core.Problem;
import org.dangjian.core.TestCounty;
import org.dangjian.core.ValidationException;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.member.Placement;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.org.OrganisationKind;
import org.dangjian.core.org.Position;
import org.dangjian.core.org.UnitId;
import org.junit.jupiter.api.Test;

class RestructuringTest {
  private static final LocalDate ON = LocalDate.of(2024, 9, 1);
  private final Dataset county = TestCounty.dataset();

  private static OrganisationId id(String value) {
    return OrganisationId.of(value);
  }

  private static MemberId member(String value) {
    return MemberId.of(value);
  }

  private static List<String> memberIds(List<Member> members) {
    return members.stream().map(m -> m.id().value()).toList();
  }

  @Test
  void mergingTwoBranchesKeepsEveryMemberAndReportsEachMove() {
    Restructured merged = county.mergeBranches(id("zx-b2"), id("zx-b1"), ON);
    Dataset after = merged.dataset();

    assertThat(after.members()).hasSameSizeAs(county.members());
    assertThat(memberIds(after.members())).isEqualTo(memberIds(county.members()));
    assertThat(memberIds(after.membersOf(id("zx-b1"))))
        .containsExactly("m03", "m04", "m05", "m06", "m07", "m08", "m09", "m10");
    assertThat(merged.reassignments()).extracting(r -> r.member().value(), r -> r.from().toString(), r -> r.to().toString(), MemberReassignment::on)
        .containsExactly(tuple("m09", "zx-b2", "zx-b1", ON), tuple("m10", "zx-b2", "zx-b1", ON));
  }

  @Test
  void theAbsorbedBranchIsDissolvedButKept() {
    Dataset after = county.mergeBranches(id("zx-b2"), id("zx-b1"), ON).dataset();
    Organisation absorbed = after.organisation(id("zx-b2")).orElseThrow();
    assertThat(absorbed.dissolved()).contains(ON);
    assertThat(absorbed.existsOn(ON.minusDays(1))).isTrue();
    assertThat(absorbed.existsOn(ON)).isFalse();
    assertThat(after.membersOf(id("zx-b2"))).isEmpty();
    assertThat(after.organisations()).hasSameSizeAs(county.organisations());
  }

  @Test
  void mergingMovesGroupsCoverageAndEndsTheAbsorbedCommittee() {
    Restructured merged = county.mergeBranches(id("zx-b1"), id("zx-b2"), ON);
    Dataset after = merged.dataset();
    assertThat(after.tree().parent(id("zx-b1-g1")).map(o -> o.id().value())).contains("zx-b2");
    assertThat(after.member(member("m03")).map(Member::placement)).contains(Placement.inGroup(id("zx-b2"), id("zx-b1-g1")));
    assertThat(merged.reassignments()).hasSize(6);
    List<Position> positions = after.organisation(id("zx-b1")).orElseThrow().committee().orElseThrow().positions();
    assertThat(positions).extracting(Position::to).containsOnly(java.util.Optional.of(ON));
  }

  @Test
  void mergeRefusesWhatCannotBeMerged() {
    assertThat(codes(() -> county.mergeBranches(id("zx-b1"), id("zx-b1"), ON))).containsExactly(tuple("survivor", "same-organisation"));
    assertThat(codes(() -> county.mergeBranches(id("zx"), id("zx-b1"), ON))).containsExactly(tuple("absorbed", "not-a-branch"));
    assertThat(codes(() -> county.mergeBranches(id("nope"), id("zx-b1"), ON))).containsExactly(tuple("absorbed", "unknown-organisation"));
    assertThat(codes(() -> county.mergeBranches(id("zx-b2"), id("zx-b1"), LocalDate.of(2015, 2, 28))))
        .containsExactly(tuple("on", "before-established"), tuple("on", "before-established"));
    Dataset after = county.mergeBranches(id("zx-b2"), id("zx-b1"), ON).dataset();
    assertThat(codes(() -> after.mergeBranches(id("zx-b2"), id("xx1"), ON.plusDays(1))))
        .containsExactly(tuple("absorbed", "assigned-to-dissolved"));
  }

  @Test
  void splitRefusesToLeaveAMemberNowhere() {
    Map<MemberId, OrganisationId> assignment = new HashMap<>();
    for (String m : List.of("m03", "m04", "m05", "m06", "m07")) {
      assignment.put(member(m), id("zx-b1a"));
    }
    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> county.splitBranch(id("zx-b1"), newBranches(), assignment, ON));
    assertThat(e.problems()).extracting(Problem::path, Problem::code)
        .containsExactly(tuple("assignment.m08", "member-left-unassigned"));
    assertThat(e.problems().get(0).message()).contains("黄敏").contains("left nowhere");
  }

  @Test
  void splitRefusesStrangersAndUnknownTargets() {
    Map<MemberId, OrganisationId> assignment = wholeBranchTo("zx-b1a");
    assignment.put(member("m11"), id("zx-b1a"));
    assignment.put(member("m08"), id("zx-b1c"));
    assertThat(codes(() -> county.splitBranch(id("zx-b1"), newBranches(), assignment, ON))).containsExactly(
        tuple("assignment.m08", "unknown-target"), tuple("assignment.m11", "not-a-member-of-branch"));
  }

  @Test
  void splitMovesWholeGroupsAndDissolvesGroupsWhoseMembersPart() {
    Map<MemberId, OrganisationId> assignment = wholeBranchTo("zx-b1a");
    assignment.put(member("m05"), id("zx-b1b")); // all of g2 goes to b
    assignment.put(member("m06"), id("zx-b1b"));
    assignment.put(member("m04"), id("zx-b1b")); // g1 is torn apart: m03 to a, m04 to b
    assignment.put(member("m08"), id("zx-b1b"));
    Restructured split = county.splitBranch(id("zx-b1"), newBranches(), assignment, ON);
    Dataset after = split.dataset();

    assertThat(after.organisation(id("zx-b1")).flatMap(Organisation::dissolved)).contains(ON);
    assertThat(after.tree().parent(id("zx-b1-g2")).map(o -> o.id().value())).contains("zx-b1b");
    assertThat(after.organisation(id("zx-b1-g1")).flatMap(Organisation::dissolved)).contains(ON);
    assertThat(memberIds(after.membersOf(id("zx-b1a")))).containsExactly("m03", "m07");
    assertThat(memberIds(after.membersOf(id("zx-b1b")))).containsExactly("m04", "m05", "m06", "m08");
    assertThat(after.member(member("m03")).map(Member::placement)).contains(Placement.inBranch(id("zx-b1a")));
    assertThat(after.member(member("m05")).map(Member::placement)).contains(Placement.inGroup(id("zx-b1b"), id("zx-b1-g2")));
    assertThat(split.reassignments()).extracting(r -> r.member().value())
        .containsExactly("m03", "m04", "m05", "m06", "m07", "m08");
    assertThat(after.members()).hasSameSizeAs(county.members());
  }

  @Test
  void movingAUnitMovesItsMembersToTheNewBranch() {
    Restructured moved = county.moveUnit(UnitId.of("u-cx2"), id("lh"), id("xx1"), ON);
    Dataset after = moved.dataset();
    assertThat(after.organisation(id("lh")).orElseThrow().units()).extracting(UnitId::value).containsExactly("u-cx1", "u-yey");
    assertThat(after.organisation(id("xx1")).orElseThrow().units()).extracting(UnitId::value).containsExactly("u-cx2", "u-xx1");
    assertThat(moved.reassignments()).extracting(r -> r.member().value(), r -> r.to().toString())
        .containsExactly(tuple("m15", "xx1"));
    assertThat(codes(() -> county.moveUnit(UnitId.of("u-zx"), id("lh"), id("xx1"), ON))).containsExactly(tuple("unit", "not-covered"));
  }

  @Test
  void movingAGroupTakesItsMembersAlong() {
    Restructured moved = county.moveGroup(id("zx-b1-g2"), id("zx-b2"), ON);
    Dataset after = moved.dataset();
    assertThat(after.tree().parent(id("zx-b1-g2")).map(o -> o.id().value())).contains("zx-b2");
    assertThat(memberIds(after.membersOf(id("zx-b2")))).containsExactly("m05", "m06", "m09", "m10");
    // m05 was 宣传委员 of zx-b1 and has left it: the position ends on the day of the move.
    Position publicity = after.organisation(id("zx-b1")).orElseThrow().committee().orElseThrow().positions().get(2);
    assertThat(publicity.member().value()).isEqualTo("m05");
    assertThat(publicity.to()).contains(ON);
    assertThat(codes(() -> county.moveGroup(id("zx-b1-g2"), id("zx-b1"), ON))).containsExactly(tuple("toBranch", "same-organisation"));
    assertThat(codes(() -> county.moveGroup(id("xx1"), id("zx-b1"), ON))).containsExactly(tuple("group", "not-a-group"));
  }

  private Map<MemberId, OrganisationId> wholeBranchTo(String target) {
    Map<MemberId, OrganisationId> assignment = new HashMap<>();
    county.membersOf(id("zx-b1")).forEach(m -> assignment.put(m.id(), id(target)));
    return assignment;
  }

  private static List<Organisation> newBranches() {
    return List.of(
        Organisation.builder().id(id("zx-b1a")).name("第一中学高一支部").kind(OrganisationKind.BRANCH).parent(id("zx"))
            .addUnits(UnitId.of("u-zx")).established(ON).build(),
        Organisation.builder().id(id("zx-b1b")).name("第一中学高二支部").kind(OrganisationKind.BRANCH).parent(id("zx"))
            .addUnits(UnitId.of("u-zx")).established(ON).build());
  }

  private static List<org.assertj.core.groups.Tuple> codes(Runnable action) {
    ValidationException e = catchThrowableOfType(ValidationException.class, action::run);
    assertThat(e).as("expected the restructuring to be refused").isNotNull();
    return e.problems().stream().map(p -> tuple(p.path(), p.code())).toList();
  }
}
