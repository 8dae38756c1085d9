package org.dangjian.benchmarks.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.time.ReportingPeriod;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.ComplianceReport;
import org.dangjian.rules.RuleSetRegistry;
import org.dangjian.testkit.RegionGenerator;
import org.dangjian.testkit.SampleCounty;
import org.dangjian.testkit.baseline.MemberPointsByHand;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SQL baseline gives the hand-written loop's cards (which a testkit test holds equal to the engine's),
 * card for card and in the board's order.
 */
class MemberPointsInDuckDbTest {
  private static final LocalDate YEAR_END = LocalDate.of(2024, 12, 31);

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"sample county", "generated county"})
  void theQueryGivesTheHandWrittenLoopsCards(String which) {
    Dataset dataset = which.equals("sample county") ? SampleCounty.dataset() : RegionGenerator.generate(RegionGenerator.Size.COUNTY, 7);
    ComplianceReport report = ComplianceEngine.evaluate(dataset, RuleSetRegistry.standard().resolve("cn-national", YEAR_END),
        ReportingPeriod.year(2024), YEAR_END);
    List<String> byHand = MemberPointsByHand.score(dataset, report, 2024).stream().map(MemberPointsByHand.Card::line).toList();
    try (MemberPointsInDuckDb sql = MemberPointsInDuckDb.load(dataset, report, 2024)) {
      List<String> bySql = sql.score().stream().map(MemberPointsByHand.Card::line).toList();
      assertThat(bySql).isEqualTo(byHand);
      assertThat(sql.score()).as("a second run of the same query").extracting(MemberPointsByHand.Card::line).isEqualTo(byHand);
    }
    assertThat(byHand).as("cards vetoed or prorated, so that the query's vetoes and extrapolation are compared")
        .anyMatch(l -> l.contains(" vetoed") || l.endsWith(" prorated"));
  }
}
