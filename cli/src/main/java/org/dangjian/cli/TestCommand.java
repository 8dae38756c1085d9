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
    ScenarioRunner runner = new ScenarioRunner(RuleSetRegistry.standard());
    List<ScenarioResult> results = scenarios.stream().map(runner::run).toList();
    long passed = count(results, ScenarioResult.Status.PASSED);
    long failed = count(results, ScenarioResult.Status.FAILED);
    long skipped = count(results, ScenarioResult.Status.SKIPPED);
    switch (chosen) {
      case "junit" -> out.print(junit(results, unreadable));
      case "json" -> out.print(json(results, unreadable));
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
        if (results.isEmpty() && unreadable.isEmpty()) {
          out.println("no scenario was run: name scenario files or folders, or --built-in"
              + (only != null ? " (--run matched none)" : ""));
        }
      }
    }
    if (!unreadable.isEmpty()) {
      return 2;
    }
    return failed == 0 && !results.isEmpty() ? 0 : 1;
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
  static String json(List<ScenarioResult> results, List<Unreadable> unreadable) {
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
