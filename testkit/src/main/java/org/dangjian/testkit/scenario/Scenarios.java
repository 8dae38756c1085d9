package org.dangjian.testkit.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.dangjian.core.json.SourceDocument;
import org.dangjian.core.json.Syntax;
import org.dangjian.rules.RuleSetDefinition;
import org.dangjian.rules.RuleSetRegistry;
import org.dangjian.rules.builtin.BuiltInRuleSets;
import org.dangjian.scoring.SchemeDefinition;
import org.dangjian.scoring.builtin.BuiltInSchemes;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Scenarios as JUnit 5 dynamic tests, for a {@code @TestFactory}: one test per scenario file, failing
 * with the differences, skipped when marked to do — and failing outright when there is no scenario at
 * all, since a policy test run that tests nothing must not pass.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> policies() {
 *   return Scenarios.dynamicTests(RuleSetRegistry.standard(), Path.of("src/test/policies"));
 * }
 * }</pre>
 */
public final class Scenarios {
  /** Scenario files end with this. */
  public static final String SUFFIX = ".scenario.yaml";

  private Scenarios() {}

  /**
   * @param folder a folder searched, with its subfolders, for files ending in {@value #SUFFIX}
   * @return the scenario files, sorted
   */
  public static List<Path> find(Path folder) {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @param registry the rule sets the scenarios name
   * @param folder where the scenario files are
   * @return one dynamic test per scenario; a single failing test if there is none
   */
  public static Stream<DynamicTest> dynamicTests(RuleSetRegistry registry, Path folder) {
    List<Path> files = find(folder);
    List<Scenario> scenarios = files.stream().map(Scenario::read).toList();
    return tests(registry, scenarios, "no scenario files (*" + SUFFIX + ") under " + folder);
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

  /**
   * The scenarios beside the built-in rule sets and schemes, rule sets first, each in its registry's order.
   *
   * @return the scenarios
   * @throws IllegalStateException if a built-in rule set or scheme has no scenario
   */
  public static List<Scenario> builtInScenarios() {
    List<Scenario> scenarios = new ArrayList<>();
    for (String id : new BuiltInRuleSets().ruleSets().stream().map(RuleSetDefinition::id).toList()) {
      scenarios.add(builtInScenario(id, BuiltInRuleSets.FOLDER).orElseThrow(() -> missing("rule set", id, BuiltInRuleSets.FOLDER)));
    }
    for (String id : new BuiltInSchemes().schemes().stream().map(SchemeDefinition::id).toList()) {
      scenarios.add(builtInScenario(id, BuiltInSchemes.FOLDER).orElseThrow(() -> missing("scheme", id, BuiltInSchemes.FOLDER)));
    }
    return scenarios;
  }

  private static IllegalStateException missing(String what, String id, String folder) {
    return new IllegalStateException("built-in " + what + " " + id + " has no scenario " + folder + id + SUFFIX);
  }

  private static Optional<Scenario> builtInScenario(String id, String folder) {
    String resource = folder + id + SUFFIX;
    byte[] content = resource(resource);
    if (content == null) {
      return Optional.empty();
    }
    return Optional.of(Scenario.read(SourceDocument.of(content, resource, Syntax.YAML), name -> {
      byte[] data = resource(folder + name);
      if (data == null) {
        throw new IllegalStateException(resource + ": dataset " + name + " is missing");
      }
      return data;
    }));
  }

  private static Stream<DynamicTest> builtIn(String what, List<String> ids, String folder) {
    List<DynamicTest> tests = new ArrayList<>();
    RuleSetRegistry registry = RuleSetRegistry.standard();
    for (String id : ids) {
      Optional<Scenario> scenario = builtInScenario(id, folder);
      if (scenario.isEmpty()) {
        tests.add(DynamicTest.dynamicTest(id, () -> {
          throw new AssertionFailedError(missing(what, id, folder).getMessage());
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

  private static byte @Nullable [] resource(String name) {
    try (InputStream in = Scenarios.class.getResourceAsStream(name)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
