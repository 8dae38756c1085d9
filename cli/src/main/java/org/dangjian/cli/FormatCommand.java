package org.dangjian.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dangjian.core.json.DatasetFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code dangjian format IN OUT}: rewrites a dataset in canonical form, converting JSON and YAML by extension. */
@Command(name = "format", mixinStandardHelpOptions = true,
    description = "Reads a dataset and writes it in canonical form (units and members by id, organisations in path order); "
        + "the output's extension chooses JSON or YAML.")
final class FormatCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "IN", description = "The dataset to read.")
  Path in;

  @Parameters(index = "1", paramLabel = "OUT", description = "The file to write (replaced if it exists).")
  Path out;

  @picocli.CommandLine.Option(names = "--layout", defaultValue = "indented",
      description = "JSON layout: indented (default) or record-per-line (one unit, member, activity or payment per line).")
  String layout;

  @picocli.CommandLine.Option(names = "--include-personal-data",
      description = "Also write members' national ID and phone numbers; they are left out unless asked for.")
  boolean includePersonalData;

  @picocli.CommandLine.Option(names = "--drop-personal-data",
      description = "Leave members' national ID and phone numbers out even when OUT is IN (rewriting a file in place "
          + "that holds them is refused without this or --include-personal-data).")
  boolean dropPersonalData;

  @Override
  public Integer call() {
    org.dangjian.core.json.Layout chosen = Options.oneOf(spec, "--layout", layout, "indented", "record-per-line").equals("indented")
        ? org.dangjian.core.json.Layout.INDENTED : org.dangjian.core.json.Layout.RECORD_PER_LINE;
    if (includePersonalData && dropPersonalData) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--include-personal-data and --drop-personal-data cannot be given together");
    }
    org.dangjian.core.dataset.Dataset dataset = DatasetFormat.read(in);
    long personal = includePersonalData || dropPersonalData || !sameFile(in, out) ? 0
        : dataset.members().stream().filter(m -> m.nationalId().isPresent() || m.phone().isPresent()).count();
    if (personal > 0) {
      throw new org.dangjian.core.DangjianException(out + ": not rewritten: " + personal + " members hold national ID or phone "
          + "numbers, which would be dropped from the file in place; add --include-personal-data to keep them or "
          + "--drop-personal-data to drop them");
    }
    DatasetFormat.write(dataset, out, chosen,
        includePersonalData ? DatasetFormat.PersonalDataPolicy.INCLUDE : DatasetFormat.PersonalDataPolicy.OMIT);
    return 0;
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return java.nio.file.Files.exists(b) && java.nio.file.Files.isSameFile(a, b);
    } catch (java.io.IOException e) {
      return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }
  }

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;
}
