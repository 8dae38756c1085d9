package org.dangjian.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dangjian.benchmarks.drools.DroolsThreeRules;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.time.ReportingPeriod;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.ComplianceReport;
import org.dangjian.rules.RuleSet;
import org.dangjian.testkit.baseline.ThreeRulesByHand;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The same three rules — monthly 支委会, six months without dues, the 支部党员大会 quorum — three ways:
 * the engine running a rule set of just those rules, the hand-written loops (the practical limit) and
 * Drools (what a team would otherwise use). All three give the same findings (tests check it).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ThreeRulesBenchmark {
  /** The region's size. */
  @Param({"county", "city"})
  public String size;

  Dataset dataset;
  RuleSet three;
  DroolsThreeRules drools;

  /** Generates the region, resolves the three-rule set and compiles the DRL. */
  @Setup(Level.Trial)
  public void setUp() {
    dataset = Workload.dataset(size);
    three = ThreeRulesByHand.engineRuleSet(Workload.AS_OF);
    drools = new DroolsThreeRules();
  }

  /** @return the engine's report */
  @Benchmark
  public ComplianceReport engine() {
    return ComplianceEngine.evaluate(dataset, three, ReportingPeriod.year(2024), Workload.AS_OF);
  }

  /** @return the hand-written loops' findings */
  @Benchmark
  public List<String> handWritten() {
    return ThreeRulesByHand.evaluate(dataset, Workload.AS_OF);
  }

  /** @return Drools' findings (facts made and inserted, rules fired, in a new session) */
  @Benchmark
  public List<String> drools() {
    return drools.evaluate(dataset, Workload.AS_OF);
  }
}
