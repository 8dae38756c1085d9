package org.dangjian.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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
        + "differences and ends with 'N passed, N failed'. Exits 1 on any failure, or when no scenario was found.")
final class TestCommand implements Callable<Integer> {

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "0..*", paramLabel = "PATH", description = "Scenario files, or folders searched for *.scenario.yaml.")
  List<Path> paths = List.of();

  @Option(names = "--built-in", description = "Also run the scenarios beside the built-in rule sets and scoring schemes.")
  boolean builtIn;

  @Option(names = "--verbose", description = "Also list the scenarios that passed.")
  boolean verbose;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<Scenario> scenarios = new ArrayList<>();
    int failed = 0;
    if (builtIn) {
      scenarios.addAll(Scenarios.builtInScenarios());
    }
    for (Path path : paths) {
      if (!Files.exists(path)) {
        throw new DangjianException(path + ": no such file or folder");
      }
      List<Path> files = Files.isDirectory(path) ? Scenarios.find(path) : List.of(path);
      if (files.isEmpty()) {
        out.println("no scenario files (*" + Scenarios.SUFFIX + ") under " + path);
      }
      for (Path file : files) {
        try {
          scenarios.add(Scenario.read(file));
        } catch (ValidationException e) {
          failed++;
          out.println("FAILED " + file + " (cannot be read)");
          Options.printProblems(out, e.problems(), "  ");
        }
      }
    }
    ScenarioRunner runner = new ScenarioRunner(RuleSetRegistry.standard());
    int passed = 0;
    int skipped = 0;
    for (Scenario scenario : scenarios) {
      ScenarioResult result = runner.run(scenario);
      switch (result.status()) {
        case PASSED -> {
          passed++;
          if (verbose) {
            out.println(result.describe());
          }
        }
        case FAILED -> {
          failed++;
          out.println(result.describe());
        }
        case SKIPPED -> {
          skipped++;
          out.println(result.describe() + " — todo");
        }
      }
    }
    out.println(passed + " passed, " + failed + " failed" + (skipped > 0 ? ", " + skipped + " skipped" : ""));
    if (passed + failed + skipped == 0) {
      out.println("no scenario was run: name scenario files or folders, or --built-in");
      return 1;
    }
    return failed == 0 ? 0 : 1;
  }
}
