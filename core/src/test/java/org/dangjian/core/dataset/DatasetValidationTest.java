package org.dangjian.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dangjian.core.Problem;
import org.dangjian.core.TestCounty;
import org.dangjian.core.ValidationException;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.EventType;
import org.dangjian.core.member.MemberEvent;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.member.MemberStatus;
import org.dangjian.core.member.Pipeline;
import org.dangjian.core.org.Committee;
import org.dangjian.core.org.CommitteeRole;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.org.OrganisationKind;
import org.dangjian.core.org.Position;
import org.dangjian.core.org.Unit;
import org.dangjian.core.org.UnitId;
import org.dangjian.core.org.UnitKind;
import org.dangjian.core.record.RecordKind;
import org.junit.jupiter.api.Test;

/** One test per validation problem: each asserts the exact path and code, and that nothing else was reported. */
class DatasetValidationTest {
  private final TestCounty county = new TestCounty();

  private List<Problem> problems() {
    return catchThrowableOfType(ValidationException.class, county::build).problems();
  }

  private void assertOnlyProblem(String path, String code) {
    assertThat(problems()).extracting(Problem::path, Problem::code).containsExactly(org.assertj.core.groups.Tuple.tuple(path, code));
  }

  private static OrganisationId id(String value) {
    return OrganisationId.of(value);
  }

  @Test
  void theTestCountyIsValid() {
    Dataset dataset = county.build();
    assertThat(dataset.units()).hasSize(6);
    assertThat(dataset.organisations()).hasSize(9);
    assertThat(dataset.members()).hasSize(16);
  }

  @Test
  void duplicateUnitId() {
    county.units.add(Unit.of(UnitId.of("u-zx"), "重复的学校", UnitKind.MIDDLE_SCHOOL));
    assertOnlyProblem("units[6].id", "duplicate-id");
    assertThat(problems().get(0).message()).contains("first at units[1]");
  }

  @Test
  void duplicateOrganisationId() {
    county.organisations.add(TestCounty.org("xx1", "另一个支部", OrganisationKind.BRANCH, "jyj"));
    assertOnlyProblem("organisations[9].id", "duplicate-id");
  }

  @Test
  void duplicateMemberId() {
    county.members.add(county.members.get(3).withBranch(id("xx1")).withGroup(Optional.empty()));
    assertOnlyProblem("members[16].id", "duplicate-id");
  }

  @Test
  void danglingParent() {
    county.replaceOrganisation("xx1", o -> o.withParent(id("no-such-committee")));
    assertOnlyProblem("organisations[7].parent", "dangling-reference");
  }

  @Test
  void danglingCoveredUnit() {
    county.replaceOrganisation("lh", o -> o.withUnits(List.of(UnitId.of("u-cx1"), UnitId.of("u-gone"))));
    assertOnlyProblem("organisations[8].units[1]", "dangling-reference");
  }

  @Test
  void danglingMemberBranch() {
    county.replaceMember("m11", m -> m.withBranch(id("b-gone")));
    assertOnlyProblem("members[10].branch", "dangling-reference");
  }

  @Test
  void danglingMemberGroup() {
    county.replaceMember("m07", m -> m.withGroup(Optional.of(id("g-gone"))));
    assertOnlyProblem("members[6].group", "dangling-reference");
  }

  @Test
  void danglingMemberUnit() {
    county.replaceMember("m07", m -> Member.builder().from(m).unit(UnitId.of("u-gone")).build());
    assertOnlyProblem("members[6].unit", "dangling-reference");
  }

  @Test
  void danglingPositionHolder() {
    county.replaceOrganisation("xx1", o -> o.withCommittee(Committee.of(LocalDate.of(2023, 1, 1), 3,
        List.of(Position.of(CommitteeRole.SECRETARY, MemberId.of("m99"), LocalDate.of(2023, 1, 1))))));
    assertOnlyProblem("organisations[7].committee.positions[0].member", "dangling-reference");
  }

  @Test
  void cycleIsReportedAtEveryOrganisationOnIt() {
    county.replaceOrganisation("jyj", o -> o.withParent(id("zx")));
    assertThat(problems()).extracting(Problem::path, Problem::code).containsExactly(
        org.assertj.core.groups.Tuple.tuple("organisations[0].parent", "cycle"),
        org.assertj.core.groups.Tuple.tuple("organisations[2].parent", "cycle"));
    assertThat(problems().get(0).message()).contains("jyj → zx → jyj");
  }

  @Test
  void organisationThatIsItsOwnParent() {
    county.replaceOrganisation("xx1", o -> o.withParent(id("xx1")));
    assertOnlyProblem("organisations[7].parent", "cycle");
  }

  @Test
  void groupNotDirectlyUnderABranch() {
    county.replaceOrganisation("zx-b1-g2", o -> o.withParent(id("zx")));
    county.replaceMember("m05", m -> m.withGroup(Optional.empty()));
    county.replaceMember("m06", m -> m.withGroup(Optional.empty()));
    assertOnlyProblem("organisations[5].parent", "group-not-under-branch");
  }

  @Test
  void groupWithoutAParent() {
    county.organisations.add(TestCounty.org("stray", "无处安放的小组", OrganisationKind.GROUP, null));
    assertOnlyProblem("organisations[9].parent", "group-not-under-branch");
  }

  @Test
  void branchUnderAGroup() {
    county.replaceOrganisation("zx-b2", o -> o.withParent(id("zx-b1-g1")));
    assertOnlyProblem("organisations[6].parent", "child-of-group");
  }

  @Test
  void branchUnderABranch() {
    county.replaceOrganisation("zx-b2", o -> o.withParent(id("zx-b1")));
    assertOnlyProblem("organisations[6].parent", "parent-kind-not-allowed");
  }

  @Test
  void memberAssignedToSomethingOtherThanABranch() {
    county.replaceMember("m09", m -> m.withBranch(id("zx")));
    assertOnlyProblem("members[8].branch", "not-a-branch");
  }

  @Test
  void memberInAGroupOfAnotherBranch() {
    county.replaceMember("m09", m -> m.withGroup(Optional.of(id("zx-b1-g1"))));
    assertOnlyProblem("members[8].group", "group-of-other-branch");
  }

  @Test
  void memberGroupThatIsNotAGroup() {
    county.replaceMember("m09", m -> m.withGroup(Optional.of(id("xx1"))));
    assertOnlyProblem("members[8].group", "not-a-group");
  }

  @Test
  void positionHeldBySomeoneOutsideTheOrganisation() {
    county.replaceOrganisation("xx1", o -> o.withCommittee(Committee.of(LocalDate.of(2023, 1, 1), 3,
        List.of(Position.of(CommitteeRole.SECRETARY, MemberId.of("m14"), LocalDate.of(2023, 1, 1))))));
    assertOnlyProblem("organisations[7].committee.positions[0].member", "position-holder-not-member");
    assertThat(problems().get(0).message()).contains("书记").contains("'m14'").contains("'xx1'");
  }

  @Test
  void endedPositionsAndHigherCommitteesDoNotNeedDirectMembership() {
    // m14 once was secretary of xx1 and has since moved away: an ended position is history, not a problem.
    // m03 sits in zx-b1, under zx: holding a position in zx is fine.
    county.replaceOrganisation("xx1", o -> o.withCommittee(Committee.of(LocalDate.of(2020, 1, 1), 3, List.of(
        Position.of(CommitteeRole.SECRETARY, MemberId.of("m14"), LocalDate.of(2020, 1, 1)).endedOn(LocalDate.of(2022, 12, 31)),
        Position.of(CommitteeRole.SECRETARY, MemberId.of("m11"), LocalDate.of(2023, 1, 1))))));
    county.replaceOrganisation("zx", o -> o.withCommittee(Committee.of(LocalDate.of(2023, 1, 1), 5,
        List.of(Position.of(CommitteeRole.SECRETARY, MemberId.of("m03"), LocalDate.of(2023, 1, 1))))));
    assertThat(county.build().organisation(id("zx")).flatMap(Organisation::committee)).isPresent();
  }

  @Test
  void endBeforeStartIsRejectedWhereTheValueIsBuilt() {
    assertThatThrownBy(() -> TestCounty.org("x", "x", OrganisationKind.BRANCH, null).withDissolved(LocalDate.of(2010, 1, 1)))
        .isInstanceOf(ValidationException.class)
        .satisfies(e -> assertThat(((ValidationException) e).problems())
            .extracting(Problem::path, Problem::code)
            .containsExactly(org.assertj.core.groups.Tuple.tuple("dissolved", "end-before-start")));
    assertThatThrownBy(() -> Position.of(CommitteeRole.SECRETARY, MemberId.of("m1"), LocalDate.of(2024, 3, 1))
            .endedOn(LocalDate.of(2024, 2, 29)))
        .hasMessageContaining("to: end-before-start: 'to' 2024-02-29 is before the start 2024-03-01");
  }

  @Test
  void memberInADissolvedBranch() {
    county.replaceOrganisation("xx1", o -> o.withDissolved(LocalDate.of(2024, 1, 1)));
    assertThat(problems()).extracting(Problem::path, Problem::code).containsExactly(
        org.assertj.core.groups.Tuple.tuple("members[10].branch", "assigned-to-dissolved"),
        org.assertj.core.groups.Tuple.tuple("members[11].branch", "assigned-to-dissolved"),
        org.assertj.core.groups.Tuple.tuple("members[12].branch", "assigned-to-dissolved"));
  }

  @Test
  void everyProblemIsReportedAtOnceInInputOrder() {
    county.units.add(Unit.of(UnitId.of("u-zx"), "重复", UnitKind.OTHER));
    county.replaceOrganisation("zx-b2", o -> o.withParent(id("zx-b1-g1")));
    county.replaceMember("m11", m -> m.withBranch(id("b-gone")));
    county.replaceMember("m09", m -> m.withBranch(id("zx")));
    ValidationException e = catchThrowableOfType(ValidationException.class, county::build);
    assertThat(e.problems()).extracting(Problem::path).containsExactly(
        "units[6].id", "organisations[6].parent", "members[8].branch", "members[10].branch");
    assertThat(e).hasMessageStartingWith("4 problems:");
  }

  @Test
  void missingRequiredAttributesAreNamedOneByOne() {
    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> Member.builder().id(MemberId.of("m1")).name("王芳").build());
    assertThat(e.problems()).extracting(Problem::path).containsExactlyInAnyOrder("gender", "birthDate", "category", "branch");
    assertThat(e.problems()).extracting(Problem::code).containsOnly("missing-field");
  }

  @Test
  void blankNamesAndMalformedIdsAreRejected() {
    assertThatThrownBy(() -> Unit.of(UnitId.of("u1"), "  ", UnitKind.OTHER)).hasMessageContaining("name: blank");
    assertThatThrownBy(() -> UnitId.of("has space")).hasMessageContaining("invalid-id");
    assertThatThrownBy(() -> MemberId.of("")).hasMessageContaining("invalid-id");
  }

  @Test
  void queriesOverTheIndexes() {
    Dataset dataset = county.build();
    assertThat(dataset.membersOf(id("zx-b1-g2"))).extracting(m -> m.id().value()).containsExactly("m05", "m06");
    assertThat(dataset.membersOf(id("zx-b1"))).hasSize(6);
    assertThat(dataset.membersOf(id("zx"))).extracting(m -> m.id().value())
        .containsExactly("m03", "m04", "m05", "m06", "m07", "m08", "m09", "m10");
    assertThat(dataset.membersOf(id("jyj"))).hasSize(16);
    assertThat(dataset.membersOfUnit(UnitId.of("u-cx2"))).extracting(m -> m.id().value()).containsExactly("m15");
    assertThat(dataset.organisationsCovering(UnitId.of("u-zx"))).extracting(o -> o.id().value())
        .containsExactly("zx", "zx-b1", "zx-b2");
    assertThat(dataset.member(MemberId.of("m16")).map(Member::name)).contains("郭燕");
    assertThat(dataset.unit(UnitId.of("nope"))).isEmpty();
    assertThat(dataset.toBuilder().build()).isEqualTo(dataset);
  }

  @Test
  void theUnitsNoOrganisationCoversOnADayCountAnOrganisationFromItsFirstDayAndNotOnTheDayItIsDissolved() {
    county.unit("u-gap", "无党组织的小学", UnitKind.PRIMARY_SCHOOL);
    county.unit("u-later", "新建小学", UnitKind.PRIMARY_SCHOOL);
    county.organisations.add(org.dangjian.core.org.Organisation.builder().id(id("later-b")).name("新建小学党支部")
        .kind(OrganisationKind.BRANCH).parent(id("jyj")).addUnits(UnitId.of("u-later"))
        .established(LocalDate.of(2024, 3, 1)).dissolved(LocalDate.of(2024, 9, 1)).build());
    Dataset dataset = county.build();
    assertThat(dataset.unitsUncoveredOn(LocalDate.of(2024, 2, 29))).extracting(u -> u.id().value()).containsExactly("u-gap", "u-later");
    assertThat(dataset.unitsUncoveredOn(LocalDate.of(2024, 3, 1))).extracting(u -> u.id().value()).containsExactly("u-gap");
    assertThat(dataset.unitsUncoveredOn(LocalDate.of(2024, 8, 31))).extracting(u -> u.id().value()).containsExactly("u-gap");
    assertThat(dataset.unitsUncoveredOn(LocalDate.of(2024, 9, 1))).extracting(u -> u.id().value()).containsExactly("u-gap", "u-later");
    // Asked again, the same answer.
    assertThat(dataset.unitsUncoveredOn(LocalDate.of(2024, 3, 1))).isSameAs(dataset.unitsUncoveredOn(LocalDate.of(2024, 3, 1)));
  }

  // --- references in member histories -------------------------------------------------------

  private void historyOf(String member, List<MemberEvent> history) {
    county.replaceMember(member, m -> Member.builder().from(m).history(history).build());
  }

  private static List<MemberEvent> replacing(List<MemberEvent> history, EventType type, MemberEvent replacement) {
    return history.stream().map(e -> e.type() == type ? replacement : e).toList();
  }

  @Test
  void aHistoryWithKnownFullIntroducersIsValid() {
    historyOf("m12", Pipeline.developedInTestCounty());
    assertThat(county.build().member(MemberId.of("m12")).map(Member::status)).contains(MemberStatus.FULL);
  }

  @Test
  void unknownIntroducer() {
    historyOf("m12", replacing(Pipeline.developedInTestCounty(), EventType.INTRODUCERS_NAMED,
        new MemberEvent.IntroducersNamed(LocalDate.of(2021, 12, 1), List.of(MemberId.of("m01"), MemberId.of("m99")))));
    assertOnlyProblem("members[11].history[7].introducers[1]", "dangling-reference");
  }

  @Test
  void anIntroducerWhoIsOnlyProbationaryOnTheDayLoadsToBeJudgedByTheRules() {
    // Legacy records load, then are judged (the development-rights rule); only a dangling one is refused.
    historyOf("m14", List.of(Pipeline.transferredInProbationary("2021-09-05", "2021-03-20")));
    historyOf("m12", replacing(Pipeline.developedInTestCounty(), EventType.INTRODUCERS_NAMED,
        new MemberEvent.IntroducersNamed(LocalDate.of(2021, 12, 1), List.of(MemberId.of("m01"), MemberId.of("m14")))));
    assertThatCode(county::build).doesNotThrowAnyException();
    assertThat(county.build().member(MemberId.of("m12")).map(Member::status)).contains(MemberStatus.FULL);
  }

  @Test
  void anIntroducerUnderProbationWithinThePartyLoadsToBeJudgedByTheRules() {
    county.replaceMember("m11", m -> Member.builder().from(m)
        .addHistory(Pipeline.probationWithinParty("2021-06-01", 12)).build());
    historyOf("m12", Pipeline.developedInTestCounty());
    assertThatCode(county::build).doesNotThrowAnyException();
  }

  @Test
  void unknownContactAndApprover() {
    List<MemberEvent> history = replacing(Pipeline.developedInTestCounty(), EventType.ACTIVIST_DESIGNATED,
        new MemberEvent.ActivistDesignated(LocalDate.of(2020, 9, 1), List.of(MemberId.of("m98"))));
    history = replacing(history, EventType.ADMISSION_APPROVED,
        new MemberEvent.AdmissionApproved(LocalDate.of(2022, 8, 15), id("no-committee")));
    historyOf("m12", history);
    assertThat(problems()).extracting(Problem::path, Problem::code).containsExactly(
        org.assertj.core.groups.Tuple.tuple("members[11].history[2].contacts[0]", "dangling-reference"),
        org.assertj.core.groups.Tuple.tuple("members[11].history[9].by", "dangling-reference"));
  }

  @Test
  void aPostponementApprovedByNobodyOrBeforeTheElection() {
    org.dangjian.core.org.Postponement byNobody = new org.dangjian.core.org.Postponement(id("nobody"), LocalDate.of(2023, 1, 5), 6);
    county.replaceOrganisation("zx-b1", o -> o.withCommittee(o.committee().orElseThrow().withPostponement(byNobody)));
    assertThat(problems()).extracting(Problem::path, Problem::code).containsExactly(
        org.assertj.core.groups.Tuple.tuple("organisations[3].committee.postponement.approvedBy", "dangling-reference"));
    assertThatThrownBy(() -> TestCounty.dataset().organisation(id("zx-b1")).orElseThrow().committee().orElseThrow()
        .withPostponement(new org.dangjian.core.org.Postponement(id("jyj"), LocalDate.of(1999, 1, 1), 6)))
        .hasMessageContaining("postponement.approvedOn: end-before-start");
  }
  /**
   * A dataset of more records than a builder checks on one thread (its kinds then checked and stored apart, the
   * largest first): the problems of every kind are still reported in the kinds' order, each kind's in its records'
   * order, as for a small one; and without problems the records are stored sorted as given.
   */
  @Test
  void aLargeDatasetIsCheckedKindByKindWithProblemsInTheKindsOrder() {
    java.math.BigDecimal one = java.math.BigDecimal.ONE;
    for (int day = 0; day < 60_000; day++) {
      county.ledger.add(new org.dangjian.core.assessment.LedgerEntry(LocalDate.of(2024, 1, 1).plusDays(day % 366),
          MemberId.of(day % 2 == 0 ? "m03" : "m04"), "study", java.math.BigDecimal.valueOf(day, 2), Optional.empty(), Optional.empty()));
    }
    Dataset sound = county.build();
    assertThat(sound.records(org.dangjian.core.assessment.LedgerEntry.KIND).all()).hasSize(60_002)
        .isSortedAccordingTo(org.dangjian.core.assessment.LedgerEntry.KIND.order());
    county.ledger.set(40_000, new org.dangjian.core.assessment.LedgerEntry(LocalDate.of(2024, 2, 1), MemberId.of("m99"), "study", one,
        Optional.empty(), Optional.empty()));
    county.ledger.set(50_000, county.ledger.get(10));
    county.duesPayments.set(1, new org.dangjian.core.dues.DuesPayment(MemberId.of("m98"), java.time.YearMonth.of(2024, 2),
        new java.math.BigDecimal("84.00"), LocalDate.of(2024, 2, 10)));
    county.ballots.add(new org.dangjian.core.assessment.AppraisalBallot(MemberId.of("m97"), MemberId.of("m03"), 2024,
        org.dangjian.core.assessment.AppraisalGrade.QUALIFIED));
    List<RecordKind<?>> kinds = org.dangjian.core.record.RecordKinds.builtIn().all();
    assertThat(kinds.indexOf(org.dangjian.core.dues.DuesPayment.KIND)).as("dues payments before the ledger in the kinds")
        .isLessThan(kinds.indexOf(org.dangjian.core.assessment.LedgerEntry.KIND));
    assertThat(problems()).extracting(Problem::path, Problem::code).containsExactly(
        org.assertj.core.groups.Tuple.tuple("duesPayments[1].member", "dangling-reference"),
        org.assertj.core.groups.Tuple.tuple("ledger[40000].member", "dangling-reference"),
        org.assertj.core.groups.Tuple.tuple("ledger[50000]", "duplicate-record"),
        org.assertj.core.groups.Tuple.tuple("ballots[2].voter", "dangling-reference"));
  }
}
