package org.dangjian.benchmarks;

import java.util.concurrent.TimeUnit;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.time.ReportingPeriod;
import org.dangjian.rules.ComplianceReport;
import org.dangjian.rules.ComplianceSession;
import org.dangjian.testkit.NewRecords;
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
 * A dashboard's update: a {@link ComplianceSession} on the region under {@code county-first-topic}
 * (the national baseline plus the county overlay, whose points-recorded rule reads the ledger) takes one
 * new record from {@link NewRecords} — an activity (a 支委会 of the next branch in turn) or a ledger
 * entry (for the next member in turn) — and re-evaluates what it touches; with {@code AndReport}, the
 * new full report is then assembled too. Each call adds a new record, so the session grows through the
 * run (by a few thousand records, against the city's hundreds of thousands).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class IncrementalBenchmark {
  /** The region's size. */
  @Param({"county", "city"})
  public String size;

  ComplianceSession session;
  private NewRecords records;

  /** Generates the region and starts a session on it (one full evaluation). */
  @Setup(Level.Trial)
  public void setUp() {
    Dataset dataset = Workload.dataset(size);
    session = ComplianceSession.start(dataset, Workload.countyOverlay(), ReportingPeriod.year(2024), Workload.AS_OF);
    records = new NewRecords(dataset);
  }

  /** @return what the new activity changed */
  @Benchmark
  public ComplianceSession.Update activityAdded() {
    return session.apply(records.nextActivity());
  }

  /** @return the report after the new activity */
  @Benchmark
  public ComplianceReport activityAddedAndReport() {
    session.apply(records.nextActivity());
    return session.report();
  }

  /** @return what the new ledger entry changed */
  @Benchmark
  public ComplianceSession.Update ledgerEntryAdded() {
    return session.apply(records.nextLedgerEntry());
  }

  /** @return what the new member event (a retirement) changed: the member indexes rebuilt, member rules re-run */
  @Benchmark
  public ComplianceSession.Update memberEventAdded() {
    return session.apply(records.nextMemberEvent());
  }

  /** @return the report after the new ledger entry */
  @Benchmark
  public ComplianceReport ledgerEntryAddedAndReport() {
    session.apply(records.nextLedgerEntry());
    return session.report();
  }
}
