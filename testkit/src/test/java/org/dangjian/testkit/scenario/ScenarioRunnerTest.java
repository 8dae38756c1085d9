package org.dangjian.testkit.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dangjian.core.Problem;
import org.dangjian.core.ValidationException;
import org.dangjian.rules.RuleSetRegistry;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

class ScenarioRunnerTest {
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
  private final ScenarioRunner runner = new ScenarioRunner(RuleSetRegistry.standard());

  private static Path write(Path dir, String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private static String scenario(String expect) {
    return "schema: dangjian/scenario@1\nname: 测试\nruleSet: cn-national\ndataset: data.yaml\nwindow: 2024-Q4\n" + expect;
  }

  @Test
  void failuresShowExpectedAgainstActual(@TempDir Path dir) throws IOException {
    write(dir, "data.yaml", DATASET);
    Path file = write(dir, "x.scenario.yaml", scenario("""
        expect:
          findings:
            - {rule: theme-party-day-monthly, subject: organisation:b1, period: 2024-11}
            - {rule: branch-size}
          absent:
            - {rule: theme-party-day-monthly, period: 2024-12}
          noOtherFindings: true
        """));
    ScenarioResult result = runner.run(Scenario.read(file));
    assertThat(result.status()).isEqualTo(ScenarioResult.Status.FAILED);
    assertThat(result.failures()).contains("expected, not found: branch-size")
        .anySatisfy(f -> assertThat(f).startsWith("found, but expected absent (theme-party-day-monthly 2024-12): "
            + "{rule: theme-party-day-monthly, subject: organisation:b1, period: 2024-12, severity: violation} — 一支部在2024-12召开主题党日0次"))
        .anySatisfy(f -> assertThat(f).startsWith("found, not expected: {rule: branch-general-meeting-quarterly"));
    assertThat(result.describe()).startsWith("FAILED 测试 (");
  }

  @Test
  void aCaseMarkedTodoIsSkipped(@TempDir Path dir) throws IOException {
    write(dir, "data.yaml", DATASET);
    Path file = write(dir, "x.scenario.yaml", scenario("todo: true\n"));
    assertThat(runner.run(Scenario.read(file)).status()).isEqualTo(ScenarioResult.Status.SKIPPED);
    List<DynamicTest> tests = ScenarioTests.dynamicTests(RuleSetRegistry.standard(), dir).toList();
    assertThatThrownBy(() -> tests.get(0).getExecutable().execute()).isInstanceOf(TestAbortedException.class);
  }

  @Test
  void aFolderWithoutScenariosFails(@TempDir Path dir) {
    List<DynamicTest> tests = ScenarioTests.dynamicTests(RuleSetRegistry.standard(), dir).toList();
    assertThat(tests).hasSize(1);
    assertThatThrownBy(() -> tests.get(0).getExecutable().execute()).isInstanceOf(AssertionFailedError.class)
        .hasMessageContaining("no scenario files");
  }

  @Test
  void scenarioFilesAreReadStrictly(@TempDir Path dir) throws IOException {
    write(dir, "data.yaml", DATASET);
    Path file = write(dir, "x.scenario.yaml", scenario("expect:\n  findings:\n    - {rule: a, sevrity: warning}\n  noOthers: true\n"));
    ValidationException e = catchThrowableOfType(ValidationException.class, () -> Scenario.read(file));
    assertThat(e.problems()).extracting(Problem::path, Problem::line).containsExactly(
        org.assertj.core.groups.Tuple.tuple("expect.findings[0].sevrity", 8),
        org.assertj.core.groups.Tuple.tuple("expect.noOthers", 9));
    Path badData = write(dir, "y.scenario.yaml", scenario("").replace("data.yaml", "bad.yaml"));
    write(dir, "bad.yaml", DATASET.replace("kind: branch", "kind: brunch"));
    assertThat(catchThrowableOfType(ValidationException.class, () -> Scenario.read(badData)).problems().get(0))
        .satisfies(p -> assertThat(p.toString()).startsWith("bad.yaml:5:").contains("organisations[1].kind: unknown-code"));
  }

  @Test
  void aScenarioScoringASchemeChecksItsCardsAndSaysHowTheyDiffer(@TempDir Path dir) throws IOException {
    write(dir, "data.yaml", DATASET);
    Path file = write(dir, "x.scenario.yaml", scenario("""
        scheme: member-points
        expect:
          cards:
            - {subject: m1, total: 80.5, grade: excellent, rank: 1, flags: [prorated], items: {theme-days: 0.5}, blocks: {politics: 15}}
            - {subject: m2}
        """).replace("window: 2024-Q4", "window: 2024"));
    ScenarioResult result = runner.run(Scenario.read(file));
    // m1 attended one theme day (+0.5 to 讲政治) and paid no dues all year (讲规矩 stays at its base of 15)
    assertThat(result.failures()).containsExactly(
        "m1: expected total 80.5, found {total: 75.50, grade: average, rank: 1, flags: [vetoed]}",
        "m1: expected grade excellent, found {total: 75.50, grade: average, rank: 1, flags: [vetoed]}",
        "m1: expected flags [prorated], found [vetoed] [veto by dues-arrears (党费逾期超过半年（党费项归零）)]",
        "m1: expected block politics at 15, found 20.5",
        "m2: expected a card, none found");
  }

  @Test
  void cardsNeedASchemeAndAYear(@TempDir Path dir) throws IOException {
    write(dir, "data.yaml", DATASET);
    Path noScheme = write(dir, "x.scenario.yaml", scenario("expect:\n  cards: [{subject: m1, flags: [gold]}]\n"));
    assertThat(catchThrowableOfType(ValidationException.class, () -> Scenario.read(noScheme)).problems())
        .extracting(Problem::path, Problem::code).containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("expect.cards[0].flags", "unknown-code"),
            org.assertj.core.groups.Tuple.tuple("expect.cards", "missing-field"));
    Path quarter = write(dir, "y.scenario.yaml", scenario("scheme: member-points\n"));
    assertThat(catchThrowableOfType(ValidationException.class, () -> Scenario.read(quarter)).problems())
        .extracting(Problem::path, Problem::code).containsExactly(org.assertj.core.groups.Tuple.tuple("window", "invalid-period"));
  }

  @Test
  void aScenarioMayWriteItsOverlayAndDatasetInline(@TempDir Path dir) throws IOException {
    Path file = write(dir, "inline.scenario.yaml", """
        schema: dangjian/scenario@1
        name: 内联规则与数据
        ruleSet:
          schema: dangjian/rule-set@1
          id: monthly-lectures
          version: "1"
          title: 党课每月1次
          effective: {from: 2024-01-01}
          extends: cn-national
          rules:
            - id: party-lecture-yearly
              parameters: {per: month}
        dataset:
        """ + DATASET.indent(2) + """
        window: 2024-Q4
        expect:
          findings:
            - {rule: party-lecture-yearly, subject: organisation:b1, period: 2024-10}
        """);
    Scenario scenario = Scenario.read(file);
    assertThat(scenario.ruleSet()).isEqualTo("monthly-lectures");
    assertThat(runner.run(scenario).status()).isEqualTo(ScenarioResult.Status.PASSED);

    Path bad = write(dir, "bad.scenario.yaml", Files.readString(file).replace("kind: branch,", "kind: brunch,"));
    assertThat(catchThrowableOfType(ValidationException.class, () -> Scenario.read(bad)).problems()).singleElement()
        .satisfies(p -> {
          assertThat(p.toString()).startsWith(bad + ":18:27: ");
          assertThat(p.path()).isEqualTo("dataset.organisations[1].kind");
        });
  }
}
