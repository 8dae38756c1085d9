package org.dangjian.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.dangjian.core.ValidationException;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.json.DatasetFormat;
import org.dangjian.core.json.DatasetFormat.PersonalDataPolicy;
import org.dangjian.core.org.OrgPath;
import org.dangjian.core.statistics.Statistics;
import org.dangjian.core.time.ReportingPeriod;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.ComplianceReport;
import org.dangjian.rules.RuleSetRegistry;
import org.dangjian.scoring.SchemeRegistry;
import org.dangjian.scoring.ScoreCard;
import org.dangjian.scoring.ScoringEngine;
import org.dangjian.scoring.ScoringScheme;
import org.dangjian.testkit.RegionGenerator;
import org.dangjian.testkit.SampleCounty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job on Spark in local mode, two threads: its findings, summaries and cards are one machine's for the whole region. */
class RegionJobTest {
  private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = RunRegion.localSession("local[2]");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  /** Schools spread over {@code n} parts by their id, the bureau above them in a part of its own. */
  static Function<OrgPath, String> buckets(int n) {
    return path -> path.ids().size() > 1 ? String.format(Locale.ROOT, "p%02d", Math.floorMod(path.ids().get(1).value().hashCode(), n)) : "";
  }

  private static List<String> sorted(List<Row> rows) {
    return rows.stream().map(Row::toString).sorted().toList();
  }

  /** Runs the job over the region cut into parts and holds every result to one machine's on the whole region. */
  private static void sameAsOneMachine(Dataset region, SortedMap<String, Dataset> parts, RegionJob.Settings settings, Path folder) {
    DatasetFormat.writeParts(parts, folder, PersonalDataPolicy.INCLUDE);
    sameAsOneMachine(region, RegionJob.run(spark, RegionJob.partFiles(folder), settings), settings,
        settings.ruleSet() + " over " + parts.size() + " parts");
  }

  private static void sameAsOneMachine(Dataset region, RegionJob.Result result, RegionJob.Settings settings, String what) {

    ComplianceReport whole = ComplianceEngine.evaluate(region, RuleSetRegistry.standard().resolve(settings.ruleSet(), AS_OF),
        ReportingPeriod.year(AS_OF.getYear()), AS_OF);
    assertThat(whole.findings()).as("the region has findings").isNotEmpty();
    assertThat(sorted(result.findings().collectAsList())).as(what + ": findings")
        .isEqualTo(sorted(whole.findings().stream().map(Rows::finding).toList()));
    assertThat(sorted(result.summaries().collectAsList())).as(what + ": summaries")
        .isEqualTo(sorted(whole.summaries().stream().map(Rows::summary).toList()));

    List<Row> expected = new ArrayList<>();
    for (String id : settings.schemes()) {
      ScoringScheme scheme = SchemeRegistry.standard().resolve(id, AS_OF);
      for (ScoreCard card : ScoringEngine.score(region, scheme, AS_OF.getYear(), whole).cards()) {
        expected.add(Rows.card(scheme.toString(), card));
      }
    }
    assertThat(expected).isNotEmpty();
    assertThat(sorted(result.cards().collectAsList())).as(what + ": cards").isEqualTo(sorted(expected));

    List<Row> statistics = new ArrayList<>(Rows.statistics(Statistics.of(region, AS_OF.getYear())));
    assertThat(statistics.stream().mapToInt(r -> r.getInt(7)).sum()).as("the region counts something").isPositive();
    if (settings.statisticsDepth() != null) {
      for (org.dangjian.core.org.Organisation scope : region.organisations()) {
        if (region.tree().depth(scope.id()) == settings.statisticsDepth()) {
          statistics.addAll(Rows.statistics(Statistics.of(region, scope.id(), AS_OF.getYear())));
        }
      }
    }
    statistics.sort(Comparator.<Row, String>comparing(r -> r.getString(0)).thenComparing(r -> r.getInt(2)).thenComparing(r -> r.getInt(4)));
    assertThat(result.statistics().collectAsList()).as(what + ": statistics, by scope in the tables' order").isEqualTo(statistics);
  }

  @Test
  void aGeneratedCountyInTwoAndInFiveParts(@TempDir Path temp) {
    Dataset county = RegionGenerator.generate(RegionGenerator.Size.COUNTY, 5);
    RegionJob.Settings settings = new RegionJob.Settings("cn-national", List.of("member-points", "year-end-appraisal", "branch-stars"), AS_OF);
    for (int n : new int[] {2, 5}) {
      sameAsOneMachine(county, county.partition(buckets(n)), settings, temp.resolve("in-" + n));
    }
  }

  @Test
  void theSampleCountyBySchoolAndByBranchWithTheBureausSupervision(@TempDir Path temp) {
    Dataset county = SampleCounty.dataset();
    // By school (a committee with its branches): the bureau's ranking of its schools too.
    // The statistics of every school besides the county's.
    sameAsOneMachine(county, county.partition(Dataset.byAncestorAt(1)), new RegionJob.Settings("county-supervision",
        List.of("member-points", "branch-stars", "organisation-ranking"), AS_OF).withStatisticsAt(1), temp.resolve("schools"));
    // By branch (a committee apart from its branches), each school's statistics gathered from its parts.
    RegionJob.Settings settings = new RegionJob.Settings("county-supervision", List.of("member-points", "branch-stars"), AS_OF)
        .withStatisticsAt(1);
    sameAsOneMachine(county, county.partition(Dataset.byAncestorAt(2)), settings, temp.resolve("branches"));
    // Ranking the schools by branch would read only part of each school: refused, naming the depth to cut at.
    RegionJob.Settings ranking = new RegionJob.Settings("county-supervision", List.of("organisation-ranking"), AS_OF);
    assertThatThrownBy(() -> RegionJob.run(spark, RegionJob.partFiles(temp.resolve("branches")), ranking))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("beneath it in another part")
        .hasMessageContaining("cut the region at depth 1 or above");
  }

  @Test
  void theQuotaOverTheRegionDemotesAcrossItsParts(@TempDir Path temp) {
    Dataset county = SampleCounty.dataset();
    RegionJob.Settings settings = new RegionJob.Settings("cn-national", List.of("branch-stars"), AS_OF);
    DatasetFormat.writeParts(county.partition(Dataset.byAncestorAt(1)), temp, PersonalDataPolicy.INCLUDE);
    List<Row> cards = RegionJob.run(spark, RegionJob.partFiles(temp), settings).cards().collectAsList();
    assertThat(cards).anyMatch(r -> r.getString(6).contains("\"demoted-by-quota\""));
    assertThat(cards.stream().map(r -> r.getInt(5)).sorted().toList()).as("ranks 1 to n across the parts")
        .isEqualTo(java.util.stream.IntStream.rangeClosed(1, cards.size()).boxed().toList());
    assertThat(cards.stream().max(Comparator.comparing(r -> r.getDecimal(3))).orElseThrow().getInt(5)).isEqualTo(1);
  }

  @Test
  void partsHeldAsAParquetTableOfLines(@TempDir Path temp) {
    Dataset county = SampleCounty.dataset();
    DatasetFormat.writeParts(county.partition(Dataset.byAncestorAt(1)), temp.resolve("files"), PersonalDataPolicy.INCLUDE);
    String parquet = temp.resolve("lines.parquet").toString();
    RegionJob.partLines(spark, RegionJob.partFiles(temp.resolve("files"))).write().parquet(parquet);
    org.apache.spark.sql.Dataset<Row> table = spark.read().parquet(parquet);
    assertThat(table.select("part").distinct().count()).isEqualTo(county.partition(Dataset.byAncestorAt(1)).size());
    // Rows in no order: the job puts each part's lines back in order by their numbers.
    RegionJob.Settings settings = new RegionJob.Settings("county-supervision", List.of("member-points"), AS_OF);
    sameAsOneMachine(county, RegionJob.run(spark, table.orderBy(org.apache.spark.sql.functions.rand(7)), settings), settings,
        "the sample county from a Parquet table");
  }

  @Test
  void aTableWithoutItsColumnsIsRefusedNamingThem() {
    org.apache.spark.sql.Dataset<Row> table = spark.sql("SELECT 'a.jsonl' AS part, 1L AS number, '{}' AS text");
    RegionJob.Settings settings = new RegionJob.Settings("cn-national", List.of(), AS_OF);
    assertThatThrownBy(() -> RegionJob.run(spark, table, settings)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no column 'line'").hasMessageContaining("part, number, text");
  }

  @Test
  void theLeadersReportsAcrossTheParts(@TempDir Path temp) {
    // A leader with cards for two organisations in two parts (the bureau's and a branch's), named as on one machine.
    RegionJob.Settings settings = new RegionJob.Settings("cn-national", List.of("secretary-report"), AS_OF);
    sameAsOneMachine(SampleCounty.dataset(), SampleCounty.dataset().partition(Dataset.byAncestorAt(1)), settings, temp.resolve("schools"));
  }

  @Test
  void anUnknownRuleSetIsRefusedBeforeAnyWork(@TempDir Path temp) {
    DatasetFormat.writeParts(SampleCounty.dataset().partition(Dataset.byAncestorAt(1)), temp, PersonalDataPolicy.INCLUDE);
    RegionJob.Settings unknown = new RegionJob.Settings("no-such-rules", List.of("member-points"), AS_OF);
    assertThatThrownBy(() -> RegionJob.run(spark, RegionJob.partFiles(temp), unknown))
        .isInstanceOf(ValidationException.class).hasMessageContaining("no-such-rules");
  }

  @Test
  void aFolderWithoutPartsIsNamed(@TempDir Path temp) throws Exception {
    Files.writeString(temp.resolve("notes.txt"), "not a part");
    assertThatThrownBy(() -> RegionJob.partFiles(temp)).isInstanceOf(ValidationException.class)
        .hasMessageContaining(temp.toString()).hasMessageContaining("no-parts");
  }
}
