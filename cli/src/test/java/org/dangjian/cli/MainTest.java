package org.dangjian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dangjian.core.json.DatasetFormat;
import org.dangjian.testkit.SampleCounty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

  record Run(int status, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(status, out.toString(), err.toString());
  }

  private static String lineWith(String text, String fragment) {
    return text.lines().filter(l -> l.contains(fragment)).findFirst()
        .orElseThrow(() -> new AssertionError("no line with " + fragment + " in\n" + text));
  }

  @Test
  void demoPrintsTheSampleCountysHierarchyInChinese() {
    Run run = run("demo");
    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("清河县教育系统 — 组织体系概况（截至 2024-12-31）\n"
        + "单位 30 个 · 党组织 65 个 · 党员 569 名（正式党员 563 名，预备党员 6 名）· 入党申请人、积极分子和发展对象 21 名\n");
    assertThat(lineWith(run.out(), "  联合党支部")).matches("\\s+联合党支部\\s+4");
    assertThat(lineWith(run.out(), "  党支部  ")).matches("\\s+党支部\\s+19");
    assertThat(lineWith(run.out(), "中共清河县教育局委员会  ")).matches(".*基层党委\\s+569\\s+21\\s.*2026-06-18");
    // 56 people on the roll: 53 members (over 50) and 3 in development.
    assertThat(lineWith(run.out(), "清河县第一中学高一年级党支部")).matches(".*党支部\\s+53\\s+3\\s+4\\s+1\\s+5\\s+2026-09-20");
    assertThat(lineWith(run.out(), "清河县城关第二小学党支部")).endsWith("2023-06-19（已届满）");
    assertThat(lineWith(run.out(), "清河县南街镇初级中学党支部")).matches(".*党支部\\s+14\\s+0\\s+—\\s+1\\s+—\\s+—");
    assertThat(lineWith(run.out(), "清河县第一中学  ")).contains("中共清河县第一中学委员会 +3").contains("党组织领导的校长负责制 (2023-09-01)");
    // Every one of the 23 branches and 5 higher organisations has its row; groups are folded into counts.
    assertThat(run.out().lines().filter(l -> l.matches(".*(党支部|党委|总支部委员会|委员会)\\s+(党支部|联合党支部|基层党委|党总支)\\s.*"))).hasSize(28);
  }

  @Test
  void demoSpeaksEnglishAndJudgesTermsOnTheGivenDay() {
    Run run = run("demo", "--locale", "en", "--as-of", "2023-01-01");
    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("清河县教育系统 — organisation overview (as of 2023-01-01)");
    assertThat(lineWith(run.out(), "清河县城关第二小学党支部")).endsWith("2023-06-19");
    assertThat(lineWith(run.out(), "清河县第一中学高一年级党支部")).contains("Party branch");
  }

  @Test
  void scoreListsTheBoardBestFirstAndNamesTheBottomRanked() {
    Run run = run("score", "--scheme", "organisation-ranking", "--limit", "3");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("基层党组织党建工作目标考核排名 · organisation-ranking@2024.1 · 2024年 · 共 18 张");
    assertThat(run.out()).contains("… 另有 15 张（--limit 0 列出全部）").contains("末位：xd 清河县西河东岭片区联合党支部");
    assertThat(lineWith(run.out(), "   1  ")).contains("100.00");
  }

  @Test
  void scoreShowsOneCardWithEveryLineItemAndItsReason() {
    Run run = run("score", "--subject", "m0191");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("m0191 田文 · member-points@2024.1 · 95.00 · 优 · #12");
    assertThat(lineWith(run.out(), "2024-02-24")).endsWith("+0  activity:zj-b2-pl-2024-02-24 — capped at 2 a month (2024-02)");
    assertThat(lineWith(run.out(), "校级表彰")).endsWith("superseded in group commendation by commendation-county (5)");
    assertThat(lineWith(run.out(), "讲道德")).matches("\\s+讲道德\\s+20\\s+\\+5\\s+= 25");
  }

  @Test
  void scoreWritesTheBoardAsJsonAndRejectsUnknownSchemesAndSubjects() {
    Run json = run("score", "--scheme", "secretary-report", "--format", "json");
    assertThat(json.status()).isZero();
    assertThat(json.out()).startsWith("{").contains("\"schema\": \"dangjian/score-board@1\"");
    Run unknown = run("score", "--scheme", "stars");
    assertThat(unknown.status()).isEqualTo(1);
    assertThat(unknown.err()).contains("scheme 'stars' is not known; known: [branch-stars, member-points");
    Run nobody = run("score", "--subject", "m9999");
    assertThat(nobody.status()).isEqualTo(1);
    assertThat(nobody.err()).contains("no card for 'm9999'");
  }

  @Test
  void validateAcceptsGoodFilesAndLocatesEveryProblem(@TempDir Path dir) throws Exception {
    Path good = dir.resolve("county.yaml");
    DatasetFormat.write(SampleCounty.dataset(), good);
    Run ok = run("validate", good.toString());
    assertThat(ok.status()).isZero();
    assertThat(ok.out()).contains("county.yaml: valid dataset (30 units, 65 organisations, 591 members)");

    Path bad = dir.resolve("bad.json");
    String json = new String(SampleCounty.bytes(), StandardCharsets.UTF_8)
        .replaceFirst("\"branch\": \"bpcz\"", "\"branch\": \"nowhere\"")
        .replaceFirst("\"birthDate\": \"19(\\d\\d)-\\d\\d-\\d\\d\"", "\"birthDate\": \"1990-02-30\"");
    Files.writeString(bad, json);
    Run failed = run("validate", good.toString(), bad.toString());
    assertThat(failed.status()).isEqualTo(1);
    assertThat(failed.err().lines()).hasSize(1);
    assertThat(failed.err()).matches("(?s).*bad\\.json:\\d+:\\d+: members\\[0\\]\\.birthDate: invalid-date: .*");
  }

  @Test
  void formatConvertsBetweenSyntaxes(@TempDir Path dir) {
    Path yaml = dir.resolve("c.yaml");
    Path json = dir.resolve("c.json");
    DatasetFormat.write(SampleCounty.dataset(), yaml);
    assertThat(run("format", "--layout", "record-per-line", yaml.toString(), json.toString()).status()).isZero();
    assertThat(json).hasContent(new String(SampleCounty.bytes(), StandardCharsets.UTF_8).stripTrailing());
    assertThat(run("format", "--layout", "compact", yaml.toString(), json.toString()).status()).isEqualTo(2);
  }

  @Test
  void usageErrorsAndUnreadableFilesFailCleanly(@TempDir Path dir) {
    assertThat(run("demo", "--as-of", "2024-02-30").status()).isEqualTo(2);
    Run missing = run("format", dir.resolve("none.txt").toString(), dir.resolve("out.json").toString());
    assertThat(missing.status()).isEqualTo(1);
    assertThat(missing.err()).contains("name the file .json, .yaml or .yml").doesNotContain("Exception");
  }
}
