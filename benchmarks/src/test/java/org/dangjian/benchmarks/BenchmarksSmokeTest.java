package org.dangjian.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.dangjian.core.time.ReportingPeriod;
import org.junit.jupiter.api.Test;

/** Every benchmark method runs on the county workload and returns what it claims to measure (JMH is not run here). */
class BenchmarksSmokeTest {

  @Test
  void evaluationAndScoringRunOnTheCountyWorkload() {
    EvaluationBenchmark benchmark = new EvaluationBenchmark();
    benchmark.size = "county";
    benchmark.setUp();
    assertThat(benchmark.dataset.members()).hasSize(5_000);
    assertThat(benchmark.evaluate().findings()).isNotEmpty();
    assertThat(benchmark.score().cards()).hasSizeGreaterThan(4_000);
    assertThat(benchmark.evaluateAndScore()).isEqualTo(benchmark.score());
  }

  @Test
  void theThreeWaysOfTheThreeRulesAgree() {
    ThreeRulesBenchmark benchmark = new ThreeRulesBenchmark();
    benchmark.size = "county";
    benchmark.setUp();
    var engine = benchmark.engine().findings().stream()
        .map(f -> String.join(" ", f.ruleId(), f.subject().toString(), f.period().map(ReportingPeriod::toString).orElse("")).strip())
        .sorted().toList();
    assertThat(engine).isNotEmpty().isEqualTo(benchmark.handWritten()).isEqualTo(benchmark.drools());
  }

  @Test
  void theJsonLoadReadsTheRegionBack() {
    LoadBenchmark benchmark = new LoadBenchmark();
    benchmark.size = "county";
    benchmark.setUp();
    assertThat(benchmark.readJson().members()).hasSize(5_000);
  }
}
