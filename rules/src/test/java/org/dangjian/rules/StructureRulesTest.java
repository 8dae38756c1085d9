package org.dangjian.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.org.OrganisationKind;
import org.dangjian.core.org.UnitKind;
import org.junit.jupiter.api.Test;

/** The structure rules at their edges: exactly at each threshold, and one past it. */
class StructureRulesTest {
  private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);

  private static List<String> codes(Fixture fixture, RuleSet set) {
    return Rules.findings(fixture.build(), set, AS_OF).stream()
        .map(f -> f.severity().code() + " " + f.messageCode() + " " + f.subject()).toList();
  }

  @Test
  void branchSizeCountsProbationaryMembersAndAllowsExactlyTheMaximum() {
    RuleSet set = Rules.single("branch-size", "warning", "{max: 50}");
    Fixture fifty = new Fixture().branch("b1");
    fifty.fullMembers("b1", 48, null);
    fifty.probationaryMembers("b1", 2);
    assertThat(codes(fifty, set)).isEmpty();
    fifty.probationaryMembers("b1", 1);
    assertThat(codes(fifty, set)).containsExactly("warning branch-size.over organisation:b1");
    assertThat(Rules.findings(fifty.build(), set, AS_OF).get(0).arguments()).containsEntry("members", "51").containsEntry("max", "50");
  }

  @Test
  void aCommitteeIsRequiredFromSevenFullMembers() {
    RuleSet set = Rules.single("committee-required", "violation", "{minFullMembers: 7}");
    Fixture six = new Fixture().branch("b1");
    six.fullMembers("b1", 6, null);
    six.probationaryMembers("b1", 3);
    assertThat(codes(six, set)).isEmpty();
    Fixture seven = new Fixture().branch("b1");
    List<MemberId> ids = seven.fullMembers("b1", 7, null);
    assertThat(codes(seven, set)).containsExactly("violation committee-required.missing organisation:b1");
    seven.committee("b1", LocalDate.of(2023, 5, 1), 3, ids.subList(0, 1));
    assertThat(codes(seven, set)).as("a secretary alone is not a committee").hasSize(1);
    seven.committee("b1", LocalDate.of(2023, 5, 1), 3, ids.subList(0, 3));
    assertThat(codes(seven, set)).isEmpty();
  }

  @Test
  void committeeSizeBands() {
    RuleSet set = Rules.single("committee-size", "violation", "{min: 3, preferredMax: 5, max: 7, minFullMembers: 7}");
    for (int size : new int[] {2, 3, 5, 6, 7, 8}) {
      Fixture fixture = new Fixture().branch("b1");
      List<MemberId> ids = fixture.fullMembers("b1", 10, null);
      fixture.committee("b1", LocalDate.of(2023, 5, 1), 3, ids.subList(0, size));
      List<String> found = codes(fixture, set);
      switch (size) {
        case 2 -> assertThat(found).as("a branch committee under 3 is committee-required's finding").isEmpty();
        case 3, 5 -> assertThat(found).as("size %s", size).isEmpty();
        case 6, 7 -> assertThat(found).as("size %s", size).containsExactly("warning committee-size.large organisation:b1");
        default -> assertThat(found).containsExactly("violation committee-size.too-large organisation:b1");
      }
    }
    Fixture small = new Fixture().branch("b1");
    List<MemberId> ids = small.fullMembers("b1", 6, null);
    small.committee("b1", LocalDate.of(2023, 5, 1), 3, ids.subList(0, 1));
    assertThat(codes(small, set)).as("a small branch elects only a secretary").isEmpty();
    Fixture general = new Fixture().organisation("g1", OrganisationKind.GENERAL_BRANCH, "root")
        .organisation("b2", OrganisationKind.BRANCH, "g1");
    List<MemberId> holders = general.fullMembers("b2", 2, null);
    general.committee("g1", LocalDate.of(2023, 5, 1), 3, holders);
    assertThat(codes(general, set)).containsExactly("violation committee-size.too-small organisation:g1");
  }

  @Test
  void aBranchOfSevenWithOnlyASecretaryGetsOneFindingUnderTheBaseline() {
    RuleSet national = RuleSetRegistry.standard().resolve("cn-national", AS_OF);
    Fixture seven = new Fixture().branch("b1");
    List<MemberId> ids = seven.fullMembers("b1", 7, null);
    seven.committee("b1", LocalDate.of(2023, 5, 1), 3, ids.subList(0, 1));
    assertThat(Rules.findings(seven.build(), national, AS_OF)).extracting(f -> f.ruleId() + " " + f.subject())
        .filteredOn(s -> s.startsWith("committee")).containsExactly("committee-required organisation:b1");
  }

  @Test
  void secretaryStandingOfExactlyOneYearIsEnoughEvenFromALeapDay() {
    RuleSet set = Rules.single("secretary-standing", "warning", "{minYears: 1, judgedOn: appointment-day}");
    Fixture fixture = new Fixture().branch("b1");
    List<MemberId> leap = fixture.addMembers("b1", 1, null, Fixture.fullSince(LocalDate.of(2020, 2, 29)));
    fixture.fullMembers("b1", 2, null);
    fixture.committee("b1", LocalDate.of(2021, 2, 28), 3, leap);
    assertThat(codes(fixture, set)).isEmpty();
    fixture.committee("b1", LocalDate.of(2021, 2, 27), 3, leap);
    assertThat(codes(fixture, set)).containsExactly("warning secretary-standing.short member:m001");
  }

  @Test
  void secretaryStandingIsJudgedOnTheDayOfEvaluationUntilItReachesAYear() {
    RuleSet set = Rules.single("secretary-standing", "warning", "{minYears: 1}");
    Fixture fixture = new Fixture().branch("b1");
    // Full from 29 February 2024, secretary from 1 March 2024: a year of standing on 28 February 2025
    // (calendar arithmetic: 2024-02-29 plus one year is 2025-02-28).
    List<MemberId> leap = fixture.addMembers("b1", 1, null, Fixture.fullSince(LocalDate.of(2024, 2, 29)));
    fixture.fullMembers("b1", 2, null);
    fixture.committee("b1", LocalDate.of(2024, 3, 1), 3, leap);
    List<Finding> atYearEnd = Rules.findings(fixture.build(), set, AS_OF);
    assertThat(atYearEnd).extracting(f -> f.messageCode() + " " + f.subject() + " " + f.since().orElseThrow())
        .containsExactly("secretary-standing.short member:m001 2024-03-01");
    assertThat(Rules.findings(fixture.build(), set, LocalDate.of(2025, 2, 27))).hasSize(1);
    assertThat(Rules.findings(fixture.build(), set, LocalDate.of(2025, 2, 28))).as("a year of standing on 28 February 2025").isEmpty();
    RuleSet onAppointment = Rules.single("secretary-standing", "warning", "{minYears: 1, judgedOn: appointment-day}");
    assertThat(Rules.findings(fixture.build(), onAppointment, LocalDate.of(2025, 2, 28))).as("the appointment-day reading stays").hasSize(1);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Rules.single("secretary-standing", "warning", "{minYears: 1, judgedOn: someday}"))
        .hasMessageContaining("parameter 'judgedOn' must be one of: evaluation-day, appointment-day, not 'someday'");
  }

  @Test
  void secretaryRequired() {
    RuleSet set = Rules.single("secretary-required", "violation", "{}");
    Fixture fixture = new Fixture().branch("b1").branch("b2");
    List<MemberId> ids = fixture.fullMembers("b1", 3, null);
    fixture.fullMembers("b2", 3, null);
    fixture.committee("b1", LocalDate.of(2023, 1, 1), 3, ids);
    fixture.committee("root", LocalDate.of(2023, 1, 1), 5, ids.subList(0, 1));
    assertThat(codes(fixture, set)).containsExactly("violation secretary-required.missing organisation:b2");
  }

  @Test
  void jointBranchesCoverAtMostFiveUnits() {
    RuleSet set = Rules.single("joint-branch-units", "warning", "{max: 5}");
    Fixture five = new Fixture().unit("u1", UnitKind.PRIMARY_SCHOOL).unit("u2", UnitKind.PRIMARY_SCHOOL)
        .unit("u3", UnitKind.PRIMARY_SCHOOL).unit("u4", UnitKind.PRIMARY_SCHOOL).unit("u5", UnitKind.PRIMARY_SCHOOL)
        .unit("u6", UnitKind.PRIMARY_SCHOOL)
        .organisation("j1", OrganisationKind.JOINT_BRANCH, "root", "u1", "u2", "u3", "u4", "u5");
    assertThat(codes(five, set)).isEmpty();
    five.replace("j1", o -> o.withUnits(List.of(org.dangjian.core.org.UnitId.of("u1"), org.dangjian.core.org.UnitId.of("u2"),
        org.dangjian.core.org.UnitId.of("u3"), org.dangjian.core.org.UnitId.of("u4"), org.dangjian.core.org.UnitId.of("u5"),
        org.dangjian.core.org.UnitId.of("u6"))));
    assertThat(codes(five, set)).containsExactly("warning joint-branch-units.too-many organisation:j1");
  }

  @Test
  void aUnitWithThreeFullMembersNeedsItsOwnOrganisation() {
    RuleSet set = Rules.single("unit-own-organisation", "violation", "{minFullMembers: 3}");
    Fixture fixture = new Fixture().unit("u1", UnitKind.PRIMARY_SCHOOL).unit("u2", UnitKind.PRIMARY_SCHOOL)
        .unit("u3", UnitKind.MIDDLE_SCHOOL)
        .organisation("j1", OrganisationKind.JOINT_BRANCH, "root", "u1", "u2").branch("b3", "u3");
    fixture.fullMembers("j1", 2, "u1");
    fixture.probationaryMembers("j1", 1);
    fixture.fullMembers("j1", 3, "u2");
    fixture.fullMembers("b3", 3, "u3");
    assertThat(codes(fixture, set)).containsExactly("violation unit-own-organisation.missing unit:u2");
  }

  @Test
  void everySchoolIsCovered() {
    RuleSet set = Rules.single("unit-coverage", "violation", "{}");
    Fixture fixture = new Fixture().unit("u1", UnitKind.PRIMARY_SCHOOL).unit("u2", UnitKind.KINDERGARTEN)
        .unit("u3", UnitKind.BUREAU_OFFICE).branch("b1", "u1");
    assertThat(codes(fixture, set)).containsExactly("violation unit-coverage.uncovered unit:u2");
  }

  @Test
  void generalBranchesAndCommitteesBySize() {
    RuleSet set = Rules.single("organisation-size", "notice", "{generalBranchMin: 50, generalBranchMax: 100, committeeMin: 100}");
    Fixture fixture = new Fixture().organisation("g1", OrganisationKind.GENERAL_BRANCH, "root")
        .organisation("g1-b1", OrganisationKind.BRANCH, "g1").organisation("c1", OrganisationKind.GRASSROOTS_COMMITTEE, "root")
        .organisation("c1-b1", OrganisationKind.BRANCH, "c1");
    fixture.fullMembers("g1-b1", 50, null);
    fixture.fullMembers("c1-b1", 100, null);
    assertThat(codes(fixture, set)).isEmpty();
    fixture.fullMembers("g1-b1", 51, null);
    assertThat(codes(fixture, set)).containsExactly("notice organisation-size.general-branch organisation:g1");
  }

  @Test
  void aCoveredSchoolWhereNoMemberOfTheCoveringOrganisationWorks() {
    RuleSet set = Rules.single("work-coverage", "notice", "{}");
    Fixture fixture = new Fixture().unit("u1", UnitKind.PRIMARY_SCHOOL).unit("u2", UnitKind.PRIMARY_SCHOOL)
        .organisation("j1", OrganisationKind.JOINT_BRANCH, "root", "u1", "u2").branch("b2");
    fixture.fullMembers("j1", 1, "u1");
    fixture.fullMembers("b2", 1, "u2"); // works in u2 but belongs to another branch
    assertThat(codes(fixture, set)).containsExactly("notice work-coverage.no-members unit:u2");
    fixture.probationaryMembers("j1", 1);
    fixture.members.set(fixture.members.size() - 1, org.dangjian.core.member.Member.builder()
        .from(fixture.members.get(fixture.members.size() - 1)).unit(org.dangjian.core.org.UnitId.of("u2")).build());
    assertThat(codes(fixture, set)).as("a probationary member counts").isEmpty();
  }
}
