package org.dangjian.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.dangjian.core.ValidationException;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.json.DatasetFormat;
import org.dangjian.core.json.DatasetFormat.PersonalDataPolicy;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.statistics.Statistics;
import org.dangjian.core.statistics.StatisticsReport;
import org.dangjian.core.time.ReportingPeriod;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.ComplianceReport;
import org.dangjian.rules.Finding;
import org.dangjian.rules.OrganisationSummary;
import org.dangjian.rules.PartEvaluation;
import org.dangjian.rules.Requirement;
import org.dangjian.rules.RuleSet;
import org.dangjian.rules.RuleSetRegistry;
import org.dangjian.scoring.SchemeRegistry;
import org.dangjian.scoring.ScoreCard;
import org.dangjian.scoring.ScoringEngine;
import org.dangjian.scoring.ScoringScheme;

/**
 * A region's year evaluated and scored on Spark, part by part, with the findings, summaries and cards of
 * one evaluation of the whole region on one machine.
 *
 * <p>The region is a folder of part files ({@link DatasetFormat#writeParts}: one JSON Lines file per county
 * or city, each a dataset of its own), on storage every executor reads. The job runs in four steps:
 * <ol>
 *   <li>each part's core — its organisations, members, units and the records the rule set's region rules
 *       read ({@link PartEvaluation#core}) — is made on the executors and merged on the driver into the
 *       region's core, which is small beside the region (no activities, dues or ledger);
 *   <li>on the executors, each part (kept from step 1 where it was read) evaluates the per-branch rules
 *       alone, takes the region rules' findings about its own organisations (the region rules run over the
 *       broadcast core once in each executor), scores each scheme's cards, unplaced ({@link
 *       ScoringEngine#scoreUnplaced}), and counts its statistics;
 *   <li>on the driver, the summaries are rolled up over the region's tree, and every scheme's cards —
 *       without their lines, which stay on the executors — are placed together ({@link ScoringEngine#place}),
 *       so a quota over the province is applied across its parts exactly as on one machine;
 *   <li>the placed cards are joined with their lines again on the executors, and the statistics added up
 *       in Spark.
 * </ol>
 * Each finding is judged once, by the part holding its organisation; a transfer between counties, kept in
 * both parts, is judged by each side about its own organisation only.
 */
public final class RegionJob {
  private RegionJob() {}

  /**
   * What the job gives: Spark DataFrames of {@link Rows#FINDINGS}, {@link Rows#SUMMARIES}, {@link Rows#CARDS} and
   * {@link Rows#STATISTICS}.
   *
   * @param findings every finding of the region, one row each
   * @param summaries every organisation's summary, rolled up over the whole region
   * @param cards every scheme's placed cards
   * @param statistics the region's statistics ({@link Rows#STATISTICS}, scope empty) and, where the settings ask,
   *     every organisation's at a depth (scope its id): every table's rows, each record counted once however many
   *     parts hold it, in the first row that counts it, as {@link org.dangjian.core.statistics.StatisticsReport#sum}
   *     adds reports up
   */
  public record Result(org.apache.spark.sql.Dataset<Row> findings, org.apache.spark.sql.Dataset<Row> summaries,
      org.apache.spark.sql.Dataset<Row> cards, org.apache.spark.sql.Dataset<Row> statistics) {}

  /**
   * The job's settings.
   *
   * @param ruleSet the rule set's id (built in, resolved on the day of evaluation)
   * @param schemes the ids of the schemes to score (built in)
   * @param asOf the day of evaluation; the year evaluated and scored is its year
   * @param statisticsDepth where given, the depth of the organisations whose statistics are counted besides the
   *     region's (their scope, in the statistics' {@code scope} column): the provinces of a nation, the cities of a
   *     province; the region must be cut at that depth or below
   */
  public record Settings(String ruleSet, List<String> schemes, LocalDate asOf, @org.jspecify.annotations.Nullable Integer statisticsDepth)
      implements Serializable {
    /** Checks the settings and copies the list. */
    public Settings {
      Objects.requireNonNull(ruleSet, "ruleSet");
      Objects.requireNonNull(asOf, "asOf");
      schemes = List.copyOf(schemes);
      if (statisticsDepth != null && statisticsDepth < 0) {
        throw new IllegalArgumentException("a depth is 0 or more: " + statisticsDepth);
      }
    }

    /**
     * Settings with the statistics of the whole region only.
     *
     * @param ruleSet the rule set's id
     * @param schemes the schemes' ids
     * @param asOf the day of evaluation
     */
    public Settings(String ruleSet, List<String> schemes, LocalDate asOf) {
      this(ruleSet, schemes, asOf, null);
    }

    /**
     * @param depth a depth in the region's tree (1 for the provinces under a ministry's root)
     * @return these settings, with the statistics of every organisation at that depth besides the region's
     */
    public Settings withStatisticsAt(int depth) {
      return new Settings(ruleSet, schemes, asOf, depth);
    }

    RuleSet rules() {
      return RuleSetRegistry.standard().resolve(ruleSet, asOf);
    }

    ReportingPeriod year() {
      return ReportingPeriod.year(asOf.getYear());
    }

    ScoringScheme scheme(String id) {
      return SchemeRegistry.standard().resolve(id, asOf);
    }

    /** @return the kinds the region's core keeps for the schemes ({@link ScoringEngine#regionKinds}) */
    List<org.dangjian.core.record.RecordKind<?>> regionKinds() {
      return schemes.stream().flatMap(id -> ScoringEngine.regionKinds(scheme(id)).stream()).distinct().toList();
    }
  }

  /**
   * @param folder a folder of part files
   * @return the part files in it ({@code .jsonl} and {@code .ndjson}), by name
   * @throws ValidationException ({@code no-parts}) if it holds none or cannot be read
   */
  public static List<Path> partFiles(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> parts = files.filter(DatasetFormat::isLines).sorted().toList();
      if (parts.isEmpty()) {
        throw ValidationException.of(folder.toString(), "no-parts", "the folder holds no part files (.jsonl, .ndjson)");
      }
      return parts;
    } catch (IOException e) {
      throw ValidationException.of(folder.toString(), "no-parts", "the folder cannot be read: " + e.getMessage());
    }
  }

  /**
   * Runs the job over part files, one Spark partition per file.
   *
   * @param spark the session
   * @param parts the part files, readable by every executor (a shared file system, or local mode)
   * @param settings what to evaluate and score
   * @return the results; the findings and cards are computed once and cached
   * @throws IllegalArgumentException if an organisations' scheme scores an organisation with organisations
   *     beneath it in other parts (the region cut below the subjects' depth)
   * @throws org.dangjian.core.DangjianException (from a task) for a part that cannot be read or a rule that fails
   */
  public static Result run(SparkSession spark, List<Path> parts, Settings settings) {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(parts, "parts");
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("no parts to run on");
    }
    List<PartInput> inputs = parts.stream().map(p -> new PartInput(p.getFileName().toString(), p.toAbsolutePath().toString(), null))
        .toList();
    return run(spark, JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(inputs, inputs.size()), settings);
  }

  /**
   * Runs the job over parts held as a table — Parquet, a Spark table, anything Spark reads — of one row per
   * line of each part's JSON Lines file ({@link #partLines}): one Spark partition per part.
   *
   * @param spark the session
   * @param lines a DataFrame of {@link Rows#PART_LINES} ({@code part}, {@code number}, {@code line}); a part's
   *     lines are put in order by their numbers, the header first
   * @param settings what to evaluate and score
   * @return the results
   * @throws IllegalArgumentException if the table lacks a column of {@link Rows#PART_LINES} or holds no part, or
   *     as {@link #run(SparkSession, List, Settings)}
   */
  public static Result run(SparkSession spark, org.apache.spark.sql.Dataset<Row> lines, Settings settings) {
    Objects.requireNonNull(spark, "spark");
    Objects.requireNonNull(lines, "lines");
    List<String> columns = List.of(lines.columns());
    for (org.apache.spark.sql.types.StructField field : Rows.PART_LINES.fields()) {
      if (!columns.contains(field.name())) {
        throw new IllegalArgumentException("the table of part lines has no column '" + field.name() + "' (its columns: "
            + String.join(", ", columns) + "); it needs part, number and line");
      }
    }
    org.apache.spark.sql.Dataset<Row> selected = lines.select(functions.col("part").cast("string"),
        functions.col("number").cast("long"), functions.col("line").cast("string"));
    long count = selected.select("part").distinct().count();
    if (count == 0) {
      throw new IllegalArgumentException("the table of part lines holds no part");
    }
    JavaRDD<PartInput> inputs = selected.javaRDD()
        .mapToPair(r -> new scala.Tuple2<>(r.getString(0), new scala.Tuple2<>(r.getLong(1), r.getString(2))))
        .groupByKey((int) count)
        .map(group -> {
          List<scala.Tuple2<Long, String>> numbered = new ArrayList<>();
          group._2().forEach(numbered::add);
          numbered.sort(java.util.Comparator.comparing(scala.Tuple2::_1));
          StringBuilder text = new StringBuilder();
          numbered.forEach(l -> text.append(l._2()).append('\n'));
          return new PartInput(group._1(), null, text.toString());
        });
    return run(spark, inputs, settings);
  }

  /**
   * @param spark the session
   * @param parts part files
   * @return their lines as a DataFrame of {@link Rows#PART_LINES}, one row per line, the part named by its file —
   *     to be written as Parquet or a table, and run from with {@link #run(SparkSession, org.apache.spark.sql.Dataset, Settings)}
   */
  public static org.apache.spark.sql.Dataset<Row> partLines(SparkSession spark, List<Path> parts) {
    Objects.requireNonNull(spark, "spark");
    List<String> files = parts.stream().map(p -> p.toAbsolutePath().toString()).toList();
    JavaRDD<Row> rows = JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(files, Math.max(1, files.size()))
        .flatMap(file -> {
          List<String> text = Files.readAllLines(Path.of(file), java.nio.charset.StandardCharsets.UTF_8);
          String name = Path.of(file).getFileName().toString();
          List<Row> numbered = new ArrayList<>(text.size());
          for (int i = 0; i < text.size(); i++) {
            if (!text.get(i).isBlank()) {
              numbered.add(RowFactory.create(name, (long) i + 1, text.get(i)));
            }
          }
          return numbered.iterator();
        });
    return spark.createDataFrame(rows, Rows.PART_LINES);
  }

  /** One part to read: a file every executor reads, or the part's text itself. */
  record PartInput(String name, @org.jspecify.annotations.Nullable String path, @org.jspecify.annotations.Nullable String text)
      implements Serializable {
    Dataset read() {
      return path != null ? DatasetFormat.read(Path.of(path)) : DatasetFormat.readLines(new StringReader(Objects.requireNonNull(text)), name);
    }
  }

  private static Result run(SparkSession spark, JavaRDD<PartInput> partFiles, Settings settings) {
    Objects.requireNonNull(settings, "settings");
    settings.rules(); // an unknown rule set is refused here, by the registry, before any task
    Map<String, ScoringScheme> schemes = new LinkedHashMap<>();
    for (String id : settings.schemes()) {
      schemes.put(id, settings.scheme(id));
    }
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    partFiles = partFiles.cache();
    String run = spark.sparkContext().applicationId() + "/" + RUNS.incrementAndGet() + "/";
    try {
      return run(spark, context, partFiles, settings, schemes, run);
    } finally {
      // What this JVM kept for the run (all of it, in local mode): an executor elsewhere drops its parts as stage 2 takes them.
      HELD.keySet().removeIf(k -> k.startsWith(run));
      CORES.keySet().removeIf(k -> k.startsWith(run));
      REGION_REPORTS.keySet().removeIf(k -> k.startsWith(run));
    }
  }

  private static Result run(SparkSession spark, JavaSparkContext context, JavaRDD<PartInput> partFiles, Settings settings,
      Map<String, ScoringScheme> schemes, String run) {
    // 1. The region's core, from every part's; each executor keeps the parts it read for step 2.
    List<scala.Tuple2<String, String>> cores = partFiles.map(part -> {
      forgetOtherRuns(run);
      Dataset read = part.read();
      HELD.put(run + part.name(), read);
      return new scala.Tuple2<>(part.name(), DatasetFormat.writeLines(PartEvaluation.core(read, settings.rules(), settings.regionKinds()),
          PersonalDataPolicy.INCLUDE));
    }).collect();
    List<Dataset> coreParts = new ArrayList<>(cores.size());
    for (scala.Tuple2<String, String> named : cores) {
      coreParts.add(DatasetFormat.readLines(new StringReader(named._2()), named._1() + " (its core)"));
    }
    Dataset core = Dataset.merge(coreParts);
    // An organisations' scheme on a region cut below its subjects is refused here, before any task.
    for (ScoringScheme scheme : schemes.values()) {
      coreParts.forEach(coreOfPart -> ScoringEngine.requireWholeSubtrees(scheme, coreOfPart, core));
    }
    Broadcast<String> coreLines = context.broadcast(DatasetFormat.writeLines(core, PersonalDataPolicy.INCLUDE));
    String coreKey = run + coreLines.id();
    CORES.put(coreKey, core);

    // 2. Each part: its rules, the region rules' findings about it, its cards unplaced.
    JavaRDD<PartResult> results = partFiles.map(part -> PartResult.of(part, settings, coreLines, coreKey, run)).cache();

    // 3. The driver: summaries rolled up over the region's tree; each scheme's cards placed together.
    List<OrganisationSummary> own = results.flatMap(r -> r.counts.iterator()).collect().stream()
        .map(c -> new OrganisationSummary(OrganisationId.of(c.organisation()), c.required(), c.held(), c.findings(), 0, 0, 0)).toList();
    List<Row> summaries = PartEvaluation.rollUp(core, own).stream().map(Rows::summary).toList();
    List<Rows.Skeleton> skeletons = results.flatMap(r -> r.skeletons.iterator()).collect();
    Map<String, Rows.Placed> placed = new HashMap<>();
    for (ScoringScheme scheme : schemes.values()) {
      String name = scheme.toString();
      List<ScoreCard> cards = skeletons.stream().filter(s -> s.scheme().equals(name)).map(Rows.Skeleton::card).toList();
      for (ScoreCard card : ScoringEngine.place(scheme, settings.asOf().getYear(), cards, core.tree().pathOrder()).cards()) {
        placed.put(key(name, card.subject()), Rows.Placed.of(card));
      }
    }
    Broadcast<Map<String, Rows.Placed>> placements = context.broadcast(placed);

    // 4. The placed cards with their lines again.
    JavaRDD<Row> cards = results.flatMap(r -> r.cards.iterator()).map(c -> {
      Rows.Placed card = Objects.requireNonNull(placements.value().get(key(c[0], c[1])), "a card the driver did not place");
      return card.row(c[0], c[2]);
    });
    JavaRDD<Row> findings = results.flatMap(r -> r.findings.iterator()).map(RowFactory::create);
    return new Result(spark.createDataFrame(findings, Rows.FINDINGS), spark.createDataFrame(summaries, Rows.SUMMARIES),
        spark.createDataFrame(cards, Rows.CARDS), statistics(spark, results));
  }

  /** The parts' statistics added up in Spark: each record in the first row (of the table's order) any part counts it in. */
  private static org.apache.spark.sql.Dataset<Row> statistics(SparkSession spark, JavaRDD<PartResult> results) {
    org.apache.spark.sql.Dataset<Row> rows = spark.createDataFrame(results.flatMap(r -> r.statisticRows.iterator())
        .map(RowFactory::create), Rows.STATISTIC_ROWS).distinct();
    org.apache.spark.sql.Dataset<Row> counted = spark.createDataFrame(results.flatMap(r -> r.counted.iterator())
        .map(RowFactory::create), Rows.COUNTED);
    org.apache.spark.sql.Dataset<Row> kept = counted.groupBy("scope", "table", "id").agg(functions.min("rowIndex").as("rowIndex"))
        .groupBy("scope", "table", "rowIndex").agg(functions.count(functions.lit(1)).cast("int").as("count"));
    return rows.join(kept, scala.jdk.javaapi.CollectionConverters.asScala(List.of("scope", "table", "rowIndex")).toSeq(), "left")
        .na().fill(0, new String[] {"count"})
        .select("scope", "table", "tableIndex", "row", "rowIndex", "zh", "en", "count").orderBy("scope", "tableIndex", "rowIndex");
  }

  private static String key(String scheme, String subject) {
    return scheme + "\u0000" + subject;
  }

  /** The region rules' report over the broadcast core, made once in each executor for each run. */
  private static final Map<String, ComplianceReport> REGION_REPORTS = new ConcurrentHashMap<>();
  /** The parts an executor read in step 1, by run and part, until step 2 takes them (or reads them again, elsewhere). */
  private static final Map<String, Dataset> HELD = new ConcurrentHashMap<>();
  /** The region's core, by run and broadcast: where it was made (the driver's JVM, which in local mode runs the tasks
   * too), or as each executor read it from the broadcast. */
  private static final Map<String, Dataset> CORES = new ConcurrentHashMap<>();
  private static final java.util.concurrent.atomic.AtomicLong RUNS = new java.util.concurrent.atomic.AtomicLong();

  /**
   * Drops what this JVM kept for other runs: a part step 2 took on another executor, a region's core and report.
   * A run whose parts are dropped so (two runs at once in one application) reads them again: slower, not wrong.
   */
  private static void forgetOtherRuns(String run) {
    HELD.keySet().removeIf(k -> !k.startsWith(run));
    CORES.keySet().removeIf(k -> !k.startsWith(run));
    REGION_REPORTS.keySet().removeIf(k -> !k.startsWith(run));
  }

  /** An organisation's own counts, as one part's report gives them. */
  record OwnCounts(String organisation, int required, int held, int findings) implements Serializable {}

  /** What one part gives the driver: its findings as rows' values, its organisations' own counts, its cards unplaced. */
  static final class PartResult implements Serializable {
    private static final long serialVersionUID = 1L;
    final List<Object[]> findings;
    final List<OwnCounts> counts;
    final List<Rows.Skeleton> skeletons;
    /** Per card: the scheme, the subject and the end of its JSON from its lines on ({@link Rows.Skeleton#linesOf}). */
    final List<String[]> cards;
    /** The part's statistics: every table's rows ({@link Rows#STATISTIC_ROWS}), and every record counted in them ({@link Rows#COUNTED}). */
    final List<Object[]> statisticRows = new ArrayList<>();
    final List<Object[]> counted = new ArrayList<>();

    private PartResult(List<Object[]> findings, List<OwnCounts> counts, List<Rows.Skeleton> skeletons, List<String[]> cards) {
      this.findings = findings;
      this.counts = counts;
      this.skeletons = skeletons;
      this.cards = cards;
    }

    private PartResult withStatistics(StatisticsReport report, String scope) {
      for (int t = 0; t < report.tables().size(); t++) {
        StatisticsReport.Table table = report.tables().get(t);
        for (int r = 0; r < table.rows().size(); r++) {
          StatisticsReport.Row row = table.rows().get(r);
          statisticRows.add(new Object[] {scope, table.id(), t, row.key(), r, row.labels().zh(), row.labels().en()});
          for (String id : row.ids()) {
            counted.add(new Object[] {scope, table.id(), r, id});
          }
        }
      }
      return this;
    }

    static PartResult of(PartInput input, Settings settings, Broadcast<String> coreLines, String coreKey, String run) {
      RuleSet rules = settings.rules();
      ReportingPeriod year = settings.year();
      forgetOtherRuns(run);
      Dataset held = HELD.remove(run + input.name());
      Dataset part = held != null ? held : input.read();
      Dataset core = CORES.computeIfAbsent(coreKey, k -> DatasetFormat.readLines(new StringReader(coreLines.value()), "the region's core"));
      ComplianceReport region = REGION_REPORTS.computeIfAbsent(coreKey,
          k -> ComplianceEngine.evaluate(core, PartEvaluation.perRegion(rules), year, settings.asOf()));
      ComplianceReport own = ComplianceEngine.evaluate(part, PartEvaluation.perPart(rules), year, settings.asOf());
      List<Finding> found = new ArrayList<>(own.findings());
      found.addAll(region.findings());
      List<Requirement> required = new ArrayList<>(own.requirements());
      required.addAll(region.requirements());
      ComplianceReport report = PartEvaluation.report(part, rules, year, settings.asOf(), found, required);
      List<Object[]> findings = report.findings().stream().map(Rows::findingValues).toList();
      List<OwnCounts> counts = report.summaries().stream()
          .map(s -> new OwnCounts(s.organisation().value(), s.required(), s.held(), s.findings())).toList();
      List<Rows.Skeleton> skeletons = new ArrayList<>();
      List<String[]> cards = new ArrayList<>();
      for (String id : settings.schemes()) {
        ScoringScheme scheme = settings.scheme(id);
        for (ScoreCard card : ScoringEngine.scoreUnplaced(part, core, scheme, Year.of(year.start().getYear()), report,
            Runnable::run, 1).cards()) {
          Rows.Skeleton skeleton = Rows.Skeleton.of(scheme.toString(), card);
          skeletons.add(skeleton);
          cards.add(new String[] {scheme.toString(), card.subject(), skeleton.linesOf(card)});
        }
      }
      PartResult result = new PartResult(findings, counts, skeletons, cards);
      int y = year.start().getYear();
      result.withStatistics(Statistics.of(part, y), "");
      if (settings.statisticsDepth() != null) {
        int depth = settings.statisticsDepth();
        // The scopes at that depth the part holds, each counted over what of it the part holds; or, for a part
        // beneath that depth, the scope above it, counted over the whole part.
        List<org.dangjian.core.org.Organisation> scopes = part.organisations().stream()
            .filter(o -> core.tree().depth(o.id()) == depth).toList();
        for (org.dangjian.core.org.Organisation scope : scopes) {
          result.withStatistics(Statistics.of(part, scope.id(), y), scope.id().value());
        }
        if (scopes.isEmpty()) {
          java.util.Set<String> above = new java.util.TreeSet<>();
          for (org.dangjian.core.org.Organisation top : part.tree().roots()) {
            List<OrganisationId> path = core.tree().path(top.id()).ids();
            if (path.size() > depth) {
              above.add(path.get(depth).value());
            }
          }
          if (above.size() > 1) {
            throw new IllegalArgumentException("part " + input.name() + " lies under several organisations at depth " + depth + " ("
                + String.join(", ", above) + "): cut the region at that depth or below to count statistics by them");
          }
          if (above.size() == 1) {
            result.withStatistics(Statistics.of(part, y), above.iterator().next());
          }
        }
      }
      return result;
    }
  }
}
