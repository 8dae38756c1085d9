package org.dangjian.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.record.RecordId;
import org.dangjian.core.supervision.Inspection;
import org.dangjian.core.supervision.InspectionKind;
import org.dangjian.core.time.ReportingPeriod;
import org.dangjian.rules.ComplianceReport;
import org.junit.jupiter.api.Test;

/** {@code inspectionScore} (督查检查平均得分): the year's scored inspections of the kinds named, known by the day. */
class InspectionScoreTest {
  private static int next;

  private static ScoringScheme scheme(String parameters) {
    return Fixture.scheme("""
        subject: organisation
        organisations: {kinds: [branch], depth: 1}
        blocks: [{id: all, zh: 督查, en: inspections}]
        items:
          - {id: score, block: all, zh: 督查得分, en: inspection score, evidence: {inspectionScore: %s}}
        grades: [{grade: ok, zh: 合格, en: ok}]
        """.formatted(parameters));
  }

  private static Inspection scored(String branch, InspectionKind kind, LocalDate date, String score) {
    Inspection inspection = Inspection.of(RecordId.of("in-" + (++next)), kind, OrganisationId.of(branch), date);
    return score == null ? inspection : inspection.withScore(new BigDecimal(score));
  }

  private static ScoreCard card(List<Inspection> inspections, String parameters, LocalDate asOf, String branch) {
    Dataset dataset = new Fixture().dataset().toBuilder().addAll(Inspection.KIND, inspections).build();
    ComplianceReport report = new ComplianceReport("test", ReportingPeriod.year(2024), asOf, List.of(), List.of(), List.of(), List.of());
    return ScoringEngine.score(dataset, scheme(parameters), 2024, report).card(branch).orElseThrow();
  }

  @Test
  void theAverageOfTheYearsScoredInspectionsOfTheKindsNamedKnownByTheDay() {
    List<Inspection> inspections = List.of(scored("b1", InspectionKind.SPOT_CHECK, LocalDate.of(2024, 6, 30), "85"),
        scored("b1", InspectionKind.SPOT_CHECK, LocalDate.of(2024, 12, 20), "90.5"),
        scored("b1", InspectionKind.SPOT_CHECK, LocalDate.of(2024, 3, 1), null),
        scored("b1", InspectionKind.TOUR, LocalDate.of(2024, 5, 1), "40"),
        scored("b1", InspectionKind.SPOT_CHECK, LocalDate.of(2023, 12, 31), "10"));
    ScoreCard card = card(inspections, "{}", LocalDate.of(2024, 12, 31), "b1");
    assertThat(card.total()).isEqualByComparingTo("87.75");
    assertThat(card.lines()).singleElement().satisfies(l -> assertThat(l.evidence()).isEqualTo("inspections:b1@2024 (2, 87.7500)"));
    assertThat(card(inspections, "{}", LocalDate.of(2024, 12, 19), "b1").total()).as("the second not yet made").isEqualByComparingTo("85");
    assertThat(card(inspections, "{kinds: [spot-check, tour]}", LocalDate.of(2024, 12, 31), "b1").total()).isEqualByComparingTo("71.83");
  }

  @Test
  void noScoredInspectionCountsAsNothing() {
    assertThat(card(List.of(scored("b1", InspectionKind.SPOT_CHECK, LocalDate.of(2024, 6, 1), "95")), "{}", LocalDate.of(2024, 12, 31), "b2")
        .total()).isZero();
  }
}
