package org.dangjian.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.dangjian.core.ValidationException;
import org.dangjian.core.activity.Absence;
import org.dangjian.core.activity.ActivityType;
import org.dangjian.core.activity.AgendaItem;
import org.dangjian.core.dues.DuesBase;
import org.dangjian.core.dues.DuesPayment;
import org.dangjian.core.member.MemberCategory;
import org.dangjian.core.member.MemberEvent;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.member.SanctionKind;
import org.dangjian.core.member.TransferLetter;
import org.dangjian.core.member.MemberStatus;
import org.dangjian.core.org.Governance;
import org.dangjian.core.org.GovernanceModel;
import org.dangjian.core.org.Unit;
import org.dangjian.core.org.UnitId;
import org.dangjian.core.org.UnitKind;
import org.dangjian.rules.dues.DuesSchedule;
import org.junit.jupiter.api.Test;

class MembershipAndQualityRulesTest {

  private static List<String> found(Fixture fixture, String type, String parameters, LocalDate asOf) {
    return Rules.findings(fixture.build(), Rules.single(type, "violation", parameters), asOf).stream()
        .map(f -> f.messageCode() + " " + f.subject().id() + " " + f.arguments().getOrDefault("months", "")).toList();
  }

  private static void attend(Fixture fixture, List<MemberId> who, YearMonth... months) {
    for (YearMonth month : months) {
      fixture.activity("b1", ActivityType.THEME_PARTY_DAY, month.atDay(15), b -> b.attendees(who));
    }
  }

  @Test
  void sixMonthsInARowWithoutOrganisationalLife() {
    Fixture fixture = new Fixture().branch("b1");
    List<MemberId> ids = fixture.fullMembers("b1", 3, null);
    // m001 attends every month; m002 misses July–December (6); m003 misses August–December (5).
    for (int month = 1; month <= 12; month++) {
      attend(fixture, List.of(ids.get(0)), YearMonth.of(2024, month));
    }
    attend(fixture, List.of(ids.get(1), ids.get(2)), YearMonth.of(2023, 12), YearMonth.of(2024, 1), YearMonth.of(2024, 2),
        YearMonth.of(2024, 3), YearMonth.of(2024, 4), YearMonth.of(2024, 5), YearMonth.of(2024, 6));
    attend(fixture, List.of(ids.get(2)), YearMonth.of(2024, 7));
    assertThat(found(fixture, "organisational-life-absence", "{minMonths: 6}", LocalDate.of(2024, 12, 30)))
        .as("December is not over on the 30th").isEmpty();
    assertThat(found(fixture, "organisational-life-absence", "{minMonths: 6}", LocalDate.of(2024, 12, 31)))
        .containsExactly("organisational-life-absence.months m002 6");
  }

  @Test
  void aRunStartingBeforeTheWindowCountsWhenItReachesIt() {
    Fixture fixture = new Fixture().branch("b1");
    List<MemberId> ids = fixture.fullMembers("b1", 1, null);
    attend(fixture, ids, YearMonth.of(2023, 1), YearMonth.of(2023, 8), YearMonth.of(2024, 3));
    // September 2023 to February 2024: six months, two of them in 2024; then April to December, nine.
    assertThat(found(fixture, "organisational-life-absence", "{minMonths: 6}", LocalDate.of(2024, 12, 31)))
        .containsExactly("organisational-life-absence.months m001 6", "organisational-life-absence.months m001 9");
  }

  @Test
  void monthsBeforeSomeoneWasAMemberDoNotCount() {
    Fixture fixture = new Fixture().branch("b1");
    List<MemberId> present = fixture.fullMembers("b1", 1, null);
    for (int month = 1; month <= 12; month++) {
      attend(fixture, present, YearMonth.of(2024, month));
    }
    fixture.probationaryMembers("b1", 1); // transferred in on 2024-03-01: March to August is six months
    assertThat(found(fixture, "organisational-life-absence", "{minMonths: 6}", LocalDate.of(2024, 7, 31))).isEmpty();
    assertThat(found(fixture, "organisational-life-absence", "{minMonths: 6}", LocalDate.of(2024, 8, 31)))
        .containsExactly("organisational-life-absence.months m002 6");
  }

  @Test
  void withoutAnyRecordsNothingIsJudged() {
    Fixture fixture = new Fixture().branch("b1");
    fixture.fullMembers("b1", 3, null);
    assertThat(found(fixture, "organisational-life-absence", "{minMonths: 6}", LocalDate.of(2024, 12, 31))).isEmpty();
    assertThat(found(fixture, "dues-arrears", "{minMonths: 6}", LocalDate.of(2024, 12, 31))).isEmpty();
  }

  @Test
  void duesUnpaidForSixMonthsAndThePaymentDelayAgreedForQuarterlyPayers() {
    Fixture fixture = new Fixture().branch("b1");
    List<MemberId> ids = fixture.fullMembers("b1", 2, null);
    for (int month = 1; month <= 12; month++) {
      YearMonth ym = YearMonth.of(2024, month);
      // m001 pays each quarter at the end of its last month; m002 pays January to June only.
      fixture.payments.add(new DuesPayment(ids.get(0), ym, new BigDecimal("30.00"), ym.plusMonths((3 - month % 3) % 3).atEndOfMonth()));
      if (month <= 6) {
        fixture.payments.add(new DuesPayment(ids.get(1), ym, new BigDecimal("30.00"), ym.atDay(5)));
      }
    }
    assertThat(found(fixture, "dues-arrears", "{minMonths: 6, graceMonths: 2}", LocalDate.of(2024, 12, 31))).isEmpty();
    assertThat(found(fixture, "dues-arrears", "{minMonths: 6, graceMonths: 0}", LocalDate.of(2024, 12, 31)))
        .containsExactly("dues-arrears.months m002 6");
  }

  @Test
  void suspensionOfTwoYearsMakesRemovalDue() {
    Fixture fixture = new Fixture().branch("b1");
    fixture.addMembers("b1", 1, null, Fixture.fullSince(LocalDate.of(2015, 7, 1)));
    fixture.members.set(0, org.dangjian.core.member.Member.builder().from(fixture.members.get(0))
        .addHistory(new MemberEvent.Suspended(LocalDate.of(2022, 2, 28), "失去联系")).build());
    assertThat(found(fixture, "suspension-duration", "{years: 2}", LocalDate.of(2024, 2, 27))).isEmpty();
    assertThat(found(fixture, "suspension-duration", "{years: 2}", LocalDate.of(2024, 2, 28))).hasSize(1);
  }

  @Test
  void lettersReceivedAfterTheirValidity() {
    Fixture fixture = new Fixture().branch("b1");
    LocalDate valid = LocalDate.of(2024, 3, 31);
    for (LocalDate received : List.of(valid, valid.plusDays(1))) {
      fixture.member("b1", LocalDate.of(1990, 1, 1), MemberCategory.TEACHER, List.of(new MemberEvent.TransferredIn(received,
          "外县", new TransferLetter("X-1", LocalDate.of(2024, 1, 1), valid), MemberStatus.FULL, Optional.empty(),
          Optional.of(LocalDate.of(2015, 1, 1)))));
    }
    assertThat(found(fixture, "transfer-letter", "{}", LocalDate.of(2024, 12, 31))).containsExactly("transfer-letter.expired m002 ");
  }

  /** A member full since 2015, transferred out on 2024-01-10 with a letter valid through 2024-02-29. */
  private static MemberId transferredOut(Fixture fixture, Optional<LocalDate> receipt, MemberEvent... after) {
    List<MemberEvent> history = new java.util.ArrayList<>(List.of(Fixture.fullSince(LocalDate.of(2015, 1, 1)),
        new MemberEvent.TransferredOut(LocalDate.of(2024, 1, 10), "外省某中学党支部",
            new TransferLetter("Z-7", LocalDate.of(2024, 1, 10), LocalDate.of(2024, 2, 29)), receipt)));
    history.addAll(List.of(after));
    return fixture.member("b1", LocalDate.of(1990, 1, 1), MemberCategory.TEACHER, history);
  }

  @Test
  void aLetterOutPastItsValidityWithNoReceiptLeavesAPocketMember() {
    Fixture fixture = new Fixture().branch("b1");
    fixture.fullMembers("b1", 1, null);
    transferredOut(fixture, Optional.empty());
    // Valid through 29 February (a leap day): the day after it, with no receipt, the member is a 口袋党员.
    assertThat(found(fixture, "transfer-letter", "{}", LocalDate.of(2024, 2, 29))).isEmpty();
    List<Finding> findings = Rules.findings(fixture.build(), Rules.single("transfer-letter", "violation", "{}"), LocalDate.of(2024, 3, 1));
    assertThat(findings).extracting(f -> f.messageCode() + " " + f.subject() + " " + f.since().orElseThrow())
        .containsExactly("transfer-letter.no-receipt member:m002 2024-03-01");
    assertThat(FindingMessages.message(findings.get(0), java.util.Locale.SIMPLIFIED_CHINESE)).contains("逾期未收到回执").contains("口袋党员");
    assertThat(found(fixture, "transfer-letter", "{}", LocalDate.of(2025, 6, 30))).as("still missing a year later").hasSize(1);
  }

  @Test
  void aReceiptOnTheLastValidDayIsInTimeAndTheDayAfterIsLate() {
    Fixture onTime = new Fixture().branch("b1");
    transferredOut(onTime, Optional.of(LocalDate.of(2024, 2, 29)));
    assertThat(found(onTime, "transfer-letter", "{}", LocalDate.of(2024, 12, 31))).isEmpty();
    Fixture late = new Fixture().branch("b1");
    transferredOut(late, Optional.of(LocalDate.of(2024, 3, 1)));
    assertThat(found(late, "transfer-letter", "{}", LocalDate.of(2024, 12, 31))).containsExactly("transfer-letter.late-receipt m001 ");
    assertThat(found(late, "transfer-letter", "{}", LocalDate.of(2025, 12, 31))).as("judged in the year it came").isEmpty();
    Fixture back = new Fixture().branch("b1");
    transferredOut(back, Optional.empty(), new MemberEvent.TransferredIn(LocalDate.of(2024, 2, 20), "外省某中学党支部",
        new TransferLetter("Z-8", LocalDate.of(2024, 2, 18), LocalDate.of(2024, 5, 18)), MemberStatus.FULL, Optional.empty(),
        Optional.of(LocalDate.of(2015, 1, 1))));
    assertThat(found(back, "transfer-letter", "{}", LocalDate.of(2024, 12, 31))).as("transferred back in: not a pocket member").isEmpty();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new MemberEvent.TransferredOut(LocalDate.of(2024, 1, 10), "外省",
        new TransferLetter("Z-9", LocalDate.of(2024, 1, 10), LocalDate.of(2024, 2, 29)), Optional.of(LocalDate.of(2024, 1, 9))))
        .hasMessageContaining("receipt: end-before-start");
  }

  @Test
  void quorumIsAtLeastHalfOfTheVotingMembersNotOfThosePresent() {
    Fixture fixture = new Fixture().branch("b1");
    List<MemberId> ids = fixture.fullMembers("b1", 10, null);
    fixture.probationaryMembers("b1", 4);
    // m010 is under 留党察看 and has no vote: 9 entitled voters.
    fixture.members.set(9, org.dangjian.core.member.Member.builder().from(fixture.members.get(9))
        .addHistory(new MemberEvent.Sanctioned(LocalDate.of(2024, 1, 10), SanctionKind.PROBATION_WITHIN_PARTY, Optional.of(12))).build());
    fixture.activity("b1", ActivityType.BRANCH_GENERAL_MEETING, LocalDate.of(2024, 3, 20),
        b -> b.attendees(ids.subList(0, 5)).addAttendees(MemberId.of("m011"), MemberId.of("m012")));
    fixture.activity("b1", ActivityType.BRANCH_GENERAL_MEETING, LocalDate.of(2024, 6, 20),
        b -> b.attendees(ids.subList(0, 4)).addAttendees(ids.get(9), MemberId.of("m011"), MemberId.of("m012")));
    List<String> found = found(fixture, "meeting-quorum", "{activityType: branch-general-meeting, threshold: at-least-half, basis: voting-members}",
        LocalDate.of(2024, 12, 31));
    assertThat(found).containsExactly("meeting-quorum.short a2 ");
    Finding finding = Rules.findings(fixture.build(), Rules.single("meeting-quorum", "violation",
        "{activityType: branch-general-meeting, threshold: at-least-half, basis: voting-members}"), LocalDate.of(2024, 12, 31)).get(0);
    assertThat(finding.arguments()).containsEntry("present", "4").containsEntry("entitled", "9");
  }

  @Test
  void exactlyHalfTheCommitteeIsAQuorumButNotMoreThanHalf() {
    Fixture fixture = new Fixture().branch("b1");
    List<MemberId> ids = fixture.fullMembers("b1", 8, null);
    fixture.committee("b1", LocalDate.of(2023, 1, 1), 3, ids.subList(0, 4));
    fixture.activity("b1", ActivityType.BRANCH_COMMITTEE_MEETING, LocalDate.of(2024, 1, 10), b -> b.attendees(ids.subList(0, 2)));
    assertThat(found(fixture, "meeting-quorum", "{activityType: branch-committee-meeting, threshold: at-least-half, basis: committee-members}",
        LocalDate.of(2024, 12, 31))).isEmpty();
    assertThat(found(fixture, "meeting-quorum", "{activityType: branch-committee-meeting, threshold: more-than-half, basis: committee-members}",
        LocalDate.of(2024, 12, 31))).hasSize(1);
  }

  @Test
  void recordsNameHostRecorderAttendeesReasonsAndTheLecturer() {
    Fixture fixture = new Fixture().branch("b1");
    List<MemberId> ids = fixture.fullMembers("b1", 3, null);
    fixture.activity("b1", ActivityType.PARTY_LECTURE, LocalDate.of(2024, 5, 8), b -> b.host(ids.get(0)).recorder(ids.get(1))
        .attendees(ids.subList(0, 2)).addAbsentees(new Absence(ids.get(2), Optional.empty())));
    fixture.activity("b1", ActivityType.BRANCH_GENERAL_MEETING, LocalDate.of(2024, 5, 9), b -> b.host(ids.get(0)).recorder(ids.get(1))
        .attendees(ids.subList(0, 2)).addAbsentees(new Absence(ids.get(2), Optional.of("病假"))));
    List<Finding> findings = Rules.findings(fixture.build(), Rules.single("record-completeness", "notice",
        "{activityTypes: [party-lecture, branch-general-meeting], require: [host, recorder, attendees, absence-reasons, lecturer]}"),
        LocalDate.of(2024, 12, 31));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.subject().id()).isEqualTo("a1");
      assertThat(f.arguments()).containsEntry("missingZh", "缺席原因、主讲人").containsEntry("missingEn", "reasons for absence, lecturer");
    });
    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> Rules.single("record-completeness", "notice", "{activityTypes: [party-lecture], require: [hots]}"));
    assertThat(e.problems().get(0).path()).isEqualTo("rules[0].parameters.require[0]");
  }

  @Test
  void theFirstTopicOpensTheMeeting() {
    Fixture fixture = new Fixture().branch("b1");
    fixture.activity("b1", ActivityType.BRANCH_COMMITTEE_MEETING, LocalDate.of(2024, 1, 10),
        b -> b.addAgenda(AgendaItem.firstTopic("学习上级最新精神"), AgendaItem.of("研究工作")));
    fixture.activity("b1", ActivityType.BRANCH_COMMITTEE_MEETING, LocalDate.of(2024, 2, 10),
        b -> b.addAgenda(AgendaItem.of("研究工作"), AgendaItem.firstTopic("学习上级最新精神")));
    fixture.activity("b1", ActivityType.BRANCH_COMMITTEE_MEETING, LocalDate.of(2024, 3, 10));
    assertThat(found(fixture, "first-topic", "{activityTypes: [branch-committee-meeting]}", LocalDate.of(2024, 12, 31)))
        .containsExactly("first-topic.missing a2 ", "first-topic.missing a3 ");
  }

  @Test
  void everyMemberTalksAtLeastOnceAYear() {
    Fixture fixture = new Fixture().branch("b1");
    List<MemberId> ids = fixture.fullMembers("b1", 3, null);
    fixture.probationaryMembers("b1", 1);
    fixture.activity("b1", ActivityType.HEART_TO_HEART_TALK, LocalDate.of(2024, 12, 31), b -> b.attendees(ids.subList(0, 2)));
    assertThat(found(fixture, "heart-to-heart-talks", "{}", LocalDate.of(2024, 12, 30))).isEmpty();
    assertThat(found(fixture, "heart-to-heart-talks", "{}", LocalDate.of(2024, 12, 31))).containsExactly("heart-to-heart-talks.short m003 ");
  }

  @Test
  void duesFollowTheBracketsWithInclusiveUpperBounds() {
    RuleSet set = RuleSetRegistry.standard().resolve("cn-national", LocalDate.of(2024, 12, 31));
    DuesSchedule schedule = DuesSchedule.of(set);
    assertThat(schedule.monthlyDues(MemberCategory.TEACHER, new BigDecimal("3000"))).isEqualByComparingTo("15.00");
    assertThat(schedule.monthlyDues(MemberCategory.TEACHER, new BigDecimal("3000.01"))).isEqualByComparingTo("30.00");
    assertThat(schedule.monthlyDues(MemberCategory.TEACHER, new BigDecimal("5000"))).isEqualByComparingTo("50.00");
    assertThat(schedule.monthlyDues(MemberCategory.STAFF, new BigDecimal("10000"))).isEqualByComparingTo("150.00");
    assertThat(schedule.monthlyDues(MemberCategory.STAFF, new BigDecimal("10000.01"))).isEqualByComparingTo("200.00");
    assertThat(schedule.monthlyDues(MemberCategory.RETIRED, new BigDecimal("5000"))).isEqualByComparingTo("25.00");
    assertThat(schedule.monthlyDues(MemberCategory.RETIRED, new BigDecimal("5000.01"))).isEqualByComparingTo("50.00");
    assertThat(schedule.monthlyDues(MemberCategory.STUDENT, BigDecimal.ZERO)).isEqualByComparingTo("0.20");
    // Half-up to the fen: 2999.90 × 0.5% = 14.9995 → 15.00
    assertThat(schedule.monthlyDues(MemberCategory.TEACHER, new BigDecimal("2999.90"))).isEqualTo(new BigDecimal("15.00"));
    assertThat(schedule.monthlyDues(MemberCategory.TEACHER, new BigDecimal("2999.70"))).isEqualTo(new BigDecimal("15.00"));
    assertThat(schedule.monthlyDues(MemberCategory.TEACHER, new BigDecimal("2999.00"))).isEqualTo(new BigDecimal("15.00"));
    assertThat(schedule.monthlyDues(MemberCategory.TEACHER, new BigDecimal("2998.90"))).isEqualTo(new BigDecimal("14.99"));
  }

  @Test
  void paymentsThatDifferFromTheSchedule() {
    Fixture fixture = new Fixture().branch("b1");
    List<MemberId> ids = fixture.fullMembers("b1", 2, null);
    fixture.bases.add(new DuesBase(ids.get(0), YearMonth.of(2024, 1), new BigDecimal("5600.00")));
    fixture.bases.add(new DuesBase(ids.get(0), YearMonth.of(2024, 7), new BigDecimal("6400.00")));
    fixture.payments.add(new DuesPayment(ids.get(0), YearMonth.of(2024, 6), new BigDecimal("84.00"), LocalDate.of(2024, 6, 5)));
    // July in two payments, one with a record id and one without: 84.00 together.
    fixture.payments.add(new DuesPayment(ids.get(0), YearMonth.of(2024, 7), new BigDecimal("50.00"), LocalDate.of(2024, 7, 5))
        .withId(org.dangjian.core.record.RecordId.of("pay-7a")));
    fixture.payments.add(new DuesPayment(ids.get(0), YearMonth.of(2024, 7), new BigDecimal("34.00"), LocalDate.of(2024, 7, 6)));
    fixture.payments.add(new DuesPayment(ids.get(1), YearMonth.of(2024, 7), new BigDecimal("1.00"), LocalDate.of(2024, 7, 5)));
    String schedule = "{salaried: [{upTo: 3000, rate: 0.005}, {upTo: 5000, rate: 0.01}, {upTo: 10000, rate: 0.015}, {rate: 0.02}],"
        + " retired: [{upTo: 5000, rate: 0.005}, {rate: 0.01}], studentMonthly: 0.20}";
    List<Finding> findings = Rules.findings(fixture.build(), Rules.single("dues-amount", "warning", schedule), LocalDate.of(2024, 12, 31));
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.arguments()).containsEntry("month", "2024-07").containsEntry("paid", "84.00").containsEntry("expected", "96.00");
      // The member and the month's payments: by record id where given, else by member and month.
      assertThat(f.evidence()).containsExactly("member:" + ids.get(0), "dues:" + ids.get(0) + "@2024-07", "dues:pay-7a");
    });
    ValidationException open = catchThrowableOfType(ValidationException.class, () -> Rules.single("dues-amount", "warning",
        schedule.replace("{rate: 0.02}", "{upTo: 20000, rate: 0.02}")));
    assertThat(open.problems().get(0).path()).isEqualTo("rules[0].parameters.salaried[3].upTo");
  }

  @Test
  void theGovernanceTargetIsMetAtExactlyTheShare() {
    Fixture fixture = new Fixture();
    for (int i = 1; i <= 5; i++) {
      Unit unit = Unit.of(UnitId.of("u" + i), "学校" + i, UnitKind.PRIMARY_SCHOOL);
      fixture.units.add(i <= 4 ? unit.withGovernance(Governance.of(GovernanceModel.PARTY_LED_PRINCIPAL_RESPONSIBILITY,
          LocalDate.of(2024, 9, 1))) : unit);
    }
    assertThat(found(fixture, "governance-rate", "{target: 0.8, documents: []}", LocalDate.of(2024, 9, 1))).isEmpty();
    assertThat(found(fixture, "governance-rate", "{target: 0.8, documents: []}", LocalDate.of(2024, 8, 31))).hasSize(1);
    assertThat(found(fixture, "governance-rate", "{target: 0.81, documents: []}", LocalDate.of(2024, 9, 1))).hasSize(1);
  }
}
