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

  static String lineWith(String text, String fragment) {
    return text.lines().filter(l -> l.contains(fragment)).findFirst()
        .orElseThrow(() -> new AssertionError("no line with " + fragment + " in\n" + text));
  }

  @Test
  void versionIsTheBuildsVersion() {
    Run run = run("--version");
    assertThat(run.status()).isZero();
    assertThat(run.out().strip()).matches("dangjian \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
  }

  @Test
  void demoPrintsTheSampleCountysHierarchyInChinese(@TempDir Path dir) {
    Run run = run("demo", "--tree", "--as-of", "2024-12-31", "--html", dir.resolve("r.html").toString());
    assertThat(run.status()).isZero();
    assertThat(run.out()).startsWith("清河县教育系统 — 组织体系概况（截至 2024-12-31）\n"
        + "单位 30 个 · 党组织 65 个 · 党员 569 名（正式党员 563 名，预备党员 6 名）· 入党申请人、积极分子和发展对象 21 名\n");
    assertThat(lineWith(run.out(), "  联合党支部")).matches("\\s+联合党支部\\s+4");
    assertThat(lineWith(run.out(), "  党支部  ")).matches("\\s+党支部\\s+19");
    assertThat(lineWith(run.out(), "中共清河县教育局委员会  ")).matches(".*基层党委\\s+569\\s+21\\s.*2026-06-18");
    // 56 people on the roll: 53 members (over 50) and 3 in development.
    assertThat(lineWith(run.out(), "清河县第一中学高一年级党支部  ")).matches(".*党支部\\s+53\\s+3\\s+4\\s+1\\s+5\\s+2026-09-20");
    assertThat(lineWith(run.out(), "清河县城关第二小学党支部  ")).endsWith("2023-06-19（已届满）");
    assertThat(lineWith(run.out(), "清河县南街镇初级中学党支部  ")).matches(".*党支部\\s+14\\s+0\\s+—\\s+1\\s+—\\s+—");
    assertThat(lineWith(run.out(), "清河县第一中学  ")).contains("中共清河县第一中学委员会 +3").contains("党组织领导的校长负责制 (2023-09-01)");
    // Every one of the 23 branches and 5 higher organisations has its row; groups are folded into counts.
    assertThat(run.out().lines().filter(l -> l.matches(".*(党支部|党委|总支部委员会|委员会)\\s+(党支部|联合党支部|基层党委|党总支)\\s.*"))).hasSize(28);
  }

  @Test
  void demoSpeaksEnglishAndJudgesTermsOnTheGivenDay(@TempDir Path dir) {
    Run run = run("demo", "--tree", "--locale", "en", "--as-of", "2024-03-01", "--no-html");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("清河县教育系统 — organisation overview (as of 2024-03-01)");
    assertThat(lineWith(run.out(), "清河县城关第二小学党支部  ")).endsWith("2023-06-19 (ended)");
    assertThat(lineWith(run.out(), "清河县第一中学高一年级党支部  ")).contains("Party branch");
    assertThat(run.out()).contains("Rule set county-first-topic@2024.1").doesNotContain("HTML report");
    assertThat(dir).isEmptyDirectory();
    // The overlay and the schemes take effect in 2024: an earlier day is refused, and says why.
    Run before = run("demo", "--as-of", "2023-01-01", "--no-html");
    assertThat(before.status()).isEqualTo(1);
    assertThat(before.err()).contains("no version of rule set 'county-first-topic' is in effect on 2023-01-01");
  }

  @Test
  void demoEvaluatesAndScoresTheYearAndWritesTheHtmlReport(@TempDir Path dir) throws Exception {
    Path html = dir.resolve("report/qinghe.html");
    Run run = run("demo", "--html", html.toString());
    assertThat(run.status()).as(run.err()).isZero();
    String out = run.out();
    // The overview without the tree, then the year under the county overlay as of 2024-12-20.
    assertThat(out).doesNotContain("党组织、党员与班子");
    assertThat(out).contains("规则集 county-first-topic@2024.1（cn-national@2024.1 → county-first-topic@2024.1）· 2024年 · 截至 2024-12-20\n"
        + "问题：违规 25 · 警示 24 · 提示 6\n");
    // Per branch: members, required and held (groups included, periods over), rate, findings, stars. July's 支委会 is missing,
    // and the school's principal is not a Party member.
    assertThat(lineWith(out, "  清河县城关第一小学党支部  ")).matches("\\s+清河县城关第一小学党支部\\s+24\\s+47\\s+46\\s+97\\.9%\\s+3\\s+三星");
    assertThat(out.lines().filter(l -> l.matches("  清河县\\S+(党支部)\\s+\\d+\\s+\\d+\\s+\\d+\\s+\\d+\\.\\d%\\s+\\d+\\s+\\S+"))).hasSize(23);
    // The ten most serious, violations first, each with its citation.
    assertThat(out).contains("最严重的问题（共 55 条，列出前 10 条；全部：./dangjian evaluate --rules county-first-topic）\n"
        + "  [违规] unit-own-organisation: 清河县北坪镇中心小学有正式党员5名");
    assertThat(out.lines().filter(l -> l.startsWith("  [违规] ") && l.endsWith(")"))).hasSize(10);
    // Grades against quotas: 30% of 563 graded allows 168 优秀; stars fill both quotas exactly.
    assertThat(lineWith(out, "  优秀 ")).matches("\\s+优秀\\s+80\\s+名额上限 30%：168");
    assertThat(lineWith(out, "  五星 ")).matches("\\s+五星\\s+2\\s+名额上限 10%：2");
    assertThat(lineWith(out, "  四星 ")).matches("\\s+四星\\s+8\\s+名额上限 35%：8");
    // The letters as of 2024-12-20: the year-end items short of target not yet due; 实验小学 one admission short of its
    // quota of two (due 11-30), 东关初级中学's teaching result short of 80 (due 08-31), 南街镇初级中学's never entered and
    // its secretary's post vacant (no value).
    assertThat(out).contains("目标责任书：签订 18 份，全部达标 11 份；未达标 3 项，未到期 4 项，无数据 2 项\n");
    assertThat(out).contains(" 80.0%  书记参加培训两次以上（无数据）、教育教学成效（无数据）\n")
        .contains("  清河县实验小学党支部               85.0%  完成年度发展党员计划（未达标）\n");
    // The year's statistics as of 31 December: five admitted, one suspended, against 2023's 565 members.
    assertThat(out).contains("党内统计（截至 2024-12-31）：党员 569 名（上年 565 名）；本年发展党员 5 名，组织关系转入 0 名、转出 0 名；"
        + "入党申请人、积极分子和发展对象 21 名（全部：./dangjian statistics）\n");
    // With the county's first-topic rule its violations (and a teaching result short of target) put 东关初级中学 last.
    assertThat(out).contains("基层党组织党建工作目标责任考核排名 · 末位：清河县东关初级中学党支部 (68.60)\n");
    // What is still owed after the day: the year's 民主评议 and 组织生活会 by every branch, December's 党小组会 by every group.
    assertThat(out).contains("尚待完成（2024-12-20 之后）：83 项\n");
    assertThat(lineWith(out, "  2024-12-31  组织生活会")).contains("23 个组织");
    assertThat(lineWith(out, "  2024-12-31  党小组会")).contains("37 个组织");
    assertThat(out).endsWith("HTML 报告已写入 " + html.toAbsolutePath().normalize() + "\n");
    assertThat(Files.readString(html, StandardCharsets.UTF_8)).startsWith("<!DOCTYPE html>").contains("<html lang=\"zh-CN\">")
        .contains("目标责任书：签订 18 份，全部达标 11 份").contains("<td>county-office-letter@2024.1</td>")
        .contains("aria-label=\"党员（按性别和年龄）\"").contains("aria-label=\"正式党员（按性别和党龄）\"")
        .contains("<figcaption>党员（按人员类别） · 与 2023 年比较</figcaption>");
  }

  @Test
  void demoInEnglishWritesTheEnglishReportUnderTargetByDefault() throws Exception {
    Run run = run("demo", "--locale", "en");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).contains("Findings: violation 25 · warning 24 · notice 6\n").contains("  five stars ");
    Path html = Path.of("target", "dangjian-demo", "qinghe-2024.en.html").toAbsolutePath().normalize();
    assertThat(run.out()).endsWith("HTML report written to " + html + "\n");
    assertThat(Files.readString(html, StandardCharsets.UTF_8)).contains("<html lang=\"en\">").contains("Each branch&#39;s year");
  }

  @Test
  void benchTimesEachOperationOnASeededRegion() {
    Run run = run("bench", "county", "--runs", "1");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("county: 5000 members, ").contains(" (seed 20240101); generated in ");
    assertThat(lineWith(run.out(), "memory: ")).matches("memory: \\d+ bytes per member retained by the dataset .*");
    assertThat(lineWith(run.out(), "memory after an evaluation: ")).matches("memory after an evaluation: \\d+ bytes per member .*");
    for (String operation : new String[] {"JSON load (", "evaluation, cn-national, 2024", "evaluation, one thread", "scoring, member-points",
        "scoring, one thread", "scoring, hand-written loop", "evaluation and scoring", "three rules, engine", "three rules, hand-written loops"}) {
      assertThat(lineWith(run.out(), operation)).matches(".*\\d+\\.\\d ms.*");
    }
    assertThat(lineWith(run.out(), "scoring, member-points"))
        .matches(".*ms\\s+\\d+\\.\\d× the hand-written loop; a speed-up of \\d+\\.\\d× over one thread");
    assertThat(lineWith(run.out(), "evaluation and scoring")).matches(".*ms\\s+\\d+\\.\\d× the three-rule loops");
    assertThat(lineWith(run.out(), "three rules, engine")).matches(".*ms\\s+\\d+\\.\\d× the hand-written loops");
    assertThat(lineWith(run.out(), "session start, county-first-topic")).matches(".*\\d+\\.\\d ms\\s+one full evaluation");
    for (String change : new String[] {"incremental: one new activity ", "incremental: one new activity, then the report",
        "incremental: one new ledger entry"}) {
      assertThat(lineWith(run.out(), change)).matches(".*\\d+ µs\\s+mean of 2000");
    }
    assertThat(run("bench", "nation").status()).isEqualTo(2);
    assertThat(run("bench", "--runs", "0").status()).isEqualTo(2);
  }

  @Test
  void noReportShowsANationalIdOrPhoneNumberInFull(@TempDir Path dir) throws Exception {
    java.util.List<String> secrets = new java.util.ArrayList<>();
    SampleCounty.dataset().members().forEach(m -> {
      m.nationalId().ifPresent(id -> secrets.add(id.reveal()));
      m.phone().ifPresent(phone -> secrets.add(phone.reveal()));
    });
    assertThat(secrets).hasSize(2 * 591);
    Path html = dir.resolve("demo.html");
    StringBuilder outputs = new StringBuilder(run("demo", "--tree", "--html", html.toString()).out());
    outputs.append(Files.readString(html, StandardCharsets.UTF_8));
    for (String[] args : new String[][] {{"evaluate", "--format", "json"}, {"evaluate", "--format", "csv"}, {"score", "--format", "json"},
        {"score", "--subject", "m0001"}, {"calendar", "--as-of", "2024-10-01"}, {"diff", "--from", "cn-national", "--to", "county-first-topic"}}) {
      Run run = run(args);
      assertThat(run.status()).as(String.join(" ", args) + ": " + run.err()).isZero();
      outputs.append(run.out()).append(run.err());
    }
    String all = outputs.toString();
    assertThat(secrets).noneMatch(all::contains);
  }

  @Test
  void scoreListsTheBoardBestFirstAndNamesTheBottomRanked() {
    Run run = run("score", "--scheme", "organisation-ranking", "--limit", "3");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("基层党组织党建工作目标责任考核排名 · organisation-ranking@2024.2 · 2024年 · 共 18 张");
    // Last: its one correction overdue (none in time, 0 of 20), though its letter and spot checks are sound.
    assertThat(run.out()).contains("… 另有 15 张（--limit 0 列出全部）").contains("末位：nj 清河县南街镇中心小学党支部");
    assertThat(lineWith(run.out(), "   1  ")).contains("cg1").contains("98.80");
  }

  @Test
  void scoreShowsOneCardWithEveryLineItemAndItsReason() {
    Run run = run("score", "--subject", "m0191");
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).startsWith("m0191 田文 · member-points@2024.1 · 95.00 · 优 · #12");
    assertThat(lineWith(run.out(), "2024-02-24")).endsWith("+0  activity:zj-b2-pl-2024-02-24 — 每月最多2（2024-02）");
    assertThat(lineWith(run.out(), "校级表彰")).endsWith("同组（commendation）只计最高一项：commendation-county（5）");
    // The README's excerpt of this card: every line it shows is in the output.
    try {
      String readme = java.nio.file.Files.readString(java.nio.file.Path.of("..", "README.md"));
      String block = readme.substring(readme.indexOf("--subject m0191` (excerpt):"));
      block = block.substring(block.indexOf("```\n") + 4);
      block = block.substring(0, block.indexOf("```"));
      assertThat(block.lines().toList()).hasSizeGreaterThan(10);
      assertThat(run.out().lines().toList()).containsAll(block.lines().toList());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Run english = run("score", "--subject", "m0191", "--locale", "en");
    assertThat(lineWith(english.out(), "2024-02-24")).endsWith("+0  activity:zj-b2-pl-2024-02-24 — capped at 2 a month (2024-02)");
    assertThat(english.out()).contains("superseded in group commendation by commendation-county (5)");
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
    DatasetFormat.write(SampleCounty.dataset(), yaml, org.dangjian.core.json.Layout.INDENTED, DatasetFormat.PersonalDataPolicy.INCLUDE);
    assertThat(run("format", "--layout", "record-per-line", "--include-personal-data", yaml.toString(), json.toString()).status()).isZero();
    assertThat(json).hasContent(new String(SampleCounty.bytes(), StandardCharsets.UTF_8).stripTrailing());
    // Without the flag, national ID and phone numbers are left out.
    assertThat(run("format", yaml.toString(), json.toString()).status()).isZero();
    assertThat(json).content().doesNotContain("nationalId").doesNotContain("\"phone\"").contains("\"birthDate\"");
    assertThat(run("format", "--layout", "compact", yaml.toString(), json.toString()).status()).isEqualTo(2);
  }

  @Test
  void formatWritesAndValidateReadsOneRecordPerLine(@TempDir Path dir) throws Exception {
    Path json = dir.resolve("c.json");
    Path lines = dir.resolve("c.jsonl");
    Files.write(json, SampleCounty.bytes());
    assertThat(run("format", json.toString(), lines.toString()).status()).isZero();
    // 2024's 3,168 activities and 2023's 1,738 (its organisational life a year earlier, for the statistics' comparison).
    assertThat(SampleCounty.dataset().activities()).hasSize(3168 + 1738);
    assertThat(Files.readAllLines(lines, StandardCharsets.UTF_8)).hasSize(1 + 30 + 65 + 591 + 3168 + 1738 + SampleCounty.dataset().duesBases().size()
        + 6818 + SampleCounty.dataset().trainings().size() + 3175 + SampleCounty.dataset().commitments().size() + 2252
        + SampleCounty.dataset().reportRatings().size()
        + SampleCounty.dataset().records(org.dangjian.core.governance.GovernanceDocument.KIND).size()
        + SampleCounty.dataset().records(org.dangjian.core.governance.LeadershipPost.KIND).size()
        + SampleCounty.dataset().records(org.dangjian.core.governance.DutyReport.KIND).size()
        + SampleCounty.dataset().records(org.dangjian.core.supervision.Inspection.KIND).size()
        + SampleCounty.dataset().records(org.dangjian.core.supervision.Correction.KIND).size()
        + SampleCounty.dataset().records(org.dangjian.core.supervision.Bulletin.KIND).size()
        + SampleCounty.dataset().records(org.dangjian.core.supervision.ResponsibilityLetter.KIND).size()
        + SampleCounty.dataset().records(org.dangjian.core.supervision.IndicatorValue.KIND).size());
    Run valid = run("validate", lines.toString());
    assertThat(valid.status()).as(valid.err()).isZero();
    assertThat(valid.out()).isEqualTo(lines + ": valid dataset (30 units, 65 organisations, 591 members)\n");
    Files.writeString(lines, Files.readString(lines, StandardCharsets.UTF_8).replaceFirst("\"branch\":\"yz-b1\"", "\"branch\":\"yz-b9\""),
        StandardCharsets.UTF_8);
    Run invalid = run("validate", lines.toString());
    assertThat(invalid.status()).isEqualTo(1);
    assertThat(invalid.err()).matches("(?s)" + java.util.regex.Pattern.quote(lines.toString()) + ":\\d+:1: members\\[\\d+\\]\\.branch: dangling-reference: .*");
  }

  @Test
  void validateReadsAFolderOfPartFilesAsOneDataset(@TempDir Path dir) throws Exception {
    Path parts = dir.resolve("parts");
    org.dangjian.core.dataset.Dataset county = SampleCounty.dataset();
    DatasetFormat.writeParts(county.partition(org.dangjian.core.dataset.Dataset.byAncestorAt(1)), parts,
        DatasetFormat.PersonalDataPolicy.OMIT);
    Run valid = run("validate", parts.toString());
    assertThat(valid.status()).as(valid.err()).isZero();
    assertThat(valid.out()).isEqualTo(parts + ": valid dataset (30 units, 65 organisations, 591 members)\n");
    Path part = parts.resolve("_.jsonl");
    Files.writeString(part, Files.readString(part, StandardCharsets.UTF_8) + "{\"notice\":{}}\n", StandardCharsets.UTF_8);
    Run invalid = run("validate", parts.toString());
    assertThat(invalid.status()).isEqualTo(1);
    assertThat(invalid.err()).startsWith(part + ":").contains("unknown kind of record 'notice'");
  }

  @Test
  void usageErrorsAndUnreadableFilesFailCleanly(@TempDir Path dir) {
    assertThat(run("demo", "--as-of", "2024-02-30").status()).isEqualTo(2);
    Run missing = run("format", dir.resolve("none.txt").toString(), dir.resolve("out.json").toString());
    assertThat(missing.status()).isEqualTo(1);
    assertThat(missing.err()).contains("name the file .json, .yaml or .yml").doesNotContain("Exception");
  }
}
