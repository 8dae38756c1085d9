package org.dangjian.spark;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.sql.SparkSession;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.json.DatasetFormat;
import org.dangjian.core.statistics.Statistics;
import org.dangjian.core.time.ReportingPeriod;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.ComplianceReport;
import org.dangjian.rules.RuleSet;
import org.dangjian.rules.RuleSetRegistry;
import org.dangjian.scoring.SchemeRegistry;
import org.dangjian.scoring.ScoringEngine;
import org.dangjian.testkit.RegionGenerator;

/**
 * The scaling table of the README (not a test; {@code tools/spark-scaling.sh} runs it): a generated region cut
 * into 2, 8 and 32 parts, the job on {@code local[1]} and {@code local[2]}, each configuration run three
 * times and the fastest of the last two kept, beside one machine doing the same in the same JVM (the part
 * files read and merged, evaluated, scored and counted on every core), and the heap's peak while the job runs. Wall-clock figures of one run of a program, not
 * JMH: Spark's own start-up and scheduling are part of what is measured.
 */
public final class ScalingRun {
  private ScalingRun() {}

  /**
   * @param args the region's size ({@code county}, {@code city}; default {@code city})
   * @throws Exception if the parts cannot be written
   */
  public static void main(String[] args) throws Exception {
    RegionGenerator.Size size = RegionGenerator.Size.named(args.length > 0 ? args[0] : "city");
    LocalDate asOf = LocalDate.of(2024, 12, 31);
    RegionJob.Settings settings = new RegionJob.Settings("cn-national", List.of("member-points"), asOf);
    Dataset region = RegionGenerator.generate(size, 42);
    System.out.println(String.format(Locale.ROOT, "region: %d members, %d organisations; rule set cn-national, scheme member-points",
        region.members().size(), region.organisations().size()));

    RuleSet rules = RuleSetRegistry.standard().resolve("cn-national", asOf);
    Path temp = Files.createTempDirectory("dangjian-scaling");
    Path eight = temp.resolve("baseline-8");
    DatasetFormat.writeParts(region.partition(RegionJobTest.buckets(8)), eight, DatasetFormat.PersonalDataPolicy.INCLUDE);
    long best = Long.MAX_VALUE;
    long bestInMemory = Long.MAX_VALUE;
    for (int run = 0; run < 3; run++) {
      System.gc();
      long started = System.nanoTime();
      Dataset read = DatasetFormat.read(eight);
      long loaded = System.nanoTime();
      ComplianceReport report = ComplianceEngine.evaluate(read, rules, ReportingPeriod.year(2024), asOf);
      ScoringEngine.score(read, SchemeRegistry.standard().resolve("member-points", asOf), 2024, report);
      Statistics.of(read, 2024);
      long done = System.nanoTime();
      if (run > 0) {
        best = Math.min(best, done - started);
        bestInMemory = Math.min(bestInMemory, done - loaded);
      }
    }
    System.out.println(String.format(Locale.ROOT, "one machine, every core: the 8 part files read and merged, evaluated, scored and"
        + " counted: %.2f s (of which evaluated, scored and counted: %.2f s)", best / 1e9, bestInMemory / 1e9));

    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.out.println("| master | parts | job | per part | heap peak |");
    System.out.println("|---|---|---|---|---|");
    for (String master : List.of("local[1]", "local[2]")) {
      SparkSession spark = RunRegion.localSession(master);
      for (int n : new int[] {2, 8, 32}) {
        Path folder = temp.resolve(master.replaceAll("\\W", "") + "-" + n);
        DatasetFormat.writeParts(region.partition(RegionJobTest.buckets(n)), folder, DatasetFormat.PersonalDataPolicy.INCLUDE);
        List<Path> parts = RegionJob.partFiles(folder);
        long fastest = Long.MAX_VALUE;
        AtomicLong peak = new AtomicLong();
        Thread sampler = new Thread(() -> {
          while (!Thread.currentThread().isInterrupted()) {
            peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            try {
              Thread.sleep(20);
            } catch (InterruptedException e) {
              return;
            }
          }
        });
        sampler.setDaemon(true);
        sampler.start();
        for (int run = 0; run < 3; run++) {
          System.gc();
          long started = System.nanoTime();
          RegionJob.Result result = RegionJob.run(spark, parts, settings);
          result.findings().count();
          result.cards().count();
          result.summaries().count();
          result.statistics().count();
          long took = System.nanoTime() - started;
          fastest = run == 0 ? fastest : Math.min(fastest, took);
        }
        sampler.interrupt();
        System.out.println(String.format(Locale.ROOT, "| %s | %d (%d files) | %.2f s | %.0f ms | %d MB |", master, n, parts.size(),
            fastest / 1e9, fastest / 1e6 / parts.size(), peak.get() >> 20));
      }
      spark.stop();
    }
  }
}
