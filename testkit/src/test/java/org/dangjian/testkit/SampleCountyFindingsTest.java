package org.dangjian.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.dangjian.core.json.SourceDocument;
import org.dangjian.core.json.Syntax;
import org.dangjian.core.time.ReportingPeriod;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.ComplianceReportFormat;
import org.dangjian.rules.RuleSet;
import org.dangjian.rules.RuleSetRegistry;
import org.dangjian.testkit.scenario.Scenario;
import org.dangjian.testkit.scenario.ScenarioResult;
import org.dangjian.testkit.scenario.ScenarioRunner;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** A year's evaluation of the sample county finds what it violates on purpose, and nothing else. */
class SampleCountyFindingsTest {
  private static final String FOLDER = "/org/dangjian/testkit/sample/";

  private static Scenario scenario(String name) {
    return Scenario.read(SourceDocument.of(resource(name), FOLDER + name, Syntax.YAML), file -> {
      assertThat(file).isEqualTo("qinghe-county.json");
      return SampleCounty.bytes();
    });
  }

  private static byte[] resource(String name) {
    try (var in = SampleCountyFindingsTest.class.getResourceAsStream(FOLDER + name)) {
      return in.readAllBytes();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @TestFactory
  Stream<DynamicTest> theSampleCountysDeliberateFindings() {
    ScenarioRunner runner = new ScenarioRunner(RuleSetRegistry.standard());
    return Stream.of("qinghe-2024-national.scenario.yaml", "qinghe-2024-first-topic.scenario.yaml",
        "qinghe-2024-study-training.scenario.yaml")
        .map(name -> DynamicTest.dynamicTest(name, () -> {
          ScenarioResult result = runner.run(scenario(name));
          assertThat(result.status()).as(result.describe()).isEqualTo(ScenarioResult.Status.PASSED);
        }));
  }

  @Test
  void theSampleCountysRankingOnItsLetters() {
    ScenarioResult result = new ScenarioRunner(RuleSetRegistry.standard(), org.dangjian.scoring.SchemeRegistry.standard())
        .run(scenario("qinghe-2024-ranking.scenario.yaml"));
    assertThat(result.status()).as(result.describe()).isEqualTo(ScenarioResult.Status.PASSED);
  }

  @Test
  void evaluatingTwiceGivesByteIdenticalJson() {
    RuleSet set = RuleSetRegistry.standard().resolve("county-first-topic", LocalDate.of(2024, 12, 31));
    String first = ComplianceReportFormat.write(ComplianceEngine.evaluate(SampleCounty.dataset(), set, ReportingPeriod.year(2024)));
    String second = ComplianceReportFormat.write(ComplianceEngine.evaluate(SampleCounty.dataset(), set, ReportingPeriod.year(2024)));
    assertThat(first).isEqualTo(second);
    assertThat(List.of(first.split("\n"))).anySatisfy(line -> assertThat(line).contains("\"rule\": \"first-topic\""));
  }
}
