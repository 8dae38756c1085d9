package org.dangjian.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.dangjian.core.ValidationException;
import org.dangjian.core.activity.ActivityType;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.time.ReportingPeriod;
import org.junit.jupiter.api.Test;

class TermAndFrequencyRulesTest {

  private static List<String> codes(Fixture fixture, RuleSet set, LocalDate asOf) {
    return Rules.findings(fixture.build(), set, asOf).stream()
        .map(f -> f.severity().code() + " " + f.messageCode() + f.period().map(p -> " " + p).orElse("")).toList();
  }

  private static Fixture committeeElected(LocalDate elected) {
    Fixture fixture = new Fixture().branch("b1");
    List<MemberId> ids = fixture.fullMembers("b1", 7, null);
    return fixture.committee("b1", elected, 3, ids.subList(0, 3));
  }

  @Test
  void aTermEndsOnItsAnniversaryAndIsOverdueTheDayAfter() {
    RuleSet set = Rules.single("committee-term", "violation", "{noticeMonths: 3}");
    Fixture fixture = committeeElected(LocalDate.of(2021, 6, 19));
    assertThat(codes(fixture, set, LocalDate.of(2024, 3, 18))).isEmpty();
    assertThat(codes(fixture, set, LocalDate.of(2024, 3, 19))).containsExactly("notice committee-term.due-soon");
    assertThat(codes(fixture, set, LocalDate.of(2024, 6, 19))).containsExactly("notice committee-term.due-soon");
    assertThat(codes(fixture, set, LocalDate.of(2024, 6, 20))).containsExactly("violation committee-term.expired");
    Finding expired = Rules.findings(fixture.build(), set, LocalDate.of(2024, 6, 20)).get(0);
    assertThat(expired.since()).contains(LocalDate.of(2024, 6, 20));
    assertThat(expired.arguments()).containsEntry("termEnd", "2024-06-19");
  }

  @Test
  void aTermFromALeapDayEndsOnTheLastDayOfFebruary() {
    RuleSet set = Rules.single("committee-term", "violation", "{noticeMonths: 0}");
    Fixture fixture = committeeElected(LocalDate.of(2020, 2, 29));
    assertThat(codes(fixture, set, LocalDate.of(2023, 2, 28))).containsExactly("notice committee-term.due-soon");
    assertThat(codes(fixture, set, LocalDate.of(2023, 3, 1))).containsExactly("violation committee-term.expired");
  }

  private static Fixture postponed(LocalDate approvedOn, int months) {
    Fixture fixture = committeeElected(LocalDate.of(2020, 6, 19)); // the term ends on 2023-06-19
    return fixture.replace("b1", o -> o.withCommittee(o.committee().orElseThrow()
        .withPostponement(new org.dangjian.core.org.Postponement(org.dangjian.core.org.OrganisationId.of("root"), approvedOn, months))));
  }

  @Test
  void anApprovedPostponementOfAtMostAYear() {
    RuleSet set = Rules.single("committee-term", "violation", "{extensionMonths: 12, noticeMonths: 0}");
    assertThat(codes(committeeElected(LocalDate.of(2020, 6, 19)), set, LocalDate.of(2023, 6, 20)))
        .as("nothing recorded, nothing postponed").containsExactly("violation committee-term.expired");
    Fixture year = postponed(LocalDate.of(2023, 5, 10), 12);
    assertThat(codes(year, set, LocalDate.of(2024, 6, 19))).containsExactly("notice committee-term.due-soon");
    assertThat(codes(year, set, LocalDate.of(2024, 6, 20))).containsExactly("violation committee-term.expired-postponed");
    Finding expired = Rules.findings(year.build(), set, LocalDate.of(2024, 6, 20)).get(0);
    assertThat(expired.arguments()).containsEntry("termEnd", "2024-06-19").containsEntry("termEndBefore", "2023-06-19")
        .containsEntry("months", "12").containsEntry("approvedBy", "县教育局党委");
    // The rule set's months are the cap: six months honoured of the twelve approved.
    RuleSet six = Rules.single("committee-term", "violation", "{extensionMonths: 6, noticeMonths: 0}");
    assertThat(codes(year, six, LocalDate.of(2023, 12, 19))).containsExactly("notice committee-term.due-soon");
    assertThat(codes(year, six, LocalDate.of(2023, 12, 20))).containsExactly("violation committee-term.expired-postponed");
    // Approved on the last day of the term it counts; the day after, it is too late.
    assertThat(codes(postponed(LocalDate.of(2023, 6, 19), 3), set, LocalDate.of(2023, 9, 19))).containsExactly("notice committee-term.due-soon");
    assertThat(codes(postponed(LocalDate.of(2023, 6, 20), 3), set, LocalDate.of(2023, 6, 20)))
        .containsExactly("violation committee-term.postponed-too-late");
    ValidationException e = catchThrowableOfType(ValidationException.class,
        () -> Rules.single("committee-term", "violation", "{extensionMonths: 13}"));
    assertThat(e.problems().get(0).path()).isEqualTo("rules[0].parameters.extensionMonths");
    assertThat(e.problems().get(0).message()).contains("parameter 'extensionMonths' must be a whole number from 0 to 12, not 13");
    assertThat(catchThrowableOfType(ValidationException.class, () -> postponed(LocalDate.of(2023, 5, 10), 13)).getMessage())
        .contains("months: invalid-value");
  }

  private static RuleSet monthlyCommittee() {
    return Rules.single("activity-frequency", "violation",
        "{activityType: branch-committee-meeting, per: month, requiresCommittee: true}");
  }

  @Test
  void aMeetingEveryMonthOfALeapYearMeetsTheRule() {
    Fixture fixture = committeeElected(LocalDate.of(2023, 5, 1));
    for (int month = 1; month <= 12; month++) {
      LocalDate last = ReportingPeriod.month(2024, month).end();
      fixture.activity("b1", ActivityType.BRANCH_COMMITTEE_MEETING, last);
    }
    ComplianceReport report = Rules.report(fixture.build(), monthlyCommittee(), LocalDate.of(2024, 12, 31));
    assertThat(report.findings()).isEmpty();
    assertThat(report.requirements()).hasSize(12).allSatisfy(r -> assertThat(r.isMet()).isTrue());
    assertThat(report.summaryOf(OrganisationId.of("b1")).orElseThrow().rate()).contains(new java.math.BigDecimal("1.0000"));
  }

  @Test
  void aMissingFebruaryIsFoundAndTwoMeetingsInJanuaryDoNotMakeUpForIt() {
    Fixture fixture = committeeElected(LocalDate.of(2023, 5, 1));
    fixture.activity("b1", ActivityType.BRANCH_COMMITTEE_MEETING, LocalDate.of(2024, 1, 31));
    fixture.activity("b1", ActivityType.BRANCH_COMMITTEE_MEETING, LocalDate.of(2024, 1, 31));
    fixture.activity("b1", ActivityType.BRANCH_COMMITTEE_MEETING, LocalDate.of(2024, 3, 1));
    ComplianceReport report = Rules.report(fixture.build(), monthlyCommittee(), LocalDate.of(2024, 3, 31));
    assertThat(report.findings()).extracting(f -> f.period().orElseThrow().toString()).containsExactly("2024-02");
    OrganisationSummary summary = report.summaryOf(OrganisationId.of("b1")).orElseThrow();
    assertThat(summary.required()).isEqualTo(3);
    assertThat(summary.held()).isEqualTo(2);
    assertThat(summary.subtreeRate()).contains(new java.math.BigDecimal("0.6667"));
    assertThat(report.summaryOf(OrganisationId.of("root")).orElseThrow().subtreeRequired()).isEqualTo(3);
  }

  @Test
  void aPeriodNotYetOverIsDueNotViolated() {
    Fixture fixture = committeeElected(LocalDate.of(2023, 5, 1));
    fixture.activity("b1", ActivityType.BRANCH_COMMITTEE_MEETING, LocalDate.of(2024, 1, 15));
    ComplianceReport report = Rules.report(fixture.build(), monthlyCommittee(), LocalDate.of(2024, 2, 28));
    assertThat(report.findings()).isEmpty();
    assertThat(report.due()).singleElement().satisfies(due -> {
      assertThat(due.period()).hasToString("2024-02");
      assertThat(due.deadline()).isEqualTo(LocalDate.of(2024, 2, 29));
      assertThat(due.remaining()).isEqualTo(1);
    });
    ComplianceReport onTheLastDay = Rules.report(fixture.build(), monthlyCommittee(), LocalDate.of(2024, 2, 29));
    assertThat(onTheLastDay.findings()).extracting(f -> f.period().orElseThrow().toString()).containsExactly("2024-02");
    // The evaluation day counts whole: February is over, and March is what is due now.
    assertThat(onTheLastDay.due()).extracting(d -> d.period().toString()).containsExactly("2024-03");
    assertThat(Rules.report(fixture.build(), monthlyCommittee(), LocalDate.of(2024, 12, 31)).due()).isEmpty();
  }

  @Test
  void aMeetingRecordedAfterTheDayOfEvaluationDoesNotCountYet() {
    Fixture fixture = committeeElected(LocalDate.of(2023, 5, 1));
    fixture.activity("b1", ActivityType.BRANCH_COMMITTEE_MEETING, LocalDate.of(2024, 2, 20));
    assertThat(Rules.report(fixture.build(), monthlyCommittee(), LocalDate.of(2024, 2, 19)).due())
        .extracting(d -> d.period().toString()).containsExactly("2024-02");
    assertThat(Rules.report(fixture.build(), monthlyCommittee(), LocalDate.of(2024, 2, 20)).due()).isEmpty();
  }

  @Test
  void onlyPeriodsTheCommitteeExistedForWholeCount() {
    Fixture fixture = committeeElected(LocalDate.of(2024, 10, 1));
    List<String> found = codes(fixture, monthlyCommittee(), LocalDate.of(2024, 12, 31));
    // Elected on 1 October: October counts, September does not.
    assertThat(found).containsExactly("violation activity-frequency.short 2024-10", "violation activity-frequency.short 2024-11",
        "violation activity-frequency.short 2024-12");
    Fixture noCommittee = new Fixture().branch("b1");
    noCommittee.fullMembers("b1", 4, null);
    assertThat(Rules.report(noCommittee.build(), monthlyCommittee(), LocalDate.of(2024, 12, 31)).requirements()).isEmpty();
  }

  @Test
  void quarterlyMeetingsCountByQuarterBoundaries() {
    RuleSet set = Rules.single("activity-frequency", "violation", "{activityType: branch-general-meeting, per: quarter}");
    Fixture fixture = new Fixture().branch("b1");
    fixture.fullMembers("b1", 3, null);
    fixture.activity("b1", ActivityType.BRANCH_GENERAL_MEETING, LocalDate.of(2024, 3, 31));
    fixture.activity("b1", ActivityType.BRANCH_GENERAL_MEETING, LocalDate.of(2024, 4, 1));
    fixture.activity("b1", ActivityType.BRANCH_GENERAL_MEETING, LocalDate.of(2024, 10, 1));
    assertThat(codes(fixture, set, LocalDate.of(2024, 12, 31))).containsExactly("violation activity-frequency.short 2024-Q3");
  }

  @Test
  void unknownActivityTypesAreRefusedWhenTheSetIsReadNamingTheRuleAndTheNearestType() {
    assertThat(catchThrowableOfType(ValidationException.class,
        () -> Rules.single("activity-frequency", "violation", "{activityType: theory-studdy, per: month}")).problems())
        .singleElement().satisfies(problem -> {
          assertThat(problem.path()).isEqualTo("rules[0].parameters.activityType");
          assertThat(problem.code()).isEqualTo("unknown-code");
          assertThat(problem.message()).startsWith("rule 'the-rule': activity type 'theory-studdy' is neither standard nor declared")
              .endsWith("(did you mean 'theory-study'?)");
        });
  }

  /** A rule set with the autumn term, National Day and its make-up days, holding one activity-frequency rule. */
  private static RuleSet withCalendar(String parameters) {
    String yaml = """
        schema: dangjian/rule-set@1
        id: calendar-test
        version: "1"
        title: 校历测试
        effective: {from: 2024-01-01}
        calendar:
          terms: [{name: 秋季学期, from: 2024-09-02, to: 2025-01-17}]
          schoolHolidays: [{name: 暑假, from: 2024-07-06, to: 2024-09-01}]
          publicHolidays: [{name: 国庆节, from: 2024-10-01, to: 2024-10-07}]
          workingDays: [{name: 国庆节调休, from: 2024-09-29}, {name: 国庆节调休, from: 2024-10-12}]
        rules:
          - id: the-rule
            type: activity-frequency
            severity: warning
            citation: {document: 测试}
            parameters: %s
        """.formatted(parameters);
    return RuleSetRegistry.builder().discoverRuleTypes()
        .definition(RuleSetDefinition.parse(yaml, "calendar.yaml", org.dangjian.core.json.Syntax.YAML)).build()
        .resolve("calendar-test", LocalDate.of(2024, 12, 31));
  }

  private static Fixture school() {
    Fixture fixture = new Fixture().unit("u1", org.dangjian.core.org.UnitKind.PRIMARY_SCHOOL)
        .unit("u2", org.dangjian.core.org.UnitKind.PRIMARY_SCHOOL).unit("k1", org.dangjian.core.org.UnitKind.KINDERGARTEN)
        .organisation("j1", org.dangjian.core.org.OrganisationKind.JOINT_BRANCH, "root", "u1", "u2", "k1");
    fixture.fullMembers("j1", 3, "u1");
    return fixture;
  }

  @Test
  void weeklyStudyIsOwedInTeachingWeeksOnlyAndSchoolBySchool() {
    RuleSet set = withCalendar("{activityType: theory-study, per: week, within: teaching-days, perUnit: true,"
        + " unitKinds: [primary-school]}");
    Fixture fixture = school();
    // u1 studies every week from the term's first day; u2 only on 2 September (the term's first Monday).
    for (LocalDate monday = LocalDate.of(2024, 9, 2); monday.getYear() == 2024; monday = monday.plusWeeks(1)) {
      LocalDate day = monday;
      fixture.activity("j1", ActivityType.THEORY_STUDY, day, a -> a.unit(org.dangjian.core.org.UnitId.of("u1")));
    }
    fixture.activity("j1", ActivityType.THEORY_STUDY, LocalDate.of(2024, 9, 3), a -> a.unit(org.dangjian.core.org.UnitId.of("u2")));
    ComplianceReport report = Rules.report(fixture.build(), set, LocalDate.of(2024, 12, 31));
    // No week of the summer holiday is owed; the National Day week (30 September is a teaching day) is.
    assertThat(report.requirements()).noneMatch(r -> r.period().end().isBefore(LocalDate.of(2024, 9, 2)));
    assertThat(report.requirements()).filteredOn(r -> r.unit().isPresent()).extracting(r -> r.unit().get().value()).containsOnly("u1", "u2");
    assertThat(report.findings()).extracting(f -> f.subject().toString()).containsOnly("unit:u2");
    assertThat(report.findings()).hasSize(17 - 1);
    assertThat(report.findings().get(0).messageCode()).isEqualTo("activity-frequency.short-unit");
    assertThat(FindingMessages.message(report.findings().get(0), java.util.Locale.SIMPLIFIED_CHINESE)).contains("在单位u2于2024-W37");
  }

  @Test
  void dailyStudyCountsWorkingDaysAndOnlySessionsOfAnHour() {
    RuleSet set = withCalendar("{activityType: theory-study, per: week, times: 1, timesPer: working-day, minMinutes: 60}");
    Fixture fixture = new Fixture().branch("b1");
    fixture.fullMembers("b1", 3, null);
    // The weeks of 30 September (one working day) and 7 October (Tuesday to Saturday, the 12th a make-up day).
    fixture.activity("b1", ActivityType.THEORY_STUDY, LocalDate.of(2024, 9, 30), a -> a.minutes(60));
    for (int dayOfMonth = 8; dayOfMonth <= 12; dayOfMonth++) {
      int minutes = dayOfMonth == 12 ? 59 : 60;
      fixture.activity("b1", ActivityType.THEORY_STUDY, LocalDate.of(2024, 10, dayOfMonth), a -> a.minutes(minutes));
    }
    fixture.activity("b1", ActivityType.THEORY_STUDY, LocalDate.of(2024, 10, 13)); // no duration recorded: does not count
    ComplianceReport report = ComplianceEngine.evaluate(fixture.build(), set, ReportingPeriod.parse("2024-Q4"), LocalDate.of(2024, 10, 13));
    assertThat(report.requirements()).filteredOn(r -> r.period().equals(ReportingPeriod.parse("2024-W40")))
        .singleElement().satisfies(r -> assertThat(r.required() + "/" + r.held()).isEqualTo("1/1"));
    assertThat(report.requirements()).filteredOn(r -> r.period().equals(ReportingPeriod.parse("2024-W41")))
        .singleElement().satisfies(r -> assertThat(r.required() + "/" + r.held()).isEqualTo("5/4"));
    assertThat(report.findings()).extracting(f -> f.period().orElseThrow().toString()).containsExactly("2024-W41");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> withCalendar("{activityType: theory-study, per: week, timesPer: hour}"))
        .hasMessageContaining("parameter 'timesPer' must be one of: period, working-day, teaching-day, not 'hour'");
  }
}
