package org.dangjian.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.dangjian.core.time.ReportingPeriod;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.ComplianceReport;
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
    assertThat(benchmark.evaluateOneThread()).isEqualTo(benchmark.evaluate());
    assertThat(benchmark.scoreOneThread()).isEqualTo(benchmark.score());
    assertThat(benchmark.scoreByHand()).hasSize(benchmark.score().cards().size());
    EvaluationBenchmark.DuckDb duckDb = new EvaluationBenchmark.DuckDb();
    duckDb.load(benchmark);
    assertThat(benchmark.scoreInDuckDb(duckDb)).extracting(org.dangjian.testkit.baseline.MemberPointsByHand.Card::line)
        .isEqualTo(benchmark.scoreByHand().stream().map(org.dangjian.testkit.baseline.MemberPointsByHand.Card::line).toList());
    assertThat(benchmark.threeRulesByHand()).isNotEmpty();
    duckDb.close();
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
  void theIncrementalUpdatesKeepTheSessionEqualToAFullEvaluation() {
    IncrementalBenchmark benchmark = new IncrementalBenchmark();
    benchmark.size = "county";
    benchmark.setUp();
    int activities = benchmark.session.dataset().activities().size();
    var update = benchmark.activityAdded();
    assertThat(update.rerunWhole()).isEmpty();
    assertThat(update.reevaluated()).hasSize(1);
    assertThat(benchmark.ledgerEntryAdded().rerunPerBranch()).containsExactly("points-recorded");
    ComplianceReport report = benchmark.activityAddedAndReport();
    benchmark.ledgerEntryAddedAndReport();
    assertThat(benchmark.memberEventAdded().rerunPerBranch()).contains("branch-size");
    assertThat(benchmark.session.dataset().activities()).hasSize(activities + 2);
    assertThat(report.findings()).isNotEmpty();
    assertThat(benchmark.session.report()).isEqualTo(ComplianceEngine.evaluate(benchmark.session.dataset(),
        Workload.countyOverlay(), ReportingPeriod.year(2024), Workload.AS_OF));
  }

  @Test
  void theJsonLoadReadsTheRegionBack() {
    LoadBenchmark benchmark = new LoadBenchmark();
    benchmark.size = "county";
    benchmark.setUp();
    assertThat(benchmark.readJson().members()).hasSize(5_000);
    assertThat(benchmark.readJsonLines()).isEqualTo(benchmark.readJson());
  }

  @Test
  void theTokenParsesReadEveryToken() throws Exception {
    LoadBenchmark benchmark = new LoadBenchmark();
    benchmark.size = "county";
    benchmark.setUp();
    assertThat(benchmark.jacksonTokensJson()).isGreaterThan(1_000_000L);
    assertThat(benchmark.jacksonTokensJsonLines()).isGreaterThan(benchmark.jacksonTokensJson());
  }
}
