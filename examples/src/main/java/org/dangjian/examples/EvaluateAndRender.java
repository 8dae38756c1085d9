package org.dangjian.examples;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.time.ReportingPeriod;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.ComplianceReport;
import org.dangjian.rules.ComplianceReportFormat;
import org.dangjian.rules.Finding;
import org.dangjian.rules.FindingMessages;
import org.dangjian.rules.RuleSet;
import org.dangjian.rules.RuleSetRegistry;
import org.dangjian.rules.Severity;
import org.dangjian.testkit.SampleCounty;

/**
 * Evaluates the sample county's third quarter under the national baseline and renders the findings in
 * Chinese and in English — the message, the regulation it rests on, the records it cites — and the
 * rolled-up compliance rate of one branch; then writes the report as the JSON a dashboard reads.
 */
public final class EvaluateAndRender {
  private EvaluateAndRender() {}

  /** Prints to standard output. */
  public static void main(String[] args) {
    run(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
  }

  /** @param out where the example writes what it shows */
  public static void run(PrintWriter out) {
    LocalDate asOf = LocalDate.of(2024, 9, 30);
    RuleSet national = RuleSetRegistry.standard().resolve("cn-national", asOf);
    ComplianceReport report = ComplianceEngine.evaluate(SampleCounty.dataset(), national, ReportingPeriod.parse("2024-Q3"), asOf);
    out.println(report.ruleSet() + " · " + report.window() + ": " + report.findings().size() + " findings, "
        + report.findings().stream().filter(f -> f.severity() == Severity.VIOLATION).count() + " violations");

    Finding july = report.findingsOf("branch-committee-meeting-monthly").get(0);
    out.println("zh: " + FindingMessages.describe(july, Locale.SIMPLIFIED_CHINESE));
    out.println("en: " + FindingMessages.describe(july, Locale.ENGLISH));
    out.println("evidence: " + july.evidence() + " · citation: " + july.citation());

    report.summaryOf(OrganisationId.of("cg1")).ifPresent(s -> out.println("cg1: " + s.subtreeHeld() + " of " + s.subtreeRequired()
        + " required activities held, rate " + s.subtreeRate().orElseThrow().toPlainString()));

    String json = ComplianceReportFormat.write(report);
    out.println("JSON: " + json.lines().count() + " lines, " + json.lines().skip(1).findFirst().orElseThrow().strip());
  }
}
