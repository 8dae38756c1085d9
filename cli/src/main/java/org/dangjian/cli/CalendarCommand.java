package org.dangjian.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dangjian.cli.render.TextTable;
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

  @Option(names = "--locale", defaultValue = "zh-CN", description = "zh-CN (default) or en, for activity names.")
  String locale;

  @Override
  public Integer call() {
    boolean english = Locale.forLanguageTag(locale).getLanguage().equals("en");
    Dataset dataset = data.read();
    ComplianceReport report = ComplianceEngine.evaluate(dataset, rules.resolve(asOf), ReportingPeriod.year(asOf.getYear()), asOf);
    PrintWriter out = spec.commandLine().getOut();
    out.println(report.ruleSet() + " · owed after " + asOf + " · " + report.due().size() + (report.due().size() == 1 ? " item" : " items"));
    if (report.due().isEmpty()) {
      return 0;
    }
    TextTable table = new TextTable(false, false, false, true, false, false);
    table.row(english ? "deadline" : "截止", english ? "organisation" : "组织", english ? "activity" : "活动", english ? "owed" : "尚欠",
        english ? "period" : "周期", english ? "rule" : "规则");
    for (DueItem item : report.due()) {
      table.row(item.deadline().toString(), dataset.organisation(item.organisation()).map(o -> o.name()).orElse(item.organisation().value()),
          english ? item.type().labels().en() : item.type().labels().zh(), String.valueOf(item.remaining()), item.period().toString(),
          item.ruleId());
    }
    out.println();
    out.print(table.render(0));
    return 0;
  }
}
