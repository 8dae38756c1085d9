package org.dangjian.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.activity.ActivityId;
import org.dangjian.core.activity.ActivityType;
import org.dangjian.core.activity.AgendaItem;
import org.dangjian.core.assessment.LedgerEntry;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dataset.DatasetChange;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.time.ReportingPeriod;
import org.dangjian.rules.ComplianceReport;
import org.dangjian.rules.ComplianceSession;
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
 * new record — an activity (a 支委会 of the next branch in turn, its committee attending) or a ledger
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
  private List<Organisation> branches;
  private List<Member> members;
  private long next;

  /** Generates the region and starts a session on it (one full evaluation). */
  @Setup(Level.Trial)
  public void setUp() {
    Dataset dataset = Workload.dataset(size);
    session = ComplianceSession.start(dataset, Workload.countyOverlay(), ReportingPeriod.year(2024), Workload.AS_OF);
    branches = dataset.organisations().stream().filter(o -> o.kind().isBranch() && o.existsOn(Workload.AS_OF)).toList();
    members = dataset.members();
  }

  /** @return the next activity: a 支委会 of the next branch, on a day from February to December 2024 */
  DatasetChange nextActivity() {
    long n = next++;
    Organisation branch = branches.get((int) (n % branches.size()));
    List<MemberId> attendees = session.dataset().membersOf(branch.id()).stream().limit(5).map(Member::id).toList();
    LocalDate day = LocalDate.of(2024, 2 + (int) (n % 11), 1 + (int) (n % 28)); // after the region's first activity
    return DatasetChange.activity(Activity.builder().id(ActivityId.of("bench-" + n)).organisation(branch.id())
        .type(ActivityType.BRANCH_COMMITTEE_MEETING).date(day).attendees(attendees).host(attendees.get(0))
        .recorder(attendees.get(attendees.size() - 1)).addAgenda(AgendaItem.firstTopic("学习习近平总书记重要讲话精神")).build());
  }

  /** @return the next ledger entry: a point for the next member, on a day of 2024 */
  DatasetChange nextLedgerEntry() {
    long n = next++;
    Member member = members.get((int) (n % members.size()));
    return DatasetChange.ledgerEntry(new LedgerEntry(LocalDate.of(2024, 1 + (int) (n % 12), 1 + (int) (n % 28)), member.id(),
        "volunteer-service", BigDecimal.ONE, Optional.empty(), Optional.empty()));
  }

  /** @return what the new activity changed */
  @Benchmark
  public ComplianceSession.Update activityAdded() {
    return session.apply(nextActivity());
  }

  /** @return the report after the new activity */
  @Benchmark
  public ComplianceReport activityAddedAndReport() {
    session.apply(nextActivity());
    return session.report();
  }

  /** @return what the new ledger entry changed */
  @Benchmark
  public ComplianceSession.Update ledgerEntryAdded() {
    return session.apply(nextLedgerEntry());
  }

  /** @return the report after the new ledger entry */
  @Benchmark
  public ComplianceReport ledgerEntryAddedAndReport() {
    session.apply(nextLedgerEntry());
    return session.report();
  }
}
