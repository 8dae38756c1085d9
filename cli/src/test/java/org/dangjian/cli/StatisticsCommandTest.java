package org.dangjian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.dangjian.core.json.DangjianJson;
import org.dangjian.core.json.Syntax;
import org.junit.jupiter.api.Test;

/** {@code dangjian statistics}: the year's Party statistics of the sample county or one organisation, as text, JSON or CSV. */
class StatisticsCommandTest {

  @Test
  void theCountysTablesAsText() {
    MainTest.Run run = MainTest.run("statistics");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("清河县教育系统 · 2024年党内统计 · 截至 2024-12-31\n\n党员（按正式、预备）（合计 569）\n");
    assertThat(MainTest.lineWith(run.out(), "  正式党员 ")).matches("\\s+正式党员\\s+563");
    assertThat(MainTest.lineWith(run.out(), "  发展对象 ")).matches("\\s+发展对象\\s+4");
  }

  @Test
  void oneOrganisationsSubtreeInEnglishAndAnUnknownOneRefused() {
    MainTest.Run run = MainTest.run("statistics", "--org", "yz", "--locale", "en");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("中共清河县第一中学委员会 · Party statistics of 2024 · as of 2024-12-31\n");
    // 第一中学 admitted two teachers in 2024, exactly its quota.
    assertThat(run.out()).contains("admissions in the year by category (total 2)\n");
    MainTest.Run unknown = MainTest.run("statistics", "--org", "nowhere");
    assertThat(unknown.status()).isEqualTo(1);
    assertThat(unknown.err()).contains("unknown-organisation").contains("nowhere");
  }

  @Test
  void jsonAndCsv() throws Exception {
    MainTest.Run json = MainTest.run("statistics", "--format", "json", "--year", "2024");
    assertThat(json.status()).as(json.err()).isZero();
    JsonNode document = DangjianJson.mapper(Syntax.JSON).readTree(json.out());
    assertThat(document.get("schema").asText()).isEqualTo("dangjian/statistics@1");
    assertThat(document.has("scope")).isFalse();
    MainTest.Run csv = MainTest.run("statistics", "--format", "csv", "--org", "sx");
    assertThat(csv.out()).startsWith("table,key,zh,en,count\nmembers-by-status,full,正式党员,full member,");
    assertThat(MainTest.run("statistics", "--format", "xml").status()).isEqualTo(2);
  }

  @Test
  void besideAnEarlierYearWithTheChange() throws Exception {
    MainTest.Run run = MainTest.run("statistics", "--compare", "2023");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("清河县教育系统 · 2024年党内统计 · 截至 2024-12-31（与 2023 年比较：本年、2023 年、增减）\n");
    // The sample's theory study is 2024's alone (2023 repeats the branches' and groups' organisational life only).
    assertThat(MainTest.lineWith(run.out(), "  理论学习 ")).matches("\\s+理论学习\\s+1409\\s+0\\s+\\+1409");
    // The 主题党日 of 2023 on the same days, with a few more away: 6,265 attendances in 2024 against 5,752.
    assertThat(run.out()).containsPattern("\\n  主题党日\\s+6265\\s+5752\\s+\\+513\\n");
    MainTest.Run csv = MainTest.run("statistics", "--compare", "2023", "--format", "csv");
    assertThat(csv.out()).startsWith("table,key,zh,en,count,previous,change\n");
    JsonNode json = DangjianJson.mapper(Syntax.JSON).readTree(MainTest.run("statistics", "--compare", "2023", "--format", "json").out());
    assertThat(json.get("comparedWith").asInt()).isEqualTo(2023);
    JsonNode full = json.get("tables").get(0).get("rows").get(0);
    assertThat(full.get("count").asInt() - full.get("previous").asInt()).isEqualTo(full.get("change").asInt());
    assertThat(MainTest.run("statistics", "--compare", "2024").status()).as("not an earlier year").isEqualTo(2);
    assertThat(MainTest.run("statistics", "--compare-data", "x.json").status()).as("without --compare").isEqualTo(2);
  }

  @Test
  void besideAnEarlierYearsExport(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    // The county as exported a year ago: its activities of 2023 alone.
    com.fasterxml.jackson.databind.node.ObjectNode county = (com.fasterxml.jackson.databind.node.ObjectNode) DangjianJson.mapper(Syntax.JSON)
        .readTree(org.dangjian.testkit.SampleCounty.bytes());
    com.fasterxml.jackson.databind.node.ArrayNode activities = county.putArray("activities");
    DangjianJson.mapper(Syntax.JSON).readTree(org.dangjian.testkit.SampleCounty.bytes()).get("activities").forEach(a -> {
      if (a.get("date").asText().startsWith("2023")) {
        activities.add(a);
      }
    });
    java.nio.file.Path file = dir.resolve("qinghe-2023.json");
    DangjianJson.mapper(Syntax.JSON).writeValue(file.toFile(), county);
    MainTest.Run run = MainTest.run("statistics", "--compare", "2023", "--compare-data", file.toString(), "--format", "csv");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("\nactivities-by-type,theme-party-day,主题党日,theme Party day,276,276,0\n");
  }
}
