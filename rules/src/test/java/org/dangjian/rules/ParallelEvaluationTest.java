package org.dangjian.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.dangjian.core.DangjianException;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.json.Syntax;
import org.dangjian.core.time.ReportingPeriod;
import org.dangjian.rules.spi.Dependencies;
import org.dangjian.rules.spi.Rule;
import org.dangjian.rules.spi.RuleParameters;
import org.dangjian.rules.spi.RuleType;
import org.junit.jupiter.api.Test;

/** Rules run side by side report as they do one by one, failures included. */
class ParallelEvaluationTest {
  private static final LocalDate YEAR_END = LocalDate.of(2024, 12, 31);

  /** A type whose rules fail with their own id, after a moment, so that on several threads a later one may fail first. */
  private static final RuleType FAILING = new RuleType() {
    @Override
    public String name() {
      return "failing";
    }

    @Override
    public Set<String> messageCodes() {
      return Set.of();
    }

    @Override
    public Rule create(RuleParameters parameters) {
      long pause = parameters.integer("pause", 0);
      // A per-branch rule runs on several threads as several tasks, one per run of branches: each fails.
      Dependencies dependencies = parameters.integer("perBranch", 0) == 1
          ? Dependencies.perBranch(Dependencies.Records.ACTIVITIES) : Dependencies.whole();
      return Rule.of(dependencies, context -> {
        try {
          Thread.sleep(pause);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        throw new IllegalStateException("refused by " + context.entry().id());
      });
    }
  };

  @Test
  void ofSeveralFailingRulesTheFirstInTheSetsOrderIsReportedOnAnyNumberOfThreads() {
    assertFirstToFail("a-slow", """
          - {id: a-slow, type: failing, severity: notice, citation: {document: 测试}, parameters: {pause: 200}}
          - {id: b-fast, type: failing, severity: notice, citation: {document: 测试}, parameters: {pause: 0}}
        """);
  }

  @Test
  void aPerBranchRuleSplitIntoRunsOfBranchesStillFailsFirstInTheSetsOrder() {
    // On several threads the whole rule b-fast runs first and fails at once; a-branches runs as one task per run of
    // branches, each failing later. The set's order decides.
    assertFirstToFail("a-branches", """
          - {id: a-branches, type: failing, severity: notice, citation: {document: 测试}, parameters: {pause: 100, perBranch: 1}}
          - {id: b-fast, type: failing, severity: notice, citation: {document: 测试}, parameters: {pause: 0}}
        """);
  }

  /** Evaluates a set of the rules given on 1, 2 and 4 threads: each time the rule named is the one reported. */
  private static void assertFirstToFail(String expected, String rules) {
    RuleSetRegistry registry = RuleSetRegistry.builder().ruleType(FAILING).build().with(RuleSetDefinition.parse("""
        schema: dangjian/rule-set@1
        id: failing-set
        version: "1"
        title: 失败
        effective: {from: 2024-01-01}
        rules:
        """ + rules, "failing.yaml", Syntax.YAML));
    RuleSet set = registry.resolve("failing-set", YEAR_END);
    Dataset dataset = new Fixture().build();
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      for (int threads : new int[] {1, 2, 4}) {
        DangjianException e = catchThrowableOfType(DangjianException.class, () -> ComplianceEngine.evaluate(dataset, set,
            ReportingPeriod.year(2024), YEAR_END, threads == 1 ? Runnable::run : pool, threads));
        assertThat(e).as("%s threads", threads).isNotNull();
        assertThat(e.getMessage()).as("%s threads", threads).startsWith("rule '" + expected + "' (failing) failed: ")
            .contains("refused by " + expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
