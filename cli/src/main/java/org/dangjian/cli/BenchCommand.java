package org.dangjian.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.Year;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.dangjian.cli.render.TextTable;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.json.DatasetFormat;
import org.dangjian.core.json.Layout;
import org.dangjian.core.json.Syntax;
import org.dangjian.core.parallel.Fanout;
import org.dangjian.core.time.ReportingPeriod;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.ComplianceReport;
import org.dangjian.rules.ComplianceSession;
import org.dangjian.rules.RuleSet;
import org.dangjian.rules.RuleSetRegistry;
import org.dangjian.scoring.SchemeRegistry;
import org.dangjian.scoring.ScoringEngine;
import org.dangjian.scoring.ScoringScheme;
import org.dangjian.testkit.RegionGenerator;
import org.dangjian.testkit.NewRecords;
import org.dangjian.testkit.baseline.MemberPointsByHand;
import org.dangjian.testkit.baseline.ThreeRulesByHand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dangjian bench county|city|province}: the benchmarks' figures without JMH, for a quick look —
 * each operation run a few times after a warm-up, the fastest run reported. JMH's figures (and Drools')
 * come from {@code tools/run-benchmarks.sh}.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Times generation, JSON load, full-year evaluation (cn-national) and scoring (member-points) on every core and "
        + "on one, each beside its hand-written baseline as a ratio, and the three rules by engine and by hand-written loops on "
        + "a seeded region; reports the fastest of a few runs and the bytes per member the dataset holds. A quick look: JMH "
        + "gives the figures to quote (tools/run-benchmarks.sh).")
final class BenchCommand implements Callable<Integer> {
  private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", defaultValue = "county", paramLabel = "SIZE", description = "county (default, 5,000 members), city (50,000) "
      + "or province (500,000; give the JVM 8 GB: JAVA_TOOL_OPTIONS=-Xmx8g).")
  String size;

  @Option(names = "--runs", defaultValue = "5", description = "Timed runs per operation after one warm-up run (default: ${DEFAULT-VALUE}).")
  int runs;

  @Option(names = "--seed", defaultValue = "20240101", description = "The region's seed (default: ${DEFAULT-VALUE}, the benchmarks').")
  long seed;

  @Override
  public Integer call() {
    String chosen = Options.oneOf(spec, "SIZE", size, "county", "city", "province");
    if (runs < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--runs must be at least 1, not " + runs);
    }
    PrintWriter out = spec.commandLine().getOut();
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long before = usedAfterGc(memory);
    long start = System.nanoTime();
    Dataset dataset = RegionGenerator.generate(RegionGenerator.Size.named(chosen), seed);
    long generated = System.nanoTime() - start;
    long retained = usedAfterGc(memory) - before;
    int members = dataset.members().size();
    out.println(chosen + ": " + members + " members, " + dataset.organisations().size() + " organisations, "
        + dataset.activities().size() + " activities, " + dataset.duesPayments().size() + " dues payments, "
        + dataset.ledger().size() + " ledger entries (seed " + seed + "); generated in " + millis(generated));
    out.println("memory: " + retained / members + " bytes per member retained by the dataset (heap used after a full GC with "
        + "the dataset reachable, less before it was made, over the members)");

    RuleSet national = RuleSetRegistry.standard().resolve("cn-national", AS_OF);
    ScoringScheme points = SchemeRegistry.standard().resolve("member-points", AS_OF);
    RuleSet three = ThreeRulesByHand.engineRuleSet(AS_OF);
    ReportingPeriod year = ReportingPeriod.year(2024);
    // An evaluation whose report is dropped: what stays is the dataset with the indexes built on first use.
    ComplianceEngine.evaluate(dataset, national, year, AS_OF);
    long withIndexes = usedAfterGc(memory) - before;
    out.println("memory after an evaluation: " + withIndexes / members + " bytes per member (the dataset with the indexes "
        + "and timelines evaluation builds on first use: activities by attendee, each member's states)");
    out.println();
    ComplianceReport report = ComplianceEngine.evaluate(dataset, national, year, AS_OF);

    TextTable table = new TextTable(false, true, false);
    table.row("operation", "fastest", "");
    if (chosen.equals("province")) {
      // About 3 GB of JSON: more than one Java array holds; the file is read from disk instead (README).
      table.row("JSON load", "-", "not measured here (about 3 GB): validate its JSON Lines file instead, see the README");
    } else {
      byte[] json = DatasetFormat.write(dataset, Syntax.JSON, Layout.RECORD_PER_LINE).getBytes(StandardCharsets.UTF_8);
      long load = fastest(() -> DatasetFormat.read(json, "region.json", Syntax.JSON));
      table.row("JSON load (" + json.length / (1024 * 1024) + " MB, validated)", millis(load), "");
    }
    long evaluate = fastest(() -> ComplianceEngine.evaluate(dataset, national, year, AS_OF));
    long evaluateAlone = fastest(() -> ComplianceEngine.evaluate(dataset, national, year, AS_OF, Runnable::run, 1));
    int threads = Fanout.defaultParallelism();
    table.row("evaluation, cn-national, 2024 (" + threads + " threads)", millis(evaluate), report.findings().size() + " findings; "
        + "a speed-up of " + ratio(evaluateAlone, evaluate) + " over one thread");
    table.row("evaluation, one thread", millis(evaluateAlone), "");
    long score = fastest(() -> ScoringEngine.score(dataset, points, 2024, report));
    long scoreAlone = fastest(() -> ScoringEngine.score(dataset, points, Year.of(2024), report, Runnable::run, 1));
    long scoreByHand = fastest(() -> MemberPointsByHand.score(dataset, report, 2024));
    table.row("scoring, member-points (" + threads + " threads)", millis(score), ratio(score, scoreByHand) + " the hand-written loop; "
        + "a speed-up of " + ratio(scoreAlone, score) + " over one thread");
    table.row("scoring, one thread", millis(scoreAlone), ratio(scoreAlone, scoreByHand) + " the hand-written loop");
    table.row("scoring, hand-written loop", millis(scoreByHand), "one thread; DuckDB's figure: tools/run-benchmarks.sh");
    long engine = fastest(() -> ComplianceEngine.evaluate(dataset, three, year, AS_OF));
    long byHand = fastest(() -> ThreeRulesByHand.evaluate(dataset, AS_OF));
    table.row("evaluation and scoring", millis(evaluate + score), ratio(evaluate + score, byHand) + " the three-rule loops");
    table.row("three rules, engine", millis(engine), ratio(engine, byHand) + " the hand-written loops");
    table.row("three rules, hand-written loops", millis(byHand), "");
    // A dashboard's session: one full evaluation, then one new record at a time.
    RuleSet overlay = RuleSetRegistry.standard().resolve("county-first-topic", AS_OF);
    long sessionStart = System.nanoTime();
    ComplianceSession session = ComplianceSession.start(dataset, overlay, year, AS_OF);
    table.row("session start, county-first-topic", millis(System.nanoTime() - sessionStart), "one full evaluation");
    NewRecords records = new NewRecords(dataset);
    table.row("incremental: one new activity", micros(meanOf(() -> session.apply(records.nextActivity()))), "mean of " + CHANGES);
    table.row("incremental: one new activity, then the report", micros(meanOf(() -> {
      session.apply(records.nextActivity());
      return session.report();
    })), "mean of " + CHANGES);
    table.row("incremental: one new ledger entry", micros(meanOf(() -> session.apply(records.nextLedgerEntry()))),
        "mean of " + CHANGES);
    out.print(table.render(0));
    return 0;
  }

  private long fastest(Supplier<?> operation) {
    operation.get();
    long best = Long.MAX_VALUE;
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      Object result = operation.get();
      best = Math.min(best, System.nanoTime() - start);
      if (result == null) {
        throw new IllegalStateException("an operation returned nothing");
      }
    }
    return best;
  }

  /** Changes timed per incremental row, after as many to warm up. */
  private static final int CHANGES = 2_000;

  /** @return the mean time of one change, over {@link #CHANGES} after as many to warm up */
  private static long meanOf(Supplier<?> change) {
    for (int i = 0; i < CHANGES; i++) {
      change.get();
    }
    long start = System.nanoTime();
    for (int i = 0; i < CHANGES; i++) {
      if (change.get() == null) {
        throw new IllegalStateException("a change returned nothing");
      }
    }
    return (System.nanoTime() - start) / CHANGES;
  }

  private static String micros(long nanos) {
    return Math.round(nanos / 1000.0) + " µs";
  }

  /** Measuring retained memory needs full collections; a few in a row let the heap settle. */
  private static long usedAfterGc(MemoryMXBean memory) {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }

  private static String millis(long nanos) {
    long tenths = Math.round(nanos / 100_000.0);
    return tenths / 10 + "." + tenths % 10 + " ms";
  }

  private static String ratio(long numerator, long denominator) {
    long tenths = Math.round(10.0 * numerator / denominator);
    return tenths / 10 + "." + tenths % 10 + "×";
  }
}
