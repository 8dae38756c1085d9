package org.dangjian.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.dangjian.core.DangjianException;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.json.DatasetFormat;

/**
 * The job from the command line, for {@code spark-submit} or a local run ({@code ./dangjian-spark}):
 *
 * <pre>
 * RunRegion INPUT OUT [--parts-by-depth N] [--statistics-at N] [--rules ID] [--schemes ID,ID] [--as-of DAY] [--master URL]
 * </pre>
 *
 * {@code INPUT} is a folder of part files; a Parquet table of their lines ({@code *.parquet}, {@link
 * RegionJob#partLines}); or one dataset file, or {@code sample} (the sample county, from
 * dangjian-testkit on the class path), cut into parts by their organisations' ancestor at depth {@code N}
 * (default 1) and written to {@code OUT/parts} first. The job writes {@code OUT/findings}, {@code
 * OUT/summaries}, {@code OUT/cards} and {@code OUT/statistics} as Parquet ({@code --statistics-at N}: every
 * organisation's at depth N too). The defaults: {@code
 * cn-national}, {@code member-points,branch-stars}, {@code 2024-12-31}; the master is {@code
 * spark-submit}'s, or {@code local[*]} when run directly.
 */
public final class RunRegion {
  /** The sample county's dataset, in dangjian-testkit. */
  private static final String SAMPLE = "/org/dangjian/testkit/sample/qinghe-county.json";

  private RunRegion() {}

  /**
   * @param master a Spark master URL ({@code local[2]})
   * @return a session for a run on this machine: no web UI, few shuffle partitions, the loopback address
   */
  public static SparkSession localSession(String master) {
    return SparkSession.builder().appName("dangjian").master(master).config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4").config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
  }

  /**
   * @param args {@code PARTS OUT} and the options
   */
  public static void main(String[] args) {
    List<String> positional = new ArrayList<>();
    String rules = "cn-national";
    List<String> schemes = List.of("member-points", "branch-stars");
    LocalDate asOf = LocalDate.of(2024, 12, 31);
    String master = null;
    int depth = 1;
    Integer statisticsDepth = null;
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--rules" -> rules = value(args, ++i);
          case "--schemes" -> schemes = Arrays.asList(value(args, ++i).split(","));
          case "--as-of" -> asOf = LocalDate.parse(value(args, ++i));
          case "--master" -> master = value(args, ++i);
          case "--parts-by-depth" -> depth = Integer.parseInt(value(args, ++i));
          case "--statistics-at" -> statisticsDepth = Integer.parseInt(value(args, ++i));
          default -> positional.add(args[i]);
        }
      }
      if (positional.size() != 2) {
        throw new IllegalArgumentException(
            "usage: RunRegion INPUT OUT [--parts-by-depth N] [--statistics-at N] [--rules ID] [--schemes ID,ID] [--as-of DAY] [--master URL]");
      }
    } catch (IllegalArgumentException | DateTimeParseException e) { // NumberFormatException is an IllegalArgumentException
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    SparkSession spark = master != null ? localSession(master)
        : SparkSession.getActiveSession().isDefined() || System.getProperty("spark.master") != null
            ? SparkSession.builder().appName("dangjian").getOrCreate() : localSession("local[*]");
    try {
      Path out = Path.of(positional.get(1));
      long started = System.nanoTime();
      RegionJob.Settings settings = new RegionJob.Settings(rules, schemes, asOf, statisticsDepth);
      String input = positional.get(0);
      RegionJob.Result result = input.endsWith(".parquet") ? RegionJob.run(spark, spark.read().parquet(input), settings)
          : RegionJob.run(spark, RegionJob.partFiles(parts(input, depth, out)), settings);
      result.findings().write().mode(SaveMode.Overwrite).parquet(out.resolve("findings").toString());
      result.summaries().write().mode(SaveMode.Overwrite).parquet(out.resolve("summaries").toString());
      result.cards().write().mode(SaveMode.Overwrite).parquet(out.resolve("cards").toString());
      result.statistics().write().mode(SaveMode.Overwrite).parquet(out.resolve("statistics").toString());
      System.out.println(String.format(Locale.ROOT, "%d findings, %d organisations' summaries, %d cards and %d statistics rows"
          + " written to %s (Parquet) in %.1f s", result.findings().count(), result.summaries().count(), result.cards().count(),
          result.statistics().count(), out, (System.nanoTime() - started) / 1e9));
    } catch (DangjianException | IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(1);
    } finally {
      spark.stop();
    }
  }

  /** The folder of part files: the input itself, or the input cut into parts and written to {@code out/parts}. */
  private static Path parts(String input, int depth, Path out) {
    Path path = Path.of(input);
    if (!input.equals("sample") && Files.isDirectory(path)) {
      return path;
    }
    Dataset region;
    if (input.equals("sample")) {
      byte[] sample;
      try (InputStream in = RunRegion.class.getResourceAsStream(SAMPLE)) {
        if (in == null) {
          throw new IllegalArgumentException("the sample county is in dangjian-testkit, which is not on the class path");
        }
        sample = in.readAllBytes();
      } catch (IOException e) {
        throw new DangjianException("cannot read the sample county: " + e.getMessage(), e);
      }
      region = DatasetFormat.read(sample, "qinghe-county.json", org.dangjian.core.json.Syntax.JSON);
    } else {
      region = DatasetFormat.read(path);
    }
    Path folder = out.resolve("parts");
    DatasetFormat.writeParts(region.partition(Dataset.byAncestorAt(depth)), folder, DatasetFormat.PersonalDataPolicy.INCLUDE);
    return folder;
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException(args[i - 1] + " needs a value");
    }
    return args[i];
  }
}
