package org.dangjian.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.json.DatasetFormat;
import org.dangjian.core.json.Layout;
import org.dangjian.testkit.RegionGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dangjian generate}: writes a seeded region at one of the workload sizes. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Writes a generated region (a bureau, its schools, branches, members and a year of records, with imperfections at "
        + "stated rates): county (5,000 members), city (50,000) or province (500,000). The same seed writes the same file.")
final class GenerateCommand implements Callable<Integer> {

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--size", defaultValue = "county", description = "county (default), city or province.")
  String size;

  @Option(names = "--seed", defaultValue = "1", description = "The seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write: .json (one record per line) or .yaml.")
  Path out;

  @Override
  public Integer call() {
    String chosen = Options.oneOf(spec, "--size", size, "county", "city", "province");
    Progress progress = Progress.of(spec);
    Dataset dataset = progress.step("generating a " + chosen, () -> RegionGenerator.generate(RegionGenerator.Size.named(chosen), seed));
    progress.step("writing " + out, () -> {
      DatasetFormat.write(dataset, out, Layout.RECORD_PER_LINE);
      return out;
    });
    spec.commandLine().getOut().println(out + ": " + dataset.members().size() + " members, " + dataset.organisations().size()
        + " organisations, " + dataset.activities().size() + " activities, " + dataset.duesPayments().size() + " dues payments, "
        + dataset.ledger().size() + " ledger entries (seed " + seed + ")");
    return 0;
  }
}
