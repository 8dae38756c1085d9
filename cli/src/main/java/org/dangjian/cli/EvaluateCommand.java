package org.dangjian.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.dangjian.cli.render.Messages;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.time.ReportingPeriod;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.ComplianceReport;
import org.dangjian.rules.ComplianceReportFormat;
import org.dangjian.rules.Finding;
import org.dangjian.rules.FindingMessages;
import org.dangjian.rules.RuleSet;
import org.dangjian.rules.Severity;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dangjian evaluate}: a rule set over a dataset for a window, as text, JSON or CSV. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = "Evaluates a rule set (built-in id or file) over a dataset for a window and prints the findings.")
final class EvaluateCommand implements Callable<Integer> {

  @Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Mixin
  SharedOptions.Rules rules;

  @Mixin
  SharedOptions.Data data;

  @Option(names = "--window", defaultValue = "2024", description = "The period evaluated: 2024, 2024-H2, 2024-Q4, 2024-07 (default: ${DEFAULT-VALUE}).")
  String window;

  @Option(names = "--as-of", paramLabel = "DATE", description = "The day of evaluation (default: the window's last day).")
  @Nullable LocalDate asOf;

  @Option(names = "--format", defaultValue = "text", description = "text (default), json (dangjian/compliance-report@1) or csv.")
  String format;

  @Option(names = "--bom", description = "With --format csv: begin with a UTF-8 byte-order mark, so that Excel reads the Chinese text.")
  boolean bom;

  @Mixin
  SharedOptions.Language language;

  @Override
  public Integer call() {
    ReportingPeriod period = Options.period(spec, "--window", window);
    String chosen = Options.oneOf(spec, "--format", format, "text", "json", "csv");
    Messages messages = language.messages();
    Locale locale = messages.locale();
    LocalDate day = asOf == null ? period.end() : asOf;
    RuleSet ruleSet = rules.resolve(day);
    Dataset dataset = data.read();
    ComplianceReport report = Progress.of(spec).step("evaluating " + period + " under " + ruleSet.id(),
        () -> ComplianceEngine.evaluate(dataset, ruleSet, period, day));
    PrintWriter out = spec.commandLine().getOut();
    switch (chosen) {
      case "json" -> out.print(ComplianceReportFormat.write(report));
      case "csv" -> out.print((bom ? "\uFEFF" : "") + csv(report.findings(), locale));
      default -> out.print(text(report, messages));
    }
    return 0;
  }

  private static String text(ComplianceReport report, Messages messages) {
    Locale locale = messages.locale();
    StringBuilder text = new StringBuilder(messages.get("evaluate.header", report.ruleSet(), report.window(), report.asOf())).append('\n');
    for (Severity severity : Severity.values()) {
      long count = report.findings().stream().filter(f -> f.severity() == severity).count();
      text.append(severity.label(locale)).append(' ').append(count).append(severity == Severity.NOTICE ? "\n\n" : " · ");
    }
    report.findings().forEach(f -> text.append(FindingMessages.describe(f, locale)).append('\n'));
    return text.toString();
  }

  /**
   * RFC 4180: a header, one finding per line, fields quoted where they hold a comma, quote or line break; a
   * field a spreadsheet would take for a formula is neutralised (see {@link #cell}).
   */
  static String csv(List<Finding> findings, Locale locale) {
    StringBuilder csv = new StringBuilder("rule,severity,organisation,subject,period,since,message,citation,evidence\r\n");
    for (Finding f : findings) {
      List<String> fields = List.of(f.ruleId(), f.severity().code(), f.organisation().value(), f.subject().toString(),
          f.period().map(Object::toString).orElse(""), f.since().map(Object::toString).orElse(""), FindingMessages.message(f, locale),
          f.citation().toString(), String.join(" ", f.evidence()));
      csv.append(String.join(",", fields.stream().map(EvaluateCommand::cell).toList())).append("\r\n");
    }
    return csv.toString();
  }

  /**
   * @param field a field's text
   * @return it as a CSV cell: a text a spreadsheet would run as a formula (starting with {@code = + - @}, a
   *     tab or a carriage return) gets a leading apostrophe, so it is shown as text (names and notes come
   *     from the input); then quoted where it holds a comma, quote or line break
   */
  static String cell(String field) {
    String safe = !field.isEmpty() && "=+-@\t\r".indexOf(field.charAt(0)) >= 0 ? "'" + field : field;
    return safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
        ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
  }
}
