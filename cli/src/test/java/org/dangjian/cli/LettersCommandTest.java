package org.dangjian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dangjian.core.json.DangjianJson;
import org.dangjian.core.json.Syntax;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dangjian letters}: the year's responsibility letters assessed, per organisation, item by item, and as JSON. */
class LettersCommandTest {

  @Test
  void theBoardGivesEveryOrganisationsLetterItsAttainmentAndCounts() {
    MainTest.Run run = MainTest.run("letters");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("目标责任书完成情况 · 2024年 · 截至 2024-12-31 · 共 18 份\n");
    // 南街镇初级中学: its teaching result never entered and its secretary's post vacant (two items of no value).
    assertThat(MainTest.lineWith(run.out(), "njcz  ")).matches("njcz\\s+清河县南街镇初级中学党支部\\s+county-school-letter@2024\\.1\\s+80\\.0%\\s+5\\s+0\\s+0\\s+2");
    assertThat(MainTest.lineWith(run.out(), "ltx  ")).contains("county-office-letter@2024.1");
  }

  @Test
  void oneOrganisationsLetterShowsEveryItemsTargetActualStatusAndEvidence() {
    MainTest.Run run = MainTest.run("letters", "--organisation", "yz", "--locale", "en");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("zrs-2024-yz 中共清河县第一中学委员会 · county-school-letter@2024.1 · signed 2024-02-26 · attained ");
    // Exactly its quota of two admitted: attained, at the target.
    assertThat(MainTest.lineWith(run.out(), "  the year's development quota admitted"))
        .matches("\\s+the year's development quota admitted\\s+≥ 2\\s+2\\s+15/15\\s+attained\\s+2024-11-30\\s+admissions:yz@2024 \\(2\\)");
    MainTest.Run none = MainTest.run("letters", "--organisation", "yz-b1");
    assertThat(none.out()).isEqualTo("yz-b1 没有 2024 年的目标责任书\n");
    assertThat(MainTest.run("letters", "--organisation", "nowhere").status()).isEqualTo(1);
  }

  @Test
  void theJsonIsTheLetterAttainmentDocument() throws Exception {
    MainTest.Run run = MainTest.run("letters", "--format", "json");
    assertThat(run.status()).as(run.err()).isZero();
    JsonNode document = DangjianJson.mapper(Syntax.JSON).readTree(run.out());
    assertThat(document.get("schema").asText()).isEqualTo("dangjian/letter-attainment@1");
    assertThat(document.get("letters")).hasSize(18);
    JsonNode njcz = document.get("letters").findParents("to").stream().filter(l -> l.get("to").asText().equals("njcz")).findFirst().orElseThrow();
    JsonNode teaching = njcz.get("items").findParents("item").stream().filter(i -> i.get("item").asText().equals("teaching")).findFirst()
        .orElseThrow();
    assertThat(teaching.get("status").asText()).isEqualTo("no-value");
    assertThat(teaching.has("actual")).isFalse();
  }

  @Test
  void aTemplateOfOnesOwnTakesThePlaceOfTheCountysOfItsId(@TempDir Path dir) throws Exception {
    // The office letter extends the school letter and disables its admissions and teaching items: this one keeps them.
    Path file = dir.resolve("strict.yaml");
    Files.writeString(file, """
        schema: dangjian/responsibility-letter@1
        id: county-school-letter
        version: "2024.9"
        title: 更严的责任书
        effective: {from: 2024-01-01}
        items:
          - {id: compliance, zh: 规定活动, en: required activities, indicator: {complianceRate: {}}, target: 1, weight: 10}
          - {id: admissions, zh: 发展党员, en: admissions, indicator: {admissions: {}}, target: 1, weight: 10}
          - {id: teaching, zh: 教学成效, en: teaching, indicator: {external: {name: teaching-results}}, target: 95, weight: 10}
        """, StandardCharsets.UTF_8);
    MainTest.Run run = MainTest.run("letters", "--template", file.toString(), "--organisation", "sx", "--locale", "en");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(MainTest.lineWith(run.out(), "  teaching ")).contains("≥ 95").contains("0/10").contains("missed");
  }
}
