package org.dangjian.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.dangjian.core.ValidationException;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.record.RecordId;
import org.dangjian.core.supervision.Correction;
import org.dangjian.core.time.ReportingPeriod;
import org.dangjian.rules.ComplianceReport;
import org.junit.jupiter.api.Test;

/** {@code correctionRate} (整改按期完成率): the corrections due in the year and by the day, the share closed in time. */
class CorrectionRateTest {
  private static final ScoringScheme SCHEME = Fixture.scheme("""
      subject: branch
      blocks: [{id: all, zh: 整改, en: corrections}]
      items:
        - {id: rate, block: all, zh: 整改完成率, en: correction rate, evidence: {correctionRate: {subtree: false}}, factor: 100}
      grades: [{grade: ok, zh: 合格, en: ok}]
      """);

  private static Correction due(String id, String branch, LocalDate deadline) {
    return Correction.ofFinding(RecordId.of(id), OrganisationId.of(branch), "f-" + id, deadline.minusMonths(1), deadline);
  }

  private static BigDecimal rate(List<Correction> corrections, String branch, LocalDate asOf) {
    Dataset dataset = new Fixture().dataset().toBuilder().addAll(Correction.KIND, corrections).build();
    ComplianceReport report = new ComplianceReport("test", ReportingPeriod.year(2024), asOf, List.of(), List.of(), List.of(), List.of());
    return ScoringEngine.score(dataset, SCHEME, 2024, report).card(branch).orElseThrow().total();
  }

  @Test
  void closedOnTheDeadlineCountsClosedTheDayAfterDoesNot() {
    LocalDate deadline = LocalDate.of(2024, 6, 30);
    List<Correction> corrections = List.of(due("c1", "b1", deadline).closedOn(deadline, "记录"),
        due("c2", "b1", deadline).closedOn(deadline.plusDays(1), "记录"), due("c3", "b1", deadline));
    // One of three in time: 0.3333 × 100.
    assertThat(rate(corrections, "b1", LocalDate.of(2024, 12, 31))).isEqualByComparingTo("33.33");
  }

  @Test
  void onlyWhatIsDueInTheYearAndByTheDayCountsAndNothingDueCountsAsAll() {
    List<Correction> corrections = List.of(due("c1", "b1", LocalDate.of(2023, 12, 31)), due("c2", "b1", LocalDate.of(2024, 11, 30)),
        due("c3", "b2", LocalDate.of(2024, 3, 31)).closedOn(LocalDate.of(2024, 3, 31), "记录"));
    assertThat(rate(corrections, "b1", LocalDate.of(2024, 11, 29))).as("nothing due yet").isEqualByComparingTo("100");
    assertThat(rate(corrections, "b1", LocalDate.of(2024, 11, 30))).isEqualByComparingTo("0");
    assertThat(rate(corrections, "b2", LocalDate.of(2024, 12, 31))).isEqualByComparingTo("100");
  }

  @Test
  void theLineSaysHowManyOfHowMany() {
    Dataset dataset = new Fixture().dataset().toBuilder().addAll(Correction.KIND, List.of(due("c1", "b1", LocalDate.of(2024, 5, 31)))).build();
    ComplianceReport report = new ComplianceReport("test", ReportingPeriod.year(2024), LocalDate.of(2024, 12, 31), List.of(), List.of(),
        List.of(), List.of());
    assertThat(ScoringEngine.score(dataset, SCHEME, 2024, report).card("b1").orElseThrow().lines()).singleElement()
        .satisfies(l -> assertThat(l.evidence()).isEqualTo("corrections:b1@2024 (0 of 1)"));
  }

  @Test
  void itIsAnOrganisationsNotAMembersEvidence() {
    assertThatThrownBy(() -> Fixture.scheme("""
        subject: member
        blocks: [{id: all, zh: 总分, en: total}]
        items:
          - {id: rate, block: all, zh: 整改, en: corrections, evidence: {correctionRate: {}}, factor: 100}
        grades: [{grade: ok, zh: 合格, en: ok}]
        """)).isInstanceOf(ValidationException.class).hasMessageContaining("does not apply to member subjects");
  }
}
