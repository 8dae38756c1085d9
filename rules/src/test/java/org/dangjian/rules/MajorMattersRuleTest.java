package org.dangjian.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dangjian.core.activity.ActivityType;
import org.dangjian.core.activity.AgendaItem;
import org.dangjian.core.governance.Decision;
import org.dangjian.core.governance.MatterCategory;
import org.dangjian.core.member.VoteTally;
import org.dangjian.core.org.UnitKind;
import org.junit.jupiter.api.Test;

/** {@code major-matters}: 三重一大 decided first by a quorate Party organisation's meeting, with 会前沟通 recorded. */
class MajorMattersRuleTest {
  private static final LocalDate PARTY_DAY = LocalDate.of(2024, 3, 12);
  private static final LocalDate OFFICE_DAY = LocalDate.of(2024, 3, 15);

  private static Fixture school() {
    Fixture fixture = new Fixture().unit("u1", UnitKind.MIDDLE_SCHOOL);
    fixture.branch("b1", "u1");
    fixture.fullMembers("b1", 3, "u1");
    return fixture;
  }

  private static void partyMeeting(Fixture fixture, LocalDate date, Decision decision) {
    fixture.activity("b1", ActivityType.PARTY_ORGANISATION_MEETING, date, b -> b.unit(org.dangjian.core.org.UnitId.of("u1"))
        .addAgenda(AgendaItem.decided("研究事项", decision)));
  }

  private static void officeMeeting(Fixture fixture, LocalDate date, AgendaItem... items) {
    fixture.activity("b1", ActivityType.PRINCIPAL_OFFICE_MEETING, date, b -> b.unit(org.dangjian.core.org.UnitId.of("u1")).addAgenda(items));
  }

  private static Decision decision(MatterCategory category, String matter, int entitled, int present) {
    return Decision.of(category, matter, VoteTally.of(entitled, present, present, 0, 0));
  }

  private static List<String> found(Fixture fixture, String parameters) {
    return Rules.findings(fixture.build(), Rules.single("major-matters", "violation", parameters), LocalDate.of(2024, 12, 31)).stream()
        .map(f -> f.messageCode().replace("major-matters.", "") + " " + f.arguments().get("matters")).toList();
  }

  @Test
  void exactlyHalfPresentIsQuorateForAMajorMatterAndOneFewerIsNot() {
    Fixture fixture = school();
    partyMeeting(fixture, PARTY_DAY, decision(MatterCategory.LARGE_FUNDS, "funds-1", 6, 3).withPriorAgreement());
    partyMeeting(fixture, PARTY_DAY, decision(MatterCategory.MAJOR_PROJECT, "project-1", 7, 3).withPriorAgreement());
    officeMeeting(fixture, OFFICE_DAY, AgendaItem.decided("购置设备", decision(MatterCategory.LARGE_FUNDS, "funds-1", 7, 5)),
        AgendaItem.decided("改建操场", decision(MatterCategory.MAJOR_PROJECT, "project-1", 7, 5)));
    assertThat(found(fixture, "{}")).containsExactly("party-meeting-not-quorate 改建操场（重要项目安排）");
  }

  @Test
  void anAppointmentNeedsTwoThirdsExactlyTwoThirdsIsEnough() {
    Fixture fixture = school();
    partyMeeting(fixture, PARTY_DAY, decision(MatterCategory.APPOINTMENT, "cadre-1", 6, 4).withPriorAgreement());
    partyMeeting(fixture, PARTY_DAY, decision(MatterCategory.APPOINTMENT, "cadre-2", 7, 4).withPriorAgreement());
    officeMeeting(fixture, OFFICE_DAY, AgendaItem.decided("聘任教务主任", decision(MatterCategory.APPOINTMENT, "cadre-1", 7, 5)),
        AgendaItem.decided("聘任德育主任", decision(MatterCategory.APPOINTMENT, "cadre-2", 7, 5)));
    // 4 of 6 is two thirds; 4 of 7 is not.
    assertThat(found(fixture, "{}")).containsExactly("party-meeting-not-quorate 聘任德育主任（重要干部任免）");
  }

  @Test
  void aMatterNeverDecidedOrDecidedOnlyAfterwardsIsReportedAndTheSameDayCounts() {
    Fixture fixture = school();
    partyMeeting(fixture, OFFICE_DAY.plusDays(1), decision(MatterCategory.MAJOR_DECISION, "plan-1", 5, 4).withPriorAgreement());
    partyMeeting(fixture, OFFICE_DAY, decision(MatterCategory.MAJOR_DECISION, "plan-2", 5, 4).withPriorAgreement());
    officeMeeting(fixture, OFFICE_DAY, AgendaItem.decided("三年规划", decision(MatterCategory.MAJOR_DECISION, "plan-1", 7, 5)),
        AgendaItem.decided("绩效方案", decision(MatterCategory.MAJOR_DECISION, "plan-2", 7, 5)),
        AgendaItem.decided("课程表调整", decision(MatterCategory.ORDINARY, "timetable", 7, 5)), AgendaItem.of("通报"));
    assertThat(found(fixture, "{}")).containsExactly("not-decided-first 三年规划（重大事项决策）");
  }

  @Test
  void withoutTheSecretarysAndThePrincipalsAgreementBeforehandItIsReportedUnlessNotAsked() {
    Fixture fixture = school();
    partyMeeting(fixture, PARTY_DAY, decision(MatterCategory.LARGE_FUNDS, "funds-1", 5, 4));
    officeMeeting(fixture, OFFICE_DAY, AgendaItem.decided("购置设备", decision(MatterCategory.LARGE_FUNDS, "funds-1", 7, 5)));
    assertThat(found(fixture, "{}")).containsExactly("no-prior-agreement 购置设备（大额资金使用）");
    assertThat(found(fixture, "{priorAgreement: false}")).isEmpty();
  }

  @Test
  void aMatterTheMeetingDidNotCarryWasNotDecidedAndAnOfficeMeetingNeedsItsOwnQuorum() {
    Fixture fixture = school();
    // Quorate, but 2 of 4 present in favour is not more than half of them.
    fixture.activity("b1", ActivityType.PARTY_ORGANISATION_MEETING, PARTY_DAY, b -> b.addAgenda(AgendaItem.decided("研究事项",
        Decision.of(MatterCategory.LARGE_FUNDS, "funds-1", VoteTally.of(5, 4, 2, 2, 0)).withPriorAgreement())));
    officeMeeting(fixture, OFFICE_DAY, AgendaItem.decided("购置设备", decision(MatterCategory.LARGE_FUNDS, "funds-1", 8, 3)));
    assertThat(found(fixture, "{}")).containsExactlyInAnyOrder("party-meeting-not-quorate 购置设备（大额资金使用）",
        "office-not-quorate 购置设备（大额资金使用）");
    assertThat(found(fixture, "{officeQuorum: at-least-two-thirds}")).hasSize(2);
  }

  @Test
  void aMatterWithoutAnIdIsMatchedByItsTitle() {
    Fixture fixture = school();
    Decision untitled = new Decision(MatterCategory.LARGE_FUNDS, java.util.Optional.empty(),
        java.util.Optional.of(VoteTally.of(5, 4, 4, 0, 0)), true);
    fixture.activity("b1", ActivityType.PARTY_ORGANISATION_MEETING, PARTY_DAY, b -> b.addAgenda(AgendaItem.decided("购置设备", untitled)));
    officeMeeting(fixture, OFFICE_DAY, AgendaItem.decided("购置设备", untitled), AgendaItem.decided("购置图书", untitled));
    assertThat(found(fixture, "{}")).containsExactly("not-decided-first 购置图书（大额资金使用）");
  }
}
