package org.dangjian.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dangjian.core.DangjianException;
import org.dangjian.core.ValidationException;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.json.DatasetFormat;
import org.dangjian.rules.RuleSetDefinition;
import org.dangjian.rules.RuleSetRegistry;
import org.dangjian.scoring.SchemeDefinition;
import org.dangjian.scoring.SchemeRegistry;
import org.dangjian.testkit.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dangjian validate FILE...}: checks datasets, rule sets, scoring schemes and scenarios — told apart by their
 * {@code schema} — and lists every problem with its location.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Checks datasets, rule sets, scoring schemes and scenarios (.json, .yaml, .yml), told apart by their 'schema'; "
        + "prints every problem as file:line:column: path: code: message. Rule sets and schemes are checked against the "
        + "built-in ones they extend or refer to (a file with a built-in's id takes its place).")
final class ValidateCommand implements Callable<Integer> {

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "The files to check.")
  List<Path> files;

  @Override
  public Integer call() {
    int failed = 0;
    for (Path file : files) {
      try {
        spec.commandLine().getOut().println(file + ": valid " + check(file));
      } catch (ValidationException e) {
        failed++;
        Options.printProblems(spec.commandLine().getErr(), e.problems(), "");
      } catch (DangjianException e) {
        failed++;
        spec.commandLine().getErr().println(e.getMessage());
      }
    }
    spec.commandLine().getErr().flush();
    return failed == 0 ? 0 : 1;
  }

  /**
   * @return the document's top-level {@code "schema"}, read as far as it stands and no further — a dataset of
   *     any size is not read whole just to tell what it is; empty if the document has none or does not parse
   */
  private static String schemaOf(Path file) {
    Path name = file.getFileName();
    org.dangjian.core.json.Syntax syntax = org.dangjian.core.json.Syntax.ofFileName(name == null ? "" : name.toString())
        .orElseThrow(() -> new DangjianException(file + ": cannot tell the syntax; name the file .json, .yaml or .yml "
            + "(or .jsonl for one record per line), or give a folder of part files"));
    org.dangjian.core.json.ReadLimits.requireRegularFile(file);
    com.fasterxml.jackson.databind.ObjectMapper mapper = org.dangjian.core.json.DangjianJson.mapper(syntax);
    try (java.io.InputStream in = java.nio.file.Files.newInputStream(file);
        com.fasterxml.jackson.core.JsonParser parser = mapper.getFactory().createParser(in)) {
      if (parser.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
        return "";
      }
      while (parser.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
        String field = parser.currentName();
        com.fasterxml.jackson.core.JsonToken value = parser.nextToken();
        if (field.equals("schema")) {
          return value == com.fasterxml.jackson.core.JsonToken.VALUE_STRING ? parser.getText() : "";
        }
        parser.skipChildren();
      }
      return "";
    } catch (java.io.IOException e) {
      return ""; // read as a dataset, whose reader reports what is wrong
    }
  }

  /** @return what the valid file holds, in a few words */
  private static String check(Path file) {
    String schema = java.nio.file.Files.isDirectory(file) || DatasetFormat.isLines(file) ? Dataset.SCHEMA : schemaOf(file);
    switch (schema) {
      case RuleSetDefinition.SCHEMA -> {
        // One round: the file's own problems and those against the sets it extends, together.
        org.dangjian.core.json.SourceDocument document = org.dangjian.core.json.SourceDocument.read(file);
        List<org.dangjian.core.Problem> problems = RuleSetDefinition.problemsOf(document, RuleSetRegistry.standard());
        if (!problems.isEmpty()) {
          throw new ValidationException(problems);
        }
        return "rule set " + RuleSetDefinition.parse(document);
      }
      case SchemeDefinition.SCHEMA -> {
        org.dangjian.core.json.SourceDocument document = org.dangjian.core.json.SourceDocument.read(file);
        List<org.dangjian.core.Problem> problems = SchemeDefinition.problemsOf(document, SchemeRegistry.standard());
        if (!problems.isEmpty()) {
          throw new ValidationException(problems);
        }
        return "scoring scheme " + SchemeDefinition.parse(document);
      }
      case Scenario.SCHEMA -> {
        Scenario scenario = Scenario.read(file);
        RuleSetRegistry registry = scenario.ruleSetFile().map(RuleSetRegistry.standard()::with).orElse(RuleSetRegistry.standard());
        List<org.dangjian.core.Problem> unknown = scenario.unknownRules(registry.resolve(scenario.ruleSet(), scenario.asOf()));
        if (!unknown.isEmpty()) {
          throw new ValidationException(unknown);
        }
        return "scenario '" + scenario.name() + "'";
      }
      default -> {
        Dataset dataset = DatasetFormat.read(file);
        return "dataset (" + dataset.units().size() + " units, " + dataset.organisations().size() + " organisations, "
            + dataset.members().size() + " members)";
      }
    }
  }
}
