package org.dangjian.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.dangjian.cli.render.Markup;
import org.dangjian.core.DangjianException;
import org.dangjian.core.ValidationException;
import org.dangjian.rules.RuleSetRegistry;
import org.dangjian.testkit.scenario.Scenario;
import org.dangjian.testkit.scenario.ScenarioResult;
import org.dangjian.testkit.scenario.ScenarioRunner;
import org.dangjian.testkit.scenario.Scenarios;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dangjian test PATH...}: runs scenario files like {@code opa test}, and fails when there is nothing to run. */
@Command(name = "test", mixinStandardHelpOptions = true,
    description = "Runs scenarios (*.scenario.yaml) found in the given files and folders; prints each failure with its "
        + "differences and ends with 'N passed, N failed'. Exits 1 on any failure, or when no scenario was found; "
        + "2 when a scenario file cannot be read.")
final class TestCommand implements Callable<Integer> {

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Scenario files, or folders searched for *.scenario.yaml.")
  List<Path> paths = List.of();

  @Option(names = "--built-in", description = "Also run the scenarios beside the built-in rule sets and scoring schemes.")
  boolean builtIn;

  @Option(names = "--verbose", description = "Also list the scenarios that passed.")
  boolean verbose;

  @Option(names = "--run", paramLabel = "PATTERN",
      description = "Run only the scenarios whose name or file matches this regular expression (found anywhere in it).")
  @org.jspecify.annotations.Nullable String run;

  @Option(names = "--format", defaultValue = "text",
      description = "text (default), junit (JUnit XML, for CI servers) or json (dangjian/test-results@1).")
  String format;

  @Option(names = "--coverage",
      description = "Also report, for each rule set the scenarios ran against, the rules no scenario exercised: showed firing "
          + "by an expected finding or due item, or an expected refusal of a change.")
  boolean coverage;

  @Option(names = "--fail-under", paramLabel = "PERCENT",
      description = "Exit 1 when a rule set's coverage is under PERCENT (0–100); implies --coverage.")
  java.math.@org.jspecify.annotations.Nullable BigDecimal failUnder;

  /** A scenario file that could not be read, with its problems. */
  record Unreadable(Path file, List<org.dangjian.core.Problem> problems) {}

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    String chosen = Options.oneOf(spec, "--format", format, "text", "junit", "json");
    java.util.regex.Pattern only;
    try {
      only = run == null ? null : java.util.regex.Pattern.compile(run);
    } catch (java.util.regex.PatternSyntaxException e) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--run: not a regular expression: " + e.getDescription());
    }
    List<Scenario> scenarios = new ArrayList<>();
    List<Unreadable> unreadable = new ArrayList<>();
    if (builtIn) {
      scenarios.addAll(Scenarios.builtInScenarios());
    }
    List<String> notes = new ArrayList<>();
    for (Path path : paths) {
      if (!Files.exists(path)) {
        throw new DangjianException(path + ": no such file or folder");
      }
      List<Path> files = Files.isDirectory(path) ? Scenarios.find(path) : List.of(path);
      if (files.isEmpty()) {
        notes.add("no scenario files (*" + Scenarios.SUFFIX + ") under " + path);
      }
      for (Path file : files) {
        try {
          scenarios.add(Scenario.read(file));
        } catch (ValidationException e) {
          unreadable.add(new Unreadable(file, e.problems()));
        }
      }
    }
    if (only != null) {
      scenarios.removeIf(s -> !only.matcher(s.name()).find() && !only.matcher(s.source()).find());
      unreadable.removeIf(u -> !only.matcher(u.file().toString()).find());
    }
    if (failUnder != null && (failUnder.signum() < 0 || failUnder.compareTo(java.math.BigDecimal.valueOf(100)) > 0)) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--fail-under must be from 0 to 100, not " + failUnder.toPlainString());
    }
    boolean covered = coverage || failUnder != null;
    ScenarioRunner runner = new ScenarioRunner(RuleSetRegistry.standard());
    List<ScenarioResult> results = scenarios.stream().map(runner::run).toList();
    List<SetCoverage> coverages = covered ? SetCoverage.of(results) : List.of();
    long passed = count(results, ScenarioResult.Status.PASSED);
    long failed = count(results, ScenarioResult.Status.FAILED);
    long skipped = count(results, ScenarioResult.Status.SKIPPED);
    switch (chosen) {
      case "junit" -> out.print(junit(results, unreadable));
      case "json" -> out.print(json(results, unreadable, covered ? coverages : null));
      default -> {
        notes.forEach(out::println);
        for (Unreadable u : unreadable) {
          out.println("FAILED " + u.file() + " (cannot be read)");
          Options.printProblems(out, u.problems(), "  ");
        }
        for (ScenarioResult result : results) {
          switch (result.status()) {
            case PASSED -> {
              if (verbose) {
                out.println(result.describe());
              }
            }
            case FAILED -> out.println(result.describe());
            case SKIPPED -> out.println(result.describe() + " — todo");
          }
        }
        out.println(passed + " passed, " + (failed + unreadable.size()) + " failed" + (skipped > 0 ? ", " + skipped + " skipped" : ""));
        for (SetCoverage c : coverages) {
          out.println("coverage: " + c.ruleSet() + ": " + c.exercised().size() + " of " + c.rules().size() + " rules exercised ("
              + c.percent() + "%)" + (c.notExercised().isEmpty() ? "" : "; not exercised: " + String.join(", ", c.notExercised())));
        }
        if (results.isEmpty() && unreadable.isEmpty()) {
          out.println("no scenario was run: name scenario files or folders, or --built-in"
              + (only != null ? " (--run matched none)" : ""));
        }
      }
    }
    if (!unreadable.isEmpty()) {
      return 2;
    }
    boolean underTarget = false;
    if (failUnder != null) {
      for (SetCoverage c : coverages) {
        if (c.isUnder(failUnder)) {
          spec.commandLine().getErr().println("dangjian test: coverage of " + c.ruleSet() + " is " + c.percent()
              + "%, under --fail-under " + failUnder.toPlainString());
          underTarget = true;
        }
      }
    }
    return failed == 0 && !results.isEmpty() && !underTarget ? 0 : 1;
  }

  /**
   * One rule set's coverage over the scenarios run against it: its rules (the union over the days they were
   * resolved for) and those some scenario exercised.
   */
  record SetCoverage(String ruleSet, java.util.SortedSet<String> rules, java.util.SortedSet<String> exercised) {
    static List<SetCoverage> of(List<ScenarioResult> results) {
      java.util.Map<String, SetCoverage> bySet = new java.util.TreeMap<>();
      for (ScenarioResult result : results) {
        result.coverage().ifPresent(c -> {
          SetCoverage set = bySet.computeIfAbsent(c.ruleSet(), id -> new SetCoverage(id, new java.util.TreeSet<>(), new java.util.TreeSet<>()));
          set.rules().addAll(c.rules());
          set.exercised().addAll(c.exercised());
        });
      }
      bySet.values().forEach(set -> set.exercised().retainAll(set.rules()));
      return List.copyOf(bySet.values());
    }

    List<String> notExercised() {
      return rules.stream().filter(r -> !exercised.contains(r)).toList();
    }

    /** @return the share exercised, in per cent with one decimal (a set of no rules is fully covered) */
    String percent() {
      if (rules.isEmpty()) {
        return "100.0";
      }
      return java.math.BigDecimal.valueOf(100L * exercised.size()).divide(java.math.BigDecimal.valueOf(rules.size()), 1,
          java.math.RoundingMode.HALF_UP).toPlainString();
    }

    /** @return whether the share exercised is under the percentage, compared exactly */
    boolean isUnder(java.math.BigDecimal percent) {
      return !rules.isEmpty()
          && java.math.BigDecimal.valueOf(100L * exercised.size()).compareTo(percent.multiply(java.math.BigDecimal.valueOf(rules.size()))) < 0;
    }
  }

  /** JUnit's XML report, as CI servers read it: one test case per scenario, an error per unreadable file. */
  static String junit(List<ScenarioResult> results, List<Unreadable> unreadable) {
    long failed = count(results, ScenarioResult.Status.FAILED);
    long skipped = count(results, ScenarioResult.Status.SKIPPED);
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<testsuite name=\"dangjian scenarios\" tests=\"").append(results.size() + unreadable.size())
        .append("\" failures=\"").append(failed).append("\" errors=\"").append(unreadable.size())
        .append("\" skipped=\"").append(skipped).append("\">\n");
    for (Unreadable u : unreadable) {
      String file = Markup.escape(u.file().toString());
      xml.append("  <testcase name=\"").append(file).append("\" classname=\"").append(file)
          .append("\">\n    <error message=\"cannot be read\">")
          .append(Markup.escape(String.join("\n", u.problems().stream().map(Object::toString).toList()))).append("</error>\n  </testcase>\n");
    }
    for (ScenarioResult r : results) {
      xml.append("  <testcase name=\"").append(Markup.escape(r.scenario())).append("\" classname=\"")
          .append(Markup.escape(r.source())).append('"');
      switch (r.status()) {
        case PASSED -> xml.append("/>\n");
        case SKIPPED -> xml.append(">\n    <skipped message=\"todo\"/>\n  </testcase>\n");
        case FAILED -> xml.append(">\n    <failure message=\"")
            .append(Markup.escape(r.failures().isEmpty() ? "failed" : firstLine(r.failures().get(0))))
            .append("\">").append(Markup.escape(String.join("\n", r.failures()))).append("</failure>\n  </testcase>\n");
      }
    }
    return xml.append("</testsuite>\n").toString();
  }

  /** The results as JSON ({@code dangjian/test-results@1}), for tools of one's own. */
  static String json(List<ScenarioResult> results, List<Unreadable> unreadable, @org.jspecify.annotations.Nullable List<SetCoverage> coverages) {
    java.util.Map<String, Object> root = new java.util.LinkedHashMap<>();
    root.put("schema", "dangjian/test-results@1");
    root.put("passed", count(results, ScenarioResult.Status.PASSED));
    root.put("failed", count(results, ScenarioResult.Status.FAILED));
    root.put("skipped", count(results, ScenarioResult.Status.SKIPPED));
    root.put("unreadable", unreadable.stream().map(u -> java.util.Map.of("file", u.file().toString(),
        "problems", u.problems().stream().map(Object::toString).toList())).toList());
    root.put("scenarios", results.stream().map(r -> {
      java.util.Map<String, Object> one = new java.util.LinkedHashMap<>();
      one.put("name", r.scenario());
      one.put("source", r.source());
      one.put("status", r.status().name().toLowerCase(java.util.Locale.ROOT));
      one.put("failures", r.failures());
      return one;
    }).toList());
    if (coverages != null) {
      root.put("coverage", coverages.stream().map(c -> {
        java.util.Map<String, Object> one = new java.util.LinkedHashMap<>();
        one.put("ruleSet", c.ruleSet());
        one.put("rules", c.rules().size());
        one.put("exercised", List.copyOf(c.exercised()));
        one.put("notExercised", c.notExercised());
        one.put("percent", new java.math.BigDecimal(c.percent()));
        return one;
      }).toList());
    }
    try {
      return org.dangjian.core.json.DangjianJson.jsonMapper().writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static long count(List<ScenarioResult> results, ScenarioResult.Status status) {
    return results.stream().filter(r -> r.status() == status).count();
  }

  private static String firstLine(String text) {
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end);
  }
}
