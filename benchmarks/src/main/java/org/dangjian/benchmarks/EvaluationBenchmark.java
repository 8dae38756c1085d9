package org.dangjian.benchmarks;

import java.util.concurrent.TimeUnit;
import java.util.List;
import org.dangjian.benchmarks.sql.MemberPointsInDuckDb;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.time.ReportingPeriod;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.ComplianceReport;
import org.dangjian.rules.RuleSet;
import org.dangjian.scoring.ScoreBoard;
import org.dangjian.scoring.ScoringEngine;
import org.dangjian.scoring.ScoringScheme;
import org.dangjian.testkit.baseline.MemberPointsByHand;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Full-year compliance under the national baseline, and scoring with member points, by region size, each
 * beside its baselines in the same run: scoring by the hand-written loop ({@link MemberPointsByHand}, the
 * practical limit) and by one SQL query in DuckDB ({@link MemberPointsInDuckDb}, its tables loaded before
 * timing), and the whole job beside the three-rule hand-written loops ({@link ThreeRulesByHand}). The
 * engine's rows use every core (the caller and the common pool); the {@code OneThread} rows, the caller
 * alone — their ratio is the parallel speed-up.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// A fixed heap: the region and the results are large, and a heap that grows and shrinks between
// iterations made the error bars wider than the figures.
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EvaluationBenchmark {
  /** The region's size. */
  @Param({"county", "city", "province"})
  public String size;

  Dataset dataset;
  RuleSet national;
  ScoringScheme memberPoints;
  ComplianceReport report;

  /** Generates the region and evaluates it once, for the scoring benchmarks. */
  @Setup(Level.Trial)
  public void setUp() {
    dataset = Workload.dataset(size);
    national = Workload.national();
    memberPoints = Workload.memberPoints();
    report = evaluate();
  }

  /** DuckDB's tables, loaded from the workload for {@link #scoreInDuckDb} alone (at province size that takes minutes). */
  @State(Scope.Benchmark)
  public static class DuckDb {
    MemberPointsInDuckDb database;

    /**
     * Loads the tables.
     *
     * @param workload the region and its report
     */
    @Setup(Level.Trial)
    public void load(EvaluationBenchmark workload) {
      database = MemberPointsInDuckDb.load(workload.dataset, workload.report, 2024);
    }

    /** Closes DuckDB. */
    @TearDown(Level.Trial)
    public void close() {
      database.close();
    }
  }

  /** @return the year's report under cn-national */
  @Benchmark
  public ComplianceReport evaluate() {
    return ComplianceEngine.evaluate(dataset, national, ReportingPeriod.year(2024), Workload.AS_OF);
  }

  /** @return the year's report under cn-national, on the calling thread alone: the base of the parallel speed-up */
  @Benchmark
  public ComplianceReport evaluateOneThread() {
    return ComplianceEngine.evaluate(dataset, national, ReportingPeriod.year(2024), Workload.AS_OF, Runnable::run, 1);
  }

  /** @return the member-points board on the calling thread alone: the base of the parallel speed-up */
  @Benchmark
  public ScoreBoard scoreOneThread() {
    return ScoringEngine.score(dataset, memberPoints, java.time.Year.of(2024), report, Runnable::run, 1);
  }

  /** @return the member-points board, given the year's report */
  @Benchmark
  public ScoreBoard score() {
    return ScoringEngine.score(dataset, memberPoints, 2024, report);
  }

  /** @return evaluation and scoring together: what a year-end run costs */
  @Benchmark
  public ScoreBoard evaluateAndScore() {
    return ScoringEngine.score(dataset, memberPoints, 2024, evaluate());
  }

  /** @return the member-points cards by the hand-written loop: the practical limit of {@link #score} */
  @Benchmark
  public List<MemberPointsByHand.Card> scoreByHand() {
    return MemberPointsByHand.score(dataset, report, 2024);
  }

  /**
   * @param duckDb the tables, loaded before timing
   * @return the member-points cards by one SQL query in DuckDB: what a data team would write
   */
  @Benchmark
  public List<MemberPointsByHand.Card> scoreInDuckDb(DuckDb duckDb) {
    return duckDb.database.score();
  }

  /** @return the three rules by hand-written loops: the yardstick of the whole job ({@link #evaluateAndScore}) */
  @Benchmark
  public List<String> threeRulesByHand() {
    return ThreeRulesByHand.evaluate(dataset, Workload.AS_OF);
  }
}
