package org.dangjian.testkit.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dangjian.rules.RuleSetDefinition;
import org.dangjian.rules.RuleSetRegistry;
import org.dangjian.rules.builtin.BuiltInRuleSets;
import org.dangjian.scoring.SchemeDefinition;
import org.dangjian.scoring.builtin.BuiltInSchemes;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Scenarios as JUnit 5 dynamic tests, for a {@code @TestFactory}: one test per scenario file, failing
 * with the differences, skipped when marked to do — and failing outright when there is no scenario at
 * all, since a policy test run that tests nothing must not pass. The testkit's JUnit dependency is
 * optional: a project calling this class has JUnit 5 on its test path already.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> policies() {
 *   return ScenarioTests.dynamicTests(RuleSetRegistry.standard(), Path.of("src/test/policies"));
 * }
 * }</pre>
 */
public final class ScenarioTests {
  private ScenarioTests() {}

  /**
   * @param registry the rule sets the scenarios name
   * @param folder where the scenario files are
   * @return one dynamic test per scenario; a single failing test if there is none
   */
  public static Stream<DynamicTest> dynamicTests(RuleSetRegistry registry, Path folder) {
    List<Path> files = Scenarios.find(folder);
    List<Scenario> scenarios = files.stream().map(Scenario::read).toList();
    return tests(registry, scenarios, "no scenario files (*" + Scenarios.SUFFIX + ") under " + folder);
  }

  /**
   * The scenario beside each built-in rule set ({@code <id>.scenario.yaml} next to {@code <id>.yaml}).
   *
   * @return one dynamic test per built-in rule set; a set without a scenario fails
   */
  public static Stream<DynamicTest> builtInRuleSets() {
    return builtIn("rule set", new BuiltInRuleSets().ruleSets().stream().map(RuleSetDefinition::id).toList(), BuiltInRuleSets.FOLDER);
  }

  /**
   * The scenario beside each built-in scoring scheme ({@code <id>.scenario.yaml} next to {@code <id>.yaml}).
   *
   * @return one dynamic test per built-in scheme; a scheme without a scenario fails
   */
  public static Stream<DynamicTest> builtInSchemes() {
    return builtIn("scheme", new BuiltInSchemes().schemes().stream().map(SchemeDefinition::id).toList(), BuiltInSchemes.FOLDER);
  }

  private static Stream<DynamicTest> builtIn(String what, List<String> ids, String folder) {
    List<DynamicTest> tests = new ArrayList<>();
    RuleSetRegistry registry = RuleSetRegistry.standard();
    for (String id : ids) {
      Optional<Scenario> scenario = Scenarios.builtInScenario(id, folder);
      if (scenario.isEmpty()) {
        tests.add(DynamicTest.dynamicTest(id, () -> {
          throw new AssertionFailedError(Scenarios.missing(what, id, folder).getMessage());
        }));
        continue;
      }
      tests.addAll(tests(registry, List.of(scenario.get()), "").toList());
    }
    if (tests.isEmpty()) {
      throw new AssertionFailedError("no built-in " + what + "s were found");
    }
    return tests.stream();
  }

  private static Stream<DynamicTest> tests(RuleSetRegistry registry, List<Scenario> scenarios, String whenNone) {
    if (scenarios.isEmpty()) {
      return Stream.of(DynamicTest.dynamicTest("no scenarios", () -> {
        throw new AssertionFailedError(whenNone);
      }));
    }
    ScenarioRunner runner = new ScenarioRunner(registry);
    return scenarios.stream().map(scenario -> DynamicTest.dynamicTest(scenario.name(), () -> {
      ScenarioResult result = runner.run(scenario);
      switch (result.status()) {
        case FAILED -> throw new AssertionFailedError(result.describe());
        case SKIPPED -> throw new TestAbortedException("todo: " + scenario.name());
        default -> {
          // passed
        }
      }
    }));
  }

}
