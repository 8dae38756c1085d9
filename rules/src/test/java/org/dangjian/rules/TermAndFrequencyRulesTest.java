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
    assertThat(e.problems().get(0).message()).contains("at most 12 months");
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
  void unknownActivityTypesFailNamingTheRule() {
    RuleSet set = Rules.single("activity-frequency", "violation", "{activityType: study-night, per: month}");
    Fixture fixture = new Fixture().branch("b1");
    assertThat(catchThrowableOfType(org.dangjian.core.DangjianException.class,
        () -> Rules.findings(fixture.build(), set, LocalDate.of(2024, 12, 31))))
        .hasMessageContaining("rule 'the-rule' (activity-frequency) failed").hasMessageContaining("study-night");
  }
}
