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

  @Option(names = "--format", defaultValue = "text", description = "text (default) or json (dangjian/calendar@1; 'dangjian schema calendar').")
  String format;

  /** The schema tag of the JSON document. */
  static final String SCHEMA = "dangjian/calendar@1";

  @Override
  public Integer call() {
    String chosen = Options.oneOf(spec, "--format", format, "text", "json");
    Messages messages = language.messages();
    Dataset dataset = data.read();
    ComplianceReport report = ComplianceEngine.evaluate(dataset, rules.resolve(asOf), ReportingPeriod.year(asOf.getYear()), asOf);
    PrintWriter out = spec.commandLine().getOut();
    if (chosen.equals("json")) {
      com.fasterxml.jackson.databind.node.ObjectNode document = org.dangjian.core.json.DangjianJson.mapper(
          org.dangjian.core.json.Syntax.JSON).createObjectNode();
      document.put("schema", SCHEMA).put("ruleSet", report.ruleSet()).put("asOf", asOf.toString());
      com.fasterxml.jackson.databind.node.ArrayNode due = document.putArray("due");
      for (DueItem item : report.due()) {
        due.add(Json.withOrganisationName(org.dangjian.rules.ComplianceReportFormat.due(item), dataset));
      }
      out.print(Json.text(document));
      return 0;
    }
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
