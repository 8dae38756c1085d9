package org.dangjian.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangjian.cli.MainTest.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
    assertThat(zh.out()).startsWith("cn-national@2024.1 · 2024 · as of 2024-12-31\n违规 16 · 警示 10 · 提示 6\n");
    assertThat(zh.out().lines().filter(l -> l.startsWith("["))).hasSize(32);
    Run en = run("evaluate", "--window", "2024", "--locale", "en");
    assertThat(en.out()).contains("violation 16 · warning 10 · notice 6").contains("[violation] dues-arrears: ");
  }

  @Test
  void evaluateWritesCsvAndJson() {
    Run csv = run("evaluate", "--format", "csv");
    assertThat(csv.status()).isZero();
    assertThat(csv.out().split("\r\n")).hasSize(33)
        .startsWith("rule,severity,organisation,subject,period,since,message,citation,evidence");
    Run json = run("evaluate", "--format", "json", "--window", "2024-Q4");
    assertThat(json.out()).contains("\"schema\": \"dangjian/compliance-report@1\"");
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
    assertThat(run.out()).isEqualTo("8 passed, 0 failed\n");
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
    assertThat(run.status()).isEqualTo(1);
    assertThat(run.out()).contains("FAILED " + dir.resolve("x.scenario.yaml") + " (cannot be read)")
        .contains("dataset: missing-field").endsWith("8 passed, 1 failed\n");
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
        "schema: dangjian/scenario@1\nname: 空\nruleSet: cn-national\ndataset: data.yaml\nwindow: 2024\n");
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
}
