package org.dangjian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code test} for CI (a pattern, JUnit XML, JSON, failures told from unreadable files), completion and option values. */
class TestFormatsTest {

  record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(status, out.toString(), err.toString());
  }

  /** A folder with a passing scenario, a failing one, and one that cannot be read. */
  private static Path scenarios(Path dir) throws IOException {
    try (var in = TestFormatsTest.class.getResourceAsStream("/org/dangjian/rules/sets/cn-national.scenario.dataset.yaml")) {
      Files.copy(in, dir.resolve("data.yaml"));
    }
    String head = "schema: dangjian/scenario@1\nruleSet: cn-national\ndataset: data.yaml\nwindow: 2024-Q4\n";
    Files.writeString(dir.resolve("passes.scenario.yaml"), head + "name: 通过 <ok> & \"quoted\"\nexpect:\n  absent:\n    - {rule: committee-term, subject: \"organisation:nobody\"}\n");
    Files.writeString(dir.resolve("fails.scenario.yaml"), head + "name: 失败\nexpect:\n  findings:\n    - {rule: committee-term, count: 99}\n");
    Files.writeString(dir.resolve("broken.scenario.yaml"), head + "name: 坏\ntodo: \"yes\"\nexpect:\n  noOtherFindings: true\n");
    return dir;
  }

  @Test
  void junitXmlHasACasePerScenarioAndAnErrorPerUnreadableFile(@TempDir Path dir) throws IOException {
    Run run = run("test", scenarios(dir).toString(), "--format", "junit");
    assertThat(run.out()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"dangjian scenarios\" tests=\"3\" "
        + "failures=\"1\" errors=\"1\" skipped=\"0\">");
    assertThat(run.out()).contains("<testcase name=\"通过 &lt;ok&gt; &amp; &quot;quoted&quot;\"")
        .contains("<testcase name=\"失败\"").contains("<failure message=\"expected, not found: ")
        .contains("<error message=\"cannot be read\">").contains("todo: wrong-type").endsWith("</testsuite>\n");
    assertThat(run.status()).as("an unreadable file").isEqualTo(2);
  }

  @Test
  void jsonCountsAndListsEveryScenario(@TempDir Path dir) throws IOException {
    Run run = run("test", scenarios(dir).toString(), "--format", "json");
    assertThat(run.out()).contains("\"schema\": \"dangjian/test-results@1\"").contains("\"passed\": 1").contains("\"failed\": 1")
        .contains("\"status\": \"failed\"").contains("\"file\": \"" + dir.resolve("broken.scenario.yaml") + "\"");
  }

  @Test
  void aPatternChoosesTheScenariosAndFailuresAreToldFromUnreadableFiles(@TempDir Path dir) throws IOException {
    scenarios(dir);
    Run passes = run("test", dir.toString(), "--run", "通过");
    assertThat(passes.out()).endsWith("1 passed, 0 failed\n");
    assertThat(passes.status()).isZero();
    Run fails = run("test", dir.toString(), "--run", "fails\\.scenario");
    assertThat(fails.out()).endsWith("0 passed, 1 failed\n");
    assertThat(fails.status()).isEqualTo(1);
    Run none = run("test", dir.toString(), "--run", "nothing-matches");
    assertThat(none.out()).contains("no scenario was run").contains("--run matched none");
    assertThat(none.status()).isEqualTo(1);
    assertThat(run("test", dir.toString(), "--run", "(").status()).as("not a pattern").isEqualTo(2);
    assertThat(run("test", dir.toString(), "--format", "xml").status()).isEqualTo(2);
  }

  @Test
  void coverageNamesTheRulesNoScenarioShowedFiringAndFailUnderFailsTheRun(@TempDir Path dir) throws IOException {
    scenarios(dir);
    Files.delete(dir.resolve("fails.scenario.yaml"));
    Files.delete(dir.resolve("broken.scenario.yaml"));
    // The scenario that passes only says a finding is absent: it exercises nothing. This one shows unit-coverage firing.
    Files.writeString(dir.resolve("covers.scenario.yaml"), "schema: dangjian/scenario@1\nruleSet: cn-national\ndataset: data.yaml\n"
        + "window: 2024-Q4\nname: 覆盖\nexpect:\n  findings:\n    - {rule: unit-coverage, subject: \"unit:u4\"}\n");
    int rules = org.dangjian.rules.RuleSetRegistry.standard().resolve("cn-national", java.time.LocalDate.of(2024, 12, 31)).entries().size();
    Run run = run("test", dir.toString(), "--coverage");
    assertThat(run.status()).isZero();
    assertThat(run.out()).contains("2 passed, 0 failed\ncoverage: cn-national: 1 of " + rules + " rules exercised (")
        .contains("not exercised: ").contains("committee-term").doesNotContain("not exercised: unit-coverage")
        .doesNotContain(", unit-coverage,");
    assertThat(run("test", dir.toString(), "--fail-under", "0").status()).isZero();
    Run under = run("test", dir.toString(), "--fail-under", "100");
    assertThat(under.status()).isEqualTo(1);
    assertThat(under.err()).contains("coverage of cn-national is ").contains("under --fail-under 100");
    assertThat(run("test", dir.toString(), "--fail-under", "101").status()).as("not a percentage").isEqualTo(2);
    Run json = run("test", dir.toString(), "--coverage", "--format", "json");
    assertThat(json.out()).contains("\"coverage\": [").contains("\"ruleSet\": \"cn-national\"").contains("\"rules\": " + rules)
        .containsPattern("\"exercised\": \\[\\s*\"unit-coverage\"\\s*]");
  }

  @Test
  void coverageIsComparedExactlyAtItsEdge() {
    TestCommand.SetCoverage quarter = new TestCommand.SetCoverage("x", new java.util.TreeSet<>(java.util.List.of("a", "b", "c", "d")),
        new java.util.TreeSet<>(java.util.List.of("b")));
    assertThat(quarter.percent()).isEqualTo("25.0");
    assertThat(quarter.notExercised()).containsExactly("a", "c", "d");
    assertThat(quarter.isUnder(new java.math.BigDecimal("25"))).as("exactly the target").isFalse();
    assertThat(quarter.isUnder(new java.math.BigDecimal("25.01"))).isTrue();
    TestCommand.SetCoverage third = new TestCommand.SetCoverage("y", new java.util.TreeSet<>(java.util.List.of("a", "b", "c")),
        new java.util.TreeSet<>(java.util.List.of("a")));
    assertThat(third.percent()).isEqualTo("33.3");
    assertThat(third.isUnder(new java.math.BigDecimal("33.3"))).as("33.33…% is not under 33.3").isFalse();
    assertThat(third.isUnder(new java.math.BigDecimal("33.34"))).isTrue();
  }

  @Test
  void completionScriptsAndLocalesThatExist() {
    Run bash = run("completion", "bash");
    assertThat(bash.status()).isZero();
    assertThat(bash.out()).startsWith("#!/usr/bin/env bash").contains("complete -F").contains("evaluate").contains("--locale");
    Run zsh = run("completion", "zsh");
    assertThat(zsh.out()).startsWith("autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n#!/usr/bin/env bash");
    assertThat(run("completion", "fish").status()).isEqualTo(2);
    Run unknown = run("evaluate", "--locale", "xx");
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.err()).startsWith("--locale is zh-CN or en, not xx");
    assertThat(run("evaluate", "--locale", "zh", "--window", "2024-Q4").status()).isZero();
  }
}
