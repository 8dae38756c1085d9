package org.dangjian.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.dangjian.cli.render.TextTable;
import org.dangjian.cli.render.Messages;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.time.ReportingPeriod;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.ComplianceReport;
import org.dangjian.rules.DueItem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dangjian calendar}: what each organisation still owes in its current periods, by deadline. */
@Command(name = "calendar", mixinStandardHelpOptions = true,
    description = "Lists what each organisation still owes in the periods the next day falls in (a 支委会 this month, a 支部党员大会 "
        + "this quarter…), by deadline, under a rule set (id or file).")
final class CalendarCommand implements Callable<Integer> {

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Mixin
  SharedOptions.Rules rules;

  @Mixin
  SharedOptions.Data data;

  @Option(names = "--as-of", required = true, paramLabel = "DATE", description = "The day it is: what is still owed after it.")
  LocalDate asOf;

  @Mixin
  SharedOptions.Language language;

  @Override
  public Integer call() {
    Messages messages = language.messages();
    Dataset dataset = data.read();
    ComplianceReport report = ComplianceEngine.evaluate(dataset, rules.resolve(asOf), ReportingPeriod.year(asOf.getYear()), asOf);
    PrintWriter out = spec.commandLine().getOut();
    out.println(messages.get("calendar.header", report.ruleSet(), asOf, report.due().size()));
    if (report.due().isEmpty()) {
      return 0;
    }
    TextTable table = new TextTable(false, false, false, true, false, false);
    table.row(messages.get("calendar.columns").split("\\|"));
    for (DueItem item : report.due()) {
      table.row(item.deadline().toString(), dataset.organisation(item.organisation()).map(o -> o.name()).orElse(item.organisation().value()),
          messages.label(item.type().labels()), String.valueOf(item.remaining()), item.period().toString(),
          item.ruleId());
    }
    out.println();
    out.print(table.render(0));
    return 0;
  }
}
