package org.dangjian.testkit.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dangjian.core.Problem;
import org.dangjian.core.ValidationException;
import org.dangjian.rules.RuleSetRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exact counts, due items, refused datasets and changes, and rule ids checked against the resolved set. */
class ScenarioExpectationsTest {
  private static final String DATASET = """
      schema: dangjian/dataset@1
      region: {code: t, name: 测试}
      organisations:
        - {id: root, name: 党委, kind: grassroots-committee, established: 2000-01-01}
        - {id: b1, name: 一支部, kind: branch, parent: root, established: 2000-01-01}
      members:
        - {id: m1, name: 王一, gender: male, birthDate: 1980-01-01, category: teacher, branch: b1,
           history: [{type: transferred-in, date: 2001-09-01, from: 师范学院, letter: {number: X, issued: 2001-08-01, validUntil: 2001-10-01}, status: full, fullSince: 2000-06-01}]}
        - {id: m2, name: 王二, gender: female, birthDate: 1981-01-01, category: teacher, branch: b1,
           history: [{type: transferred-in, date: 2024-03-01, from: 外县, letter: {number: Y, issued: 2024-02-20, validUntil: 2024-05-20}, status: probationary, admitted: 2024-02-01},
                     {type: probation-reviewed, date: 2024-08-01}]}
        - {id: m3, name: 王三, gender: male, birthDate: 1995-01-01, category: teacher, branch: b1,
           history: [{type: applied, date: 2024-09-02}, {type: first-talk-held, date: 2024-09-20}]}
      activities:
        - {id: a1, organisation: b1, type: theme-party-day, date: 2024-10-15, attendees: [m1, m2]}
      """;
  private final ScenarioRunner runner = new ScenarioRunner(RuleSetRegistry.standard());

  private static ScenarioResult run(ScenarioRunner runner, Path dir, String dataset, String rest) throws IOException {
    Files.writeString(dir.resolve("data.yaml"), dataset);
    Path file = Files.writeString(dir.resolve("x.scenario.yaml"),
        "schema: dangjian/scenario@1\nname: 测试\nruleSet: cn-national\ndataset: data.yaml\nwindow: 2024-Q4\n" + rest);
    return runner.run(Scenario.read(file));
  }

  private ScenarioResult run(Path dir, String rest) throws IOException {
    return run(runner, dir, DATASET, rest);
  }

  @Test
  void aCountIsExactUnlessItSaysAtLeast(@TempDir Path dir) throws IOException {
    // No theme party day in November or December: two findings of the rule.
    ScenarioResult one = run(dir, "expect:\n  findings:\n    - {rule: theme-party-day-monthly}\n");
    assertThat(one.failures()).singleElement().satisfies(f -> assertThat(f)
        .startsWith("expected, not found: theme-party-day-monthly (found 2)"));
    assertThat(run(dir, "expect:\n  findings:\n    - {rule: theme-party-day-monthly, count: 2}\n").status())
        .isEqualTo(ScenarioResult.Status.PASSED);
    assertThat(run(dir, "expect:\n  findings:\n    - {rule: theme-party-day-monthly, atLeast: 1}\n").status())
        .isEqualTo(ScenarioResult.Status.PASSED);
    assertThat(run(dir, "expect:\n  findings:\n    - {rule: theme-party-day-monthly, atLeast: 3}\n").failures())
        .singleElement().satisfies(f -> assertThat(f).startsWith("expected, not found: theme-party-day-monthly ×3 or more (found 2)"));
    Files.writeString(dir.resolve("both.scenario.yaml"), "schema: dangjian/scenario@1\nname: 测试\nruleSet: cn-national\n"
        + "dataset: data.yaml\nwindow: 2024-Q4\nexpect:\n  findings:\n    - {rule: theme-party-day-monthly, count: 2, atLeast: 1}\n");
    ValidationException both = catchThrowableOfType(ValidationException.class, () -> Scenario.read(dir.resolve("both.scenario.yaml")));
    assertThat(both.problems()).extracting(Problem::path).containsExactly("expect.findings[0].atLeast");
  }

  @Test
  void aMisspeltRuleIdFailsTheRunAndNamesTheLine(@TempDir Path dir) throws IOException {
    ScenarioResult result = run(dir, "expect:\n  absent:\n    - {rule: theme-party-day-montly}\n");
    assertThat(result.status()).isEqualTo(ScenarioResult.Status.FAILED);
    assertThat(result.failures()).singleElement().satisfies(f -> assertThat(f)
        .startsWith(dir.resolve("x.scenario.yaml") + ":8:").contains("expect.absent[0].rule: unknown-rule: rule 'theme-party-day-montly' "
            + "is not in the resolved rule set cn-national"));
  }

  @Test
  void itemsOnTheDueCalendar(@TempDir Path dir) throws IOException {
    String asOf = "asOf: 2024-12-20\n";
    assertThat(run(dir, asOf + """
        expect:
          due:
            - {organisation: b1, activityType: theme-party-day, period: 2024-12, deadline: 2024-12-31, remaining: 1}
            - {organisation: b1, activityType: organisational-life-meeting, rule: organisational-life-meeting-yearly}
          findings:
            - {rule: theme-party-day-monthly, period: 2024-11}
        """).failures()).isEmpty();
    ScenarioResult wrong = run(dir, asOf + "expect:\n  due:\n    - {organisation: b1, activityType: theme-party-day, deadline: 2024-11-30}\n");
    assertThat(wrong.failures()).singleElement().satisfies(f -> assertThat(f)
        .startsWith("expected on the due calendar, not found: b1 theme-party-day by 2024-11-30")
        .contains("due of that organisation: {organisation: b1, activityType: theme-party-day, period: 2024-12, deadline: 2024-12-31"));
  }

  @Test
  void aDatasetExpectedToBeRefused(@TempDir Path dir) throws IOException {
    String dangling = DATASET.replaceFirst("branch: b1,", "branch: b9,");
    ScenarioResult refused = run(runner, dir, dangling, "expect:\n  refused: {code: dangling-reference, path: \"members[0].branch\"}\n");
    assertThat(refused.failures()).isEmpty();
    assertThat(refused.status()).isEqualTo(ScenarioResult.Status.PASSED);
    assertThat(run(runner, dir, dangling, "expect:\n  refused: {code: dangling-reference, path: \"members[1].branch\"}\n").failures())
        .first().asString().startsWith("the dataset was refused, but not as expected (dangling-reference at members[1].branch):");
    assertThat(run(runner, dir, DATASET, "expect:\n  refused: {code: dangling-reference}\n").failures())
        .containsExactly("expected the dataset to be refused (dangling-reference), but it loaded");
    // Without the expectation a refused dataset is an error of the scenario file, as before.
    Files.writeString(dir.resolve("data.yaml"), dangling);
    Path file = Files.writeString(dir.resolve("y.scenario.yaml"),
        "schema: dangjian/scenario@1\nname: 测试\nruleSet: cn-national\ndataset: data.yaml\nwindow: 2024-Q4\n");
    assertThat(catchThrowableOfType(ValidationException.class, () -> Scenario.read(file)).problems())
        .extracting(Problem::code).containsExactly("dangling-reference");
  }

  @Test
  void changesAreSubmittedThroughTheGuardedLifecycle(@TempDir Path dir) throws IOException {
    // m3 designated activist with a probationary contact: refused by development-rights.
    String refusedByRule = """
        changes:
          - member: m3
            event: {type: activist-designated, date: 2024-11-01, contacts: [m2]}
            refused: {code: rule-violation, rule: development-rights}
          - member: m3
            event: {type: activist-designated, date: 2024-11-02, contacts: [m1]}
        expect:
          findings:
            - {rule: theme-party-day-monthly, count: 2}
          absent:
            - {rule: development-rights}
        """;
    assertThat(run(dir, refusedByRule).failures()).isEmpty();
    ScenarioResult unexpected = run(dir, refusedByRule.replace("    refused: {code: rule-violation, rule: development-rights}\n", ""));
    assertThat(unexpected.failures()).anySatisfy(f -> assertThat(f).startsWith("changes[0] (activist-designated for m3 on 2024-11-01) "
        + "was refused by the rules:").contains("development-rights"));
    ScenarioResult accepted = run(dir, """
        changes:
          - member: m1
            event: {type: moved, date: 2024-11-01, branch: b1}
            refused: {code: illegal-transition}
        """);
    assertThat(accepted.failures()).containsExactly(
        "expected changes[0] (moved for m1 on 2024-11-01) to be refused (illegal-transition), but it was accepted");
    assertThat(run(dir, """
        changes:
          - member: m1
            event: {type: applied, date: 2024-11-01}
            refused: {code: illegal-transition}
        """).failures()).isEmpty();
    assertThat(run(dir, "changes:\n  - member: m9\n    event: {type: applied, date: 2024-11-01}\n").failures())
        .containsExactly("changes[0] (applied for m9 on 2024-11-01) could not be applied: the dataset holds no member 'm9'");
    Files.writeString(dir.resolve("bad.scenario.yaml"), "schema: dangjian/scenario@1\nname: 测试\nruleSet: cn-national\n"
        + "dataset: data.yaml\nwindow: 2024-Q4\nchanges:\n  - member: m3\n    event: {type: activist-designated, date: 2024-11-31}\n");
    ValidationException bad = catchThrowableOfType(ValidationException.class, () -> Scenario.read(dir.resolve("bad.scenario.yaml")));
    assertThat(bad.problems()).extracting(Problem::path, Problem::code)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("changes[0].event.date", "invalid-date"));
    assertThat(bad.problems().get(0).line()).isEqualTo(8);
  }
}
