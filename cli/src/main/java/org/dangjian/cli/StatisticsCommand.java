package org.dangjian.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.dangjian.cli.render.Messages;
import org.dangjian.cli.render.TextTable;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.statistics.Statistics;
import org.dangjian.core.statistics.StatisticsFormat;
import org.dangjian.core.statistics.StatisticsReport;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dangjian statistics}: the year's Party statistics (党内统计) of the dataset or one organisation's subtree. */
@Command(name = "statistics", mixinStandardHelpOptions = true,
    description = "Prints the year's Party statistics (党内统计) — members by status, category, gender, age and standing on "
        + "31 December, the year's admissions, transfers and exits, the pipeline, organisations, posts, coverage and "
        + "participation — of the dataset or one organisation's subtree, as text, JSON (dangjian/statistics@1) or CSV, "
        + "beside an earlier year's with --compare.")
final class StatisticsCommand implements Callable<Integer> {

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Option(names = "--year", defaultValue = "2024", description = "The year (default: ${DEFAULT-VALUE}).")
  int year;

  @Mixin
  SharedOptions.Data data;

  @Option(names = "--org", paramLabel = "ID", description = "Count this organisation and everything beneath it (default: the whole dataset).")
  @Nullable String organisation;

  @Option(names = "--compare", paramLabel = "YEAR", description = "Set each figure beside an earlier year's, with the change.")
  @Nullable Integer compare;

  @Option(names = "--compare-data", paramLabel = "FILE",
      description = "With --compare: the earlier year's dataset, an export of that year (default: the same dataset).")
  java.nio.file.@Nullable Path compareData;

  @Mixin
  SharedOptions.Language language;

  @Option(names = "--format", defaultValue = "text", description = "text (default), json (dangjian/statistics@1) or csv.")
  String format;

  @Override
  public Integer call() {
    String chosen = Options.oneOf(spec, "--format", format, "text", "json", "csv");
    Dataset dataset = data.read();
    if (compare != null && compare >= year) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--compare names an earlier year than " + year + ", not " + compare);
    }
    if (compareData != null && compare == null) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--compare-data goes with --compare YEAR");
    }
    StatisticsReport report = of(dataset, year);
    @Nullable StatisticsReport earlier = compare == null ? null : of(compareData == null ? dataset : Inputs.data(compareData), compare);
    PrintWriter out = spec.commandLine().getOut();
    switch (chosen) {
      case "json" -> out.print(earlier == null ? StatisticsFormat.json(report) : StatisticsFormat.json(report, earlier));
      case "csv" -> out.print(earlier == null ? StatisticsFormat.csv(report) : StatisticsFormat.csv(report, earlier));
      default -> out.print(text(report, earlier, dataset, language.messages()));
    }
    return 0;
  }

  private StatisticsReport of(Dataset dataset, int of) {
    return organisation == null ? Statistics.of(dataset, of) : Statistics.of(dataset, OrganisationId.of(organisation), of);
  }

  static String text(StatisticsReport report, @Nullable StatisticsReport earlier, Dataset dataset, Messages messages) {
    String scope = report.scope().map(id -> dataset.organisation(OrganisationId.of(id)).map(o -> o.name()).orElse(id)).orElse(report.region());
    StringBuilder text = new StringBuilder(messages.get("statistics.header", scope, report.year(), report.asOf()));
    if (earlier != null) {
      text.append(messages.get("statistics.compared", earlier.year()));
    }
    text.append('\n');
    for (StatisticsReport.Table table : report.tables()) {
      text.append('\n').append(messages.label(table.labels())).append(table.additive() ? messages.get("statistics.total", table.total()) : "")
          .append('\n');
      TextTable rows = earlier == null ? new TextTable(false, true) : new TextTable(false, true, true, true);
      for (StatisticsReport.Row row : table.rows()) {
        if (earlier == null) {
          rows.row(messages.label(row.labels()), String.valueOf(row.count()));
        } else {
          int previous = earlier.table(table.id()).count(row.key());
          int change = row.count() - previous;
          rows.row(messages.label(row.labels()), String.valueOf(row.count()), String.valueOf(previous), (change > 0 ? "+" : "") + change);
        }
      }
      text.append(rows.render(2));
    }
    return text.toString();
  }
}
