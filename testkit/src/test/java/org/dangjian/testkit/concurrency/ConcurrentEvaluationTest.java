package org.dangjian.testkit.concurrency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.json.DatasetFormat;
import org.dangjian.core.json.Syntax;
import org.dangjian.core.time.ReportingPeriod;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.ComplianceReport;
import org.dangjian.rules.ComplianceReportFormat;
import org.dangjian.rules.RuleSet;
import org.dangjian.rules.RuleSetRegistry;
import org.dangjian.scoring.SchemeRegistry;
import org.dangjian.scoring.ScoreBoardFormat;
import org.dangjian.scoring.ScoringEngine;
import org.dangjian.scoring.ScoringScheme;
import org.dangjian.testkit.SampleCounty;
import org.junit.jupiter.api.Test;

/**
 * The engines are stateless and the values immutable (lazily derived parts included, such as a
 * member's timeline of states): eight threads evaluating and scoring one dataset at once, many times,
 * produce exactly the bytes one thread does.
 */
class ConcurrentEvaluationTest {
  private static final int THREADS = 8;
  private static final int ROUNDS = 6;
  private static final LocalDate YEAR_END = LocalDate.of(2024, 12, 31);

  private static String run(Dataset dataset, RuleSet rules, ScoringScheme scheme) {
    ComplianceReport report = ComplianceEngine.evaluate(dataset, rules, ReportingPeriod.year(2024), YEAR_END);
    return ComplianceReportFormat.write(report) + ScoreBoardFormat.write(ScoringEngine.score(dataset, scheme, 2024, report), scheme);
  }

  /**
   * One evaluation and one scoring split over 1, 2 and 8 threads (rules side by side, cards in chunks) give
   * exactly the bytes of the caller alone, for every built-in scheme over a generated county large enough
   * to be cut into many chunks.
   */
  @org.junit.jupiter.params.ParameterizedTest(name = "{0}")
  @org.junit.jupiter.params.provider.ValueSource(strings = {"member-points", "branch-stars", "organisation-ranking",
      "year-end-appraisal"})
  void splittingTheWorkOverThreadsGivesTheBytesOfOneThread(String schemeId) {
    Dataset region = REGION.get();
    RuleSet rules = RuleSetRegistry.standard().resolve("county-first-topic", YEAR_END);
    ScoringScheme scheme = SchemeRegistry.standard().resolve(schemeId, YEAR_END);
    String expected = split(region, rules, scheme, Runnable::run, 1);
    assertThat(expected).contains("\"cards\"");
    for (int threads : new int[] {2, 8}) {
      ExecutorService pool = Executors.newFixedThreadPool(threads - 1);
      try {
        assertThat(split(region, rules, scheme, pool, threads)).as("%s threads", threads).isEqualTo(expected);
      } finally {
        pool.shutdownNow();
      }
    }
    assertThat(run(region, rules, scheme)).as("the default executor").isEqualTo(expected);
  }

  private static final java.util.function.Supplier<Dataset> REGION =
      com.google.common.base.Suppliers.memoize(() -> org.dangjian.testkit.RegionGenerator.generate(
          org.dangjian.testkit.RegionGenerator.Size.COUNTY, 3));

  private static String split(Dataset dataset, RuleSet rules, ScoringScheme scheme, java.util.concurrent.Executor executor, int threads) {
    ComplianceReport report = ComplianceEngine.evaluate(dataset, rules, ReportingPeriod.year(2024), YEAR_END, executor, threads);
    return ComplianceReportFormat.write(report)
        + ScoreBoardFormat.write(ScoringEngine.score(dataset, scheme, java.time.Year.of(2024), report, executor, threads), scheme);
  }

  @Test
  void eightThreadsGiveTheBytesOfOne() throws Exception {
    RuleSet rules = RuleSetRegistry.standard().resolve("county-first-topic", YEAR_END);
    ScoringScheme scheme = SchemeRegistry.standard().resolve("year-end-appraisal", YEAR_END);
    // A fresh dataset for the threads, so that every lazily derived value is first computed under contention.
    String expected = run(SampleCounty.dataset(), rules, scheme);
    Dataset shared = DatasetFormat.read(DatasetFormat.write(SampleCounty.dataset(), Syntax.JSON), "sample.json", Syntax.JSON);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          Callable<String> task = () -> {
            start.await();
            return run(shared, rules, scheme);
          };
          results.add(pool.submit(task));
        }
        start.countDown();
        for (Future<String> result : results) {
          assertThat(result.get(5, TimeUnit.MINUTES)).as("round %s", round).isEqualTo(expected);
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
