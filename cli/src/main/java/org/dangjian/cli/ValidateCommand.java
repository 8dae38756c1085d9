package org.dangjian.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.dangjian.core.DangjianException;
import org.dangjian.core.ValidationException;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.json.DatasetFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dangjian validate FILE...}: checks dataset files and lists every problem with its location. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Checks dataset files (.json, .yaml, .yml); prints every problem as file:line:column: path: code: message.")
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
        Dataset dataset = DatasetFormat.read(file);
        spec.commandLine().getOut().println(file + ": valid (" + dataset.units().size() + " units, "
            + dataset.organisations().size() + " organisations, " + dataset.members().size() + " members)");
      } catch (ValidationException e) {
        failed++;
        e.problems().forEach(spec.commandLine().getErr()::println);
      } catch (DangjianException e) {
        failed++;
        spec.commandLine().getErr().println(e.getMessage());
      }
    }
    spec.commandLine().getErr().flush();
    return failed == 0 ? 0 : 1;
  }
}
