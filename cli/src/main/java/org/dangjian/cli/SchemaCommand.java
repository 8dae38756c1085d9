package org.dangjian.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dangjian schema NAME}: prints the JSON Schema of one of the file formats or outputs. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Prints the JSON Schema (draft 2020-12) of a file format — dataset, ruleset, scheme, letter (a responsibility "
        + "letter's template) or scenario — or of an output: report (evaluate --format json), board (score --format json), "
        + "letters (letters --format json), statistics (statistics --format json), diff (diff --format json) or calendar "
        + "(calendar --format json).")
final class SchemaCommand implements Callable<Integer> {
  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "NAME", description = "dataset, ruleset, scheme, letter, scenario, report, board, letters, statistics, diff or calendar.")
  String name;

  @Override
  public Integer call() {
    Options.oneOf(spec, "NAME", name, Schemas.NAMES.toArray(String[]::new));
    spec.commandLine().getOut().print(Schemas.text(name));
    return 0;
  }
}
