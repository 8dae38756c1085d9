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
import org.dangjian.rules.builtin.BuiltInRuleSets;
import org.dangjian.scoring.SchemeDefinition;
import org.dangjian.scoring.builtin.BuiltInSchemes;
import org.jspecify.annotations.Nullable;

/**
 * Finding scenario files and the scenarios beside the built-in rule sets and schemes. {@link ScenarioTests}
 * turns them into JUnit 5 dynamic tests; this class needs no JUnit.
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

  static IllegalStateException missing(String what, String id, String folder) {
    return new IllegalStateException("built-in " + what + " " + id + " has no scenario " + folder + id + SUFFIX);
  }

  static Optional<Scenario> builtInScenario(String id, String folder) {
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

  private static byte @Nullable [] resource(String name) {
    try (InputStream in = Scenarios.class.getResourceAsStream(name)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
