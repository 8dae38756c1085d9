package org.dangjian.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dangjian.core.activity.TrainingAttendance;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.member.IllegalTransitionException;
import org.dangjian.core.member.MemberCategory;
import org.dangjian.core.member.MemberEvent;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.member.MemberStatus;
import org.dangjian.core.time.ReportingPeriod;
import org.junit.jupiter.api.Test;

class GuardedLifecycleTest {
  private static final RuleSet NATIONAL = RuleSetRegistry.standard().resolve("cn-national", LocalDate.of(2024, 12, 31));

  private static Fixture withActivist(String designated) {
    Fixture fixture = new Fixture().branch("b1");
    fixture.fullMembers("b1", 2, null);
    fixture.member("b1", LocalDate.of(1995, 5, 5), MemberCategory.TEACHER, List.of(
        new MemberEvent.Applied(LocalDate.parse(designated).minusMonths(3)),
        new MemberEvent.FirstTalkHeld(LocalDate.parse(designated).minusMonths(3).plusDays(10), Optional.empty()),
        new MemberEvent.ActivistDesignated(LocalDate.parse(designated), List.of(MemberId.of("m001")))));
    return fixture;
  }

  @Test
  void anEventThatBreaksATimeLimitIsRefusedWithTheFinding() {
    Dataset dataset = withActivist("2024-01-15").build();
    RuleViolationException e = catchThrowableOfType(RuleViolationException.class, () -> GuardedLifecycle.apply(dataset,
        NATIONAL, MemberId.of("m003"), new MemberEvent.CandidateDesignated(LocalDate.of(2024, 9, 1))));
    assertThat(e.findings()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("activist-duration");
      assertThat(FindingMessages.message(f, Locale.SIMPLIFIED_CHINESE)).contains("培养考察不足1年");
    });
    assertThat(dataset.member(MemberId.of("m003")).orElseThrow().status()).isEqualTo(MemberStatus.ACTIVIST);
  }

  @Test
  void aTimelyEventIsAppliedAndWarningsComeBack() {
    Dataset dataset = withActivist("2023-01-15").build();
    GuardedLifecycle.Outcome outcome = GuardedLifecycle.apply(dataset, NATIONAL, MemberId.of("m003"),
        new MemberEvent.CandidateDesignated(LocalDate.of(2024, 1, 15)));
    assertThat(outcome.member().status()).isEqualTo(MemberStatus.CANDIDATE);
    assertThat(outcome.dataset().member(MemberId.of("m003")).orElseThrow().status()).isEqualTo(MemberStatus.CANDIDATE);
    // A year as an activist without a review was already a warning before the event; it is not the event's doing.
    assertThat(outcome.warnings()).isEmpty();
  }

  @Test
  void warningsTheEventAddsComeBackWithTheOutcome() {
    Fixture fixture = new Fixture().branch("b1");
    fixture.fullMembers("b1", 2, null);
    fixture.member("b1", LocalDate.of(1995, 5, 5), MemberCategory.TEACHER, List.of(new MemberEvent.Applied(LocalDate.of(2024, 1, 10))));
    GuardedLifecycle.Outcome outcome = GuardedLifecycle.apply(fixture.build(), NATIONAL, MemberId.of("m003"),
        new MemberEvent.FirstTalkHeld(LocalDate.of(2024, 3, 1), Optional.empty()));
    assertThat(outcome.warnings()).extracting(Finding::messageCode).containsExactly("first-talk.late");
  }

  @Test
  void structuralErrorsStayStructural() {
    Dataset dataset = withActivist("2023-01-15").build();
    assertThat(catchThrowableOfType(IllegalTransitionException.class, () -> GuardedLifecycle.apply(dataset, NATIONAL,
        MemberId.of("m003"), new MemberEvent.Admitted(LocalDate.of(2024, 1, 15), org.dangjian.core.member.VoteTally.of(3, 3, 3, 0, 0)))))
        .hasMessageContaining("only a candidate is admitted");
  }

  @Test
  void secretariesAttendTwoTrainingsAHalfYear() {
    Fixture fixture = new Fixture().branch("b1");
    List<MemberId> ids = fixture.fullMembers("b1", 3, null);
    fixture.committee("b1", LocalDate.of(2023, 1, 1), 3, ids);
    Dataset dataset = fixture.build().toBuilder()
        .addTraining(new TrainingAttendance(ids.get(0), LocalDate.of(2024, 3, 1), "书记培训一"))
        .addTraining(new TrainingAttendance(ids.get(0), LocalDate.of(2024, 6, 30), "书记培训二"))
        .addTraining(new TrainingAttendance(ids.get(0), LocalDate.of(2024, 7, 1), "书记培训三")).build();
    RuleSet set = Rules.single("secretary-training", "warning", "{min: 2, per: half-year}");
    assertThat(ComplianceEngine.evaluate(dataset, set, ReportingPeriod.year(2024)).findings())
        .extracting(f -> f.period().orElseThrow().toString() + " " + f.arguments().get("attended")).containsExactly("2024-H2 1");
  }

  @Test
  void secretariesAttendTwoTrainingsATermOfOffice() {
    // The branch committee's term (每届): elected 2021-11-01 for three years, ending 2024-11-01.
    Fixture fixture = new Fixture().branch("b1").branch("b2");
    List<MemberId> ids = fixture.fullMembers("b1", 3, null);
    List<MemberId> others = fixture.fullMembers("b2", 3, null);
    fixture.committee("b1", LocalDate.of(2021, 11, 1), 3, ids);
    fixture.committee("b2", LocalDate.of(2021, 11, 1), 3, others);
    Dataset dataset = fixture.build().toBuilder()
        .addTraining(new TrainingAttendance(ids.get(0), LocalDate.of(2021, 11, 1), "书记培训（任期首日）"))
        .addTraining(new TrainingAttendance(ids.get(0), LocalDate.of(2024, 11, 1), "书记培训（任期末日）"))
        .addTraining(new TrainingAttendance(others.get(0), LocalDate.of(2021, 10, 31), "书记培训（任期前一日）"))
        .addTraining(new TrainingAttendance(others.get(0), LocalDate.of(2023, 5, 1), "书记培训")).build();
    RuleSet set = Rules.single("secretary-training", "warning", "{min: 2, per: term-of-office}");
    // Both days of the term count; a training the day before it does not. Judged once the term has ended.
    assertThat(ComplianceEngine.evaluate(dataset, set, ReportingPeriod.year(2024), LocalDate.of(2024, 10, 31)).findings()).isEmpty();
    assertThat(ComplianceEngine.evaluate(dataset, set, ReportingPeriod.year(2024), LocalDate.of(2024, 11, 1)).findings())
        .extracting(f -> f.messageCode() + " " + f.subject() + " " + f.arguments().get("attended") + " " + f.arguments().get("to"))
        .containsExactly("secretary-training.short-in-term member:m004 1 2024-11-01");
    assertThat(ComplianceEngine.evaluate(dataset, set, ReportingPeriod.year(2025), LocalDate.of(2025, 12, 31)).findings())
        .as("judged in the window the term ended in").isEmpty();
  }

  @Test
  void evaluatingTwiceGivesByteIdenticalJson() {
    Fixture fixture = withActivist("2024-01-15");
    fixture.committee("b1", LocalDate.of(2020, 1, 1), 3, List.of(MemberId.of("m001"), MemberId.of("m002")));
    Dataset dataset = fixture.build();
    String first = ComplianceReportFormat.write(ComplianceEngine.evaluate(dataset, NATIONAL, ReportingPeriod.year(2024)));
    String second = ComplianceReportFormat.write(ComplianceEngine.evaluate(dataset, NATIONAL, ReportingPeriod.year(2024)));
    assertThat(first).isEqualTo(second).contains("\"schema\": \"dangjian/compliance-report@1\"").contains("\"zh\": ");
  }
}
