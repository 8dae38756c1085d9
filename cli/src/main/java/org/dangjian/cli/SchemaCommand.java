package org.dangjian.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.Callable;
import org.dangjian.core.json.DatasetFormat;
import org.dangjian.rules.RuleSetDefinition;
import org.dangjian.scoring.SchemeDefinition;
import org.dangjian.testkit.scenario.Scenario;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dangjian schema NAME}: prints the JSON Schema of one of the file formats. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Prints the JSON Schema (draft 2020-12) of a file format — dataset, ruleset, scheme or scenario — or of an "
        + "output: report (evaluate --format json) or board (score --format json).")
final class SchemaCommand implements Callable<Integer> {
  private static final Map<String, String> RESOURCES = Map.of("dataset", DatasetFormat.SCHEMA_RESOURCE,
      "ruleset", RuleSetDefinition.SCHEMA_RESOURCE, "scheme", SchemeDefinition.SCHEMA_RESOURCE, "scenario", Scenario.SCHEMA_RESOURCE,
      "report", org.dangjian.rules.ComplianceReportFormat.SCHEMA_RESOURCE, "board", org.dangjian.scoring.ScoreBoardFormat.SCHEMA_RESOURCE);

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME", description = "dataset, ruleset, scheme, scenario, report or board.")
  String name;

  @Override
  public Integer call() {
    Options.oneOf(spec, "NAME", name, "dataset", "ruleset", "scheme", "scenario", "report", "board");
    try (InputStream in = SchemaCommand.class.getResourceAsStream(RESOURCES.get(name))) {
      if (in == null) {
        throw new IllegalStateException("the schema resource " + RESOURCES.get(name) + " is missing from the jar");
      }
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      spec.commandLine().getOut().print(text.endsWith("\n") ? text : text + "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return 0;
  }
}
