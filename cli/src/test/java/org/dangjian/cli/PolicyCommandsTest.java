package org.dangjian.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangjian.cli.MainTest.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dangjian.cli.MainTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The policy author's commands: evaluate and test, their outputs and exit codes. */
class PolicyCommandsTest {
  private static final String OVERLAY = """
      schema: dangjian/rule-set@1
      id: county
      version: "1"
      title: 某县
      effective: {from: 2024-01-01}
      extends: cn-national
      rules:
        - id: branch-size
          parameters: {max: 40}
      """;

  private static final String DATASET = """
      schema: dangjian/dataset@1
      region: {code: t, name: 测试}
      organisations:
        - {id: root, name: 党委, kind: grassroots-committee, established: 2000-01-01}
        - {id: b1, name: 一支部, kind: branch, parent: root, established: 2000-01-01}
      members:
        - {id: m1, name: 王一, gender: male, birthDate: 1980-01-01, category: teacher, branch: b1,
           history: [{type: transferred-in, date: 2001-09-01, from: 师范学院, letter: {number: X, issued: 2001-08-01, validUntil: 2001-10-01}, status: full, fullSince: 2000-06-01}]}
      activities:
        - {id: a1, organisation: b1, type: theme-party-day, date: 2024-10-15, attendees: [m1]}
      """;

  @Test
  void evaluatePrintsCountsAndFindingsInChineseOrEnglish() {
    Run zh = run("evaluate", "--window", "2024");
    assertThat(zh.status()).as(zh.err()).isZero();
    assertThat(zh.out()).startsWith("cn-national@2024.1 · 2024 · 截至 2024-12-31\n违规 18 · 警示 10 · 提示 6\n");
    assertThat(zh.out().lines().filter(l -> l.startsWith("["))).hasSize(34);
    Run en = run("evaluate", "--window", "2024", "--locale", "en");
    assertThat(en.out()).startsWith("cn-national@2024.1 · 2024 · as of 2024-12-31\n").contains("violation 18 · warning 10 · notice 6")
        .contains("[violation] dues-arrears: ");
  }

  @Test
  void evaluateWritesCsvAndJson() {
    Run csv = run("evaluate", "--format", "csv");
    assertThat(csv.status()).isZero();
    assertThat(csv.out().split("\r\n")).hasSize(35)
        .startsWith("rule,severity,organisation,subject,period,since,message,citation,evidence");
    Run json = run("evaluate", "--format", "json", "--window", "2024-Q4");
    assertThat(json.out()).contains("\"schema\": \"dangjian/compliance-report@1\"");
    // For Excel: a byte-order mark on request, and no cell a spreadsheet would run as a formula.
    Run excel = run("evaluate", "--format", "csv", "--bom");
    assertThat(excel.out()).startsWith("\uFEFFrule,severity,").isEqualTo("\uFEFF" + csv.out());
    assertThat(csv.out()).doesNotStartWith("\uFEFF");
  }

  @Test
  void csvCellsAreNeverFormulas() {
    assertThat(EvaluateCommand.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
    assertThat(EvaluateCommand.cell("+1")).isEqualTo("'+1");
    assertThat(EvaluateCommand.cell("-2+3")).isEqualTo("'-2+3");
    assertThat(EvaluateCommand.cell("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(EvaluateCommand.cell("\tx")).isEqualTo("'\tx");
    assertThat(EvaluateCommand.cell("a=b, c")).isEqualTo("\"a=b, c\"");
    assertThat(EvaluateCommand.cell("")).isEmpty();
    assertThat(EvaluateCommand.cell("清河县")).isEqualTo("清河县");
  }

  @Test
  void evaluateReadsAnOverlayFromAFile(@TempDir Path dir) throws IOException {
    Path overlay = Files.writeString(dir.resolve("county.yaml"), OVERLAY);
    Run run = run("evaluate", "--rules", overlay.toString());
    assertThat(run.status()).as(run.err()).isZero();
    // a branch limit of 40 instead of 50 still catches only the branch of 53
    assertThat(run.out()).startsWith("county@1 · 2024").contains("[警示] branch-size: ");
  }

  @Test
  void aMalformedRuleSetIsReportedWithFileLineAndPath(@TempDir Path dir) throws IOException {
    Path bad = Files.writeString(dir.resolve("bad.yaml"), OVERLAY.replace("{max: 40}", "{max: 40, mxa: 3}"));
    Run run = run("evaluate", "--rules", bad.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).contains("bad.yaml:9:").contains("rules[0].parameters.mxa");
    assertThat(run.err()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertThat(run("evaluate", "--window", "2024-13").status()).isEqualTo(2);
    assertThat(run("evaluate", "--format", "xml").status()).isEqualTo(2);
    assertThat(run("score", "--format", "csv").status()).isEqualTo(2);
  }

  @Test
  void testRunsTheBuiltInScenarios() {
    Run run = run("test", "--built-in");
    assertThat(run.status()).as(run.out()).isZero();
    assertThat(run.out()).isEqualTo("9 passed, 0 failed\n");
  }

  @Test
  void aBrokenScenarioFailsWithItsDifferences(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("data.yaml"), DATASET);
    Files.writeString(dir.resolve("good.scenario.yaml"), """
        schema: dangjian/scenario@1
        name: 十月开了主题党日
        ruleSet: cn-national
        dataset: data.yaml
        window: 2024-10
        expect:
          absent: [{rule: theme-party-day-monthly}]
        """);
    Files.writeString(dir.resolve("broken.scenario.yaml"), """
        schema: dangjian/scenario@1
        name: 十一月也开了主题党日（错误的预期）
        ruleSet: cn-national
        dataset: data.yaml
        window: 2024-11
        expect:
          absent: [{rule: theme-party-day-monthly}]
        """);
    Files.writeString(dir.resolve("later.scenario.yaml"), """
        schema: dangjian/scenario@1
        name: 待补充
        ruleSet: cn-national
        dataset: data.yaml
        window: 2024-12
        todo: true
        """);

    Run run = run("test", dir.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).contains("FAILED 十一月也开了主题党日（错误的预期） (" + dir.resolve("broken.scenario.yaml") + ")\n"
        + "  found, but expected absent (theme-party-day-monthly): {rule: theme-party-day-monthly, subject: organisation:b1, "
        + "period: 2024-11, severity: violation} — 一支部在2024-11召开主题党日0次");
    assertThat(run.out()).contains("SKIPPED 待补充").doesNotContain("PASSED").endsWith("1 passed, 1 failed, 1 skipped\n");
    assertThat(run("test", "--verbose", dir.resolve("good.scenario.yaml").toString()).out())
        .isEqualTo("PASSED 十月开了主题党日 (" + dir.resolve("good.scenario.yaml") + ")\n1 passed, 0 failed\n");
  }

  @Test
  void anEmptyFolderOrAMissingPathFails(@TempDir Path dir) {
    Run empty = run("test", dir.toString());
    assertThat(empty.status()).isEqualTo(1);
    assertThat(empty.out()).contains("no scenario files (*.scenario.yaml) under " + dir).contains("0 passed, 0 failed");
    Run missing = run("test", dir.resolve("nowhere").toString());
    assertThat(missing.status()).isEqualTo(1);
    assertThat(missing.err()).contains("no such file or folder");
  }

  @Test
  void anUnreadableScenarioCountsAsFailedAndTheRestStillRun(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("x.scenario.yaml"), "schema: dangjian/scenario@1\nname: 坏\nruleSet: cn-national\n");
    Run run = run("test", dir.toString(), "--built-in");
    assertThat(run.status()).as("unreadable input, told from a failure (1)").isEqualTo(2);
    assertThat(run.out()).contains("FAILED " + dir.resolve("x.scenario.yaml") + " (cannot be read)")
        .contains("dataset: missing-field").endsWith("9 passed, 1 failed\n");
  }

  @Test
  void validateTellsRuleSetsSchemesScenariosAndDatasetsApart(@TempDir Path dir) throws IOException {
    Path overlay = Files.writeString(dir.resolve("county.yaml"), OVERLAY);
    Path data = Files.writeString(dir.resolve("data.yaml"), DATASET);
    Path scheme = Files.writeString(dir.resolve("points.yaml"), """
        schema: dangjian/scoring-scheme@1
        id: county-points
        version: "1"
        title: 某县党员积分
        effective: {from: 2024-01-01}
        extends: member-points
        disable: [theme-days]
        """);
    Path scenario = Files.writeString(dir.resolve("x.scenario.yaml"),
        "schema: dangjian/scenario@1\nname: 空\nruleSet: cn-national\ndataset: data.yaml\nwindow: 2024\n"
            + "expect:\n  absent:\n    - {rule: committee-term}\n");
    Path badScheme = Files.writeString(dir.resolve("bad-points.yaml"), Files.readString(scheme).replace("theme-days", "theme-day"));

    Run run = run("validate", overlay.toString(), data.toString(), scheme.toString(), scenario.toString(), badScheme.toString());

    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out().lines()).containsExactly(
        overlay + ": valid rule set county@1 (from 2024-01-01)",
        data + ": valid dataset (0 units, 2 organisations, 1 members)",
        scheme + ": valid scoring scheme county-points@1 (from 2024-01-01)",
        scenario + ": valid scenario '空'");
    assertThat(run.err()).startsWith(badScheme + ":7:").contains("disable[0]: unknown-item: item 'theme-day' is not inherited");
  }

  @Test
  void validateFailsAScenarioNamingARuleItsRuleSetLacks(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("data.yaml"), DATASET);
    Path scenario = Files.writeString(dir.resolve("x.scenario.yaml"), "schema: dangjian/scenario@1\nname: 错字\nruleSet: cn-national\n"
        + "dataset: data.yaml\nwindow: 2024\nexpect:\n  absent:\n    - {rule: branch-sise}\n");
    Run run = run("validate", scenario.toString());
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.err()).startsWith(scenario + ":8:").contains("expect.absent[0].rule: unknown-rule: rule 'branch-sise' is not in the "
        + "resolved rule set cn-national (did you mean 'branch-size'?); its rules are: ");
  }

  @Test
  void diffListsExactlyWhatTheFirstTopicOverlayAddsToTheNationalBaseline() {
    Run run = run("diff", "--from", "cn-national", "--to", "county-first-topic", "--window", "2024");
    assertThat(run.status()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines).startsWith("cn-national@2024.1 → county-first-topic@2024.1 · 2024", "问题：新增 32 条，消除 0 条，变化 2 条");
    assertThat(lines.stream().filter(l -> l.startsWith("  + ")).map(l -> l.replaceAll(":.*", "")))
        .containsExactly("  + [警示] governance-rate", "  + [警示] appraisal-coverage", "  + [提示] points-recorded",
            "  + [提示] points-recorded", "  + [警示] leadership-team", "  + [警示] annual-commitment",
            "  + [警示] governance-documents", "  + [警示] leadership-team", "  + [违规] major-matters",
            "  + [警示] governance-documents", "  + [违规] first-topic", "  + [提示] points-recorded", "  + [违规] first-topic",
            "  + [违规] first-topic", "  + [违规] first-topic", "  + [违规] first-topic", "  + [违规] first-topic",
            "  + [警示] leadership-team", "  + [违规] major-matters", "  + [警示] annual-commitment", "  + [警示] duty-reports",
            "  + [警示] duty-reports", "  + [警示] governance-documents", "  + [警示] duty-reports", "  + [警示] leadership-team",
            "  + [警示] annual-commitment", "  + [警示] leadership-team", "  + [违规] major-matters", "  + [警示] duty-reports",
            "  + [警示] governance-documents", "  + [警示] leadership-team", "  + [违规] major-matters");
    assertThat(lines).filteredOn(l -> l.startsWith("  - ")).isEmpty();
    assertThat(lines).filteredOn(l -> l.startsWith("  ~ ")).containsExactly(
        "  ~ [提示→警示] record-completeness: 清河县民办学校联合党支部2024-08-24党课记录缺少：主讲人",
        "  ~ [提示→警示] record-completeness: 清河县南街镇中心小学党支部2024-12-27民主评议党员记录缺少：缺席原因");
    assertThat(lines).contains("清河县东关初级中学党支部 (dgcz)", "  + [违规] first-topic: 清河县东关初级中学党支部2024-07-06召开支部委员会会议，"
        + "未将学习贯彻上级精神作为第一议题；第一项议题为：研究师德师风建设 (凤县2023)");
  }

  @Test
  void diffTheOtherWayRoundRemovesWhatTheOverlayAddedAndWithASchemeShowsTheCardsThatMove() {
    Run back = run("diff", "--from", "county-first-topic", "--to", "cn-national");
    assertThat(back.out()).contains("问题：新增 0 条，消除 32 条，变化 2 条").contains("  ~ [警示→提示] record-completeness");
    Run same = run("diff", "--from", "cn-national", "--to", "cn-national");
    assertThat(same.out()).isEqualTo("cn-national@2024.1 → cn-national@2024.1 · 2024\n问题：新增 0 条，消除 0 条，变化 0 条\n");
    Run scored = run("diff", "--from", "cn-national", "--to", "county-first-topic", "--scheme", "branch-stars");
    // six violations of the 第一议题 cost 东关初级中学 22 more of its 30 management points
    assertThat(scored.out()).contains("branch-stars@2024.1：")
        .contains("  dgcz 清河县东关初级中学党支部: 89.83 three-stars #20 [demoted-by-quota] → 67.83 two-stars #23\n");
    assertThat(run("diff", "--to", "cn-national").status()).isEqualTo(2);
    assertThat(run("diff", "--from", "cn-national", "--to", "cn-national", "--window", "2024-Q4", "--scheme", "branch-stars").status())
        .isEqualTo(2);
  }

  /** The README's walk-through for policy authors, run as written: every command's output as shown there. */
  @Test
  void theReadmeWalkThroughForPolicyAuthorsHolds(@TempDir Path dir) throws IOException {
    Path root = Path.of("..").toAbsolutePath().normalize();
    String readme = Files.readString(root.resolve("README.md"));
    Path examples = root.resolve("examples/policy-author");
    for (String command : List.of("validate examples/policy-author/*.yaml", "test examples/policy-author",
        "diff --from cn-national --to examples/policy-author/county.yaml", "rules show branch-size")) {
      String shown = shownOutput(readme, "$ ./dangjian " + command + "\n");
      List<String> args = new java.util.ArrayList<>();
      for (String arg : command.split(" ")) {
        if (arg.endsWith("*.yaml")) {
          try (var files = Files.list(examples)) {
            files.filter(f -> f.toString().endsWith(".yaml")).sorted().forEach(f -> args.add(f.toString()));
          }
        } else {
          args.add(arg.startsWith("examples/") ? root.resolve(arg).toString() : arg);
        }
      }
      Run run = run(args.toArray(String[]::new));
      assertThat(run.out().replace(root + "/", "")).as(command).isEqualTo(shown);
    }
    // sets show, shown in excerpts (… for what is left out): each line shown is in the output, in order.
    String excerpt = shownOutput(readme, "$ ./dangjian sets show examples/policy-author/county.yaml\n");
    List<String> output = run("sets", "show", examples.resolve("county.yaml").toString()).out().lines().toList();
    List<String> shownLines = excerpt.lines().filter(line -> !line.equals("…")).toList();
    assertThat(shownLines).isNotEmpty();
    assertThat(output).containsSubsequence(shownLines);
    // The spreadsheet step, in a copy: export, change the one value, import with --dry-run.
    Path sheet = Files.createDirectories(dir.resolve("sheet/examples/policy-author"));
    Path county = Files.copy(examples.resolve("county.yaml"), sheet.resolve("county.yaml"));
    Path table = dir.resolve("sheet/county.csv");
    assertThat(run("sets", "export", county.toString(), "--out", table.toString()).status()).isZero();
    String csv = Files.readString(table);
    assertThat(csv).contains("\r\nbranch-size,branch-size,max,45,");
    Files.writeString(table, csv.replace("\r\nbranch-size,branch-size,max,45,", "\r\nbranch-size,branch-size,max,40,"));
    String importing = "$ ./dangjian sets import county.csv --into examples/policy-author/county.yaml --dry-run\n";
    assertThat(readme).contains("$ ./dangjian sets export examples/policy-author/county.yaml --out county.csv\n" + importing);
    Run dry = run("sets", "import", table.toString(), "--into", county.toString(), "--dry-run");
    assertThat(dry.out().replace(dir + "/sheet/", "")).isEqualTo(shownOutput(readme, importing));
    assertThat(Files.readString(county)).isEqualTo(Files.readString(examples.resolve("county.yaml")));
    // The failure shown: the second case expecting the gap in the second quarter.
    Path copy = Files.createDirectories(dir.resolve("examples/policy-author"));
    try (var files = Files.list(examples)) {
      for (Path file : files.toList()) {
        Files.writeString(copy.resolve(file.getFileName()), Files.readString(file).replace("period: 2024-Q3", "period: 2024-Q2"));
      }
    }
    Run failing = run("test", copy.toString());
    assertThat(failing.status()).isEqualTo(1);
    String shown = readme.substring(readme.indexOf("FAILED 第三季度未上党课"));
    assertThat(failing.out().replace(dir + "/", "")).isEqualTo(shown.substring(0, shown.indexOf("```")));
  }

  /** The lines after {@code command} in the README, up to the next command or the end of the block. */
  private static String shownOutput(String readme, String command) {
    int start = readme.indexOf(command);
    assertThat(start).as("README shows " + command).isNotNegative();
    String rest = readme.substring(start + command.length());
    int end = Math.min(rest.indexOf("```"), rest.contains("\n$ ") ? rest.indexOf("\n$ ") + 1 : Integer.MAX_VALUE);
    return rest.substring(0, end);
  }

  @Test
  void calendarListsWhatIsStillOwedByDeadline() {
    Run october = run("calendar", "--as-of", "2024-10-01");
    assertThat(october.status()).as(october.err()).isZero();
    List<String> lines = october.out().lines().toList();
    assertThat(lines.get(0)).startsWith("cn-national@2024.1 · 2024-10-01 之后尚欠 · 共 ").endsWith(" 项");
    assertThat(lines.get(2)).matches("截止\\s+组织\\s+活动\\s+尚欠\\s+周期\\s+规则");
    List<String> deadlines = lines.subList(3, lines.size()).stream().map(l -> l.substring(0, 10)).toList();
    assertThat(deadlines).isSorted().contains("2024-10-31", "2024-12-31");
    assertThat(october.out()).contains("清河县实验小学党支部").contains("支部委员会会议");
    // The last day of the year: the year's periods are all over, nothing is owed in them any more.
    assertThat(run("calendar", "--as-of", "2024-12-31").out()).isEqualTo("cn-national@2024.1 · 2024-12-31 之后尚欠 · 共 0 项\n");
    assertThat(run("calendar", "--as-of", "2024-10-01", "--locale", "en").out()).contains("committee meeting");
    assertThat(run("calendar").status()).isEqualTo(2);
  }

  @Test
  void schemaPrintsEachFormatsJsonSchema() {
    for (String name : List.of("dataset", "ruleset", "scheme", "letter", "scenario", "report", "board", "letters", "statistics", "diff",
        "calendar")) {
      Run run = run("schema", name);
      assertThat(run.status()).as(name).isZero();
      assertThat(run.out()).as(name).startsWith("{").contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\"")
          .endsWith("}\n");
    }
    assertThat(run("schema", "scenario").out()).contains("\"const\": \"dangjian/scenario@1\"");
    assertThat(run("schema", "report").out()).contains("\"const\": \"dangjian/compliance-report@1\"");
    assertThat(run("schema", "board").out()).contains("\"const\": \"dangjian/score-board@1\"");
    assertThat(run("schema", "letter").out()).contains("\"const\": \"dangjian/responsibility-letter@1\"");
    assertThat(run("schema", "letters").out()).contains("\"const\": \"dangjian/letter-attainment@1\"");
    assertThat(run("schema", "rules").status()).isEqualTo(2);
  }

  @Test
  void generateWritesTheSameCountyForTheSameSeedAndItValidates(@TempDir Path dir) throws IOException {
    Path first = dir.resolve("a.json");
    Path second = dir.resolve("b.json");
    Run run = run("generate", "--size", "county", "--seed", "7", "--out", first.toString());
    assertThat(run.status()).as(run.err()).isZero();
    assertThat(run.out()).startsWith(first + ": 5000 members, ").endsWith("(seed 7)\n");
    run("generate", "--seed", "7", "--out", second.toString());
    assertThat(Files.mismatch(first, second)).isEqualTo(-1L);
    assertThat(run("validate", first.toString()).out()).contains("valid dataset (").contains("5000 members");
    assertThat(run("generate", "--size", "nation", "--out", first.toString()).status()).isEqualTo(2);
  }
}
