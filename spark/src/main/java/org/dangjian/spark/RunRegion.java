package org.dangjian.spark;

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

/**
 * The job from the command line, for {@code spark-submit} or a local run:
 *
 * <pre>
 * RunRegion PARTS OUT [--rules ID] [--schemes ID,ID] [--as-of DAY] [--master URL]
 * </pre>
 *
 * reads the part files in the folder {@code PARTS}, and writes {@code OUT/findings}, {@code OUT/summaries}
 * and {@code OUT/cards} as Parquet. The defaults: {@code cn-national}, {@code member-points,branch-stars},
 * {@code 2024-12-31}; the master is {@code spark-submit}'s, or {@code local[*]} when run directly.
 */
public final class RunRegion {
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
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--rules" -> rules = value(args, ++i);
          case "--schemes" -> schemes = Arrays.asList(value(args, ++i).split(","));
          case "--as-of" -> asOf = LocalDate.parse(value(args, ++i));
          case "--master" -> master = value(args, ++i);
          default -> positional.add(args[i]);
        }
      }
      if (positional.size() != 2) {
        throw new IllegalArgumentException("usage: RunRegion PARTS OUT [--rules ID] [--schemes ID,ID] [--as-of DAY] [--master URL]");
      }
    } catch (IllegalArgumentException | DateTimeParseException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    SparkSession spark = master != null ? localSession(master)
        : SparkSession.getActiveSession().isDefined() || System.getProperty("spark.master") != null
            ? SparkSession.builder().appName("dangjian").getOrCreate() : localSession("local[*]");
    try {
      RegionJob.Result result = RegionJob.run(spark, RegionJob.partFiles(Path.of(positional.get(0))),
          new RegionJob.Settings(rules, schemes, asOf));
      Path out = Path.of(positional.get(1));
      result.findings().write().mode(SaveMode.Overwrite).parquet(out.resolve("findings").toString());
      result.summaries().write().mode(SaveMode.Overwrite).parquet(out.resolve("summaries").toString());
      result.cards().write().mode(SaveMode.Overwrite).parquet(out.resolve("cards").toString());
      System.out.println(String.format(Locale.ROOT, "%d findings, %d organisations, %d cards written to %s",
          result.findings().count(), result.summaries().count(), result.cards().count(), out));
    } catch (DangjianException | IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(1);
    } finally {
      spark.stop();
    }
  }

  private static String value(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException(args[i - 1] + " needs a value");
    }
    return args[i];
  }
}
