package org.dangjian.rules;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dangjian.core.DangjianException;
import org.dangjian.core.json.DangjianJson;
import org.dangjian.core.json.Syntax;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link ComplianceReport} as JSON for vendors' UIs, schema {@value #SCHEMA}: every finding
 * with its message rendered in Chinese and English, requirements, summaries with rates, and the due
 * calendar. The same report always gives the same bytes.
 */
public final class ComplianceReportFormat {

  /** The schema tag of the report document. */
  public static final String SCHEMA = "dangjian/compliance-report@1";

  /** The class-path resource holding the JSON Schema (draft 2020-12) of the document. */
  public static final String SCHEMA_RESOURCE = "/org/dangjian/rules/compliance-report-1.schema.json";

  private ComplianceReportFormat() {}

  @JsonPropertyOrder({"schema", "ruleSet", "window", "asOf", "findings", "summaries", "due", "requirements"})
  record ReportDoc(String schema, String ruleSet, String window, String asOf, List<FindingDoc> findings,
      List<SummaryDoc> summaries, List<DueDoc> due, List<RequirementDoc> requirements) {}

  @JsonPropertyOrder({"id", "rule", "severity", "severityLabel", "organisation", "subject", "period", "since", "messageCode",
      "arguments", "message", "citation", "citationLabel", "evidence"})
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record FindingDoc(String id, String rule, String severity, Map<String, String> severityLabel, String organisation, String subject, @Nullable String period,
      @Nullable String since, String messageCode, Map<String, String> arguments, Map<String, String> message,
      String citation, Map<String, String> citationLabel, List<String> evidence) {}

  @JsonPropertyOrder({"organisation", "required", "held", "rate", "findings", "subtreeRequired", "subtreeHeld",
      "subtreeRate", "subtreeFindings"})
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record SummaryDoc(String organisation, int required, int held, @Nullable BigDecimal rate, int findings,
      int subtreeRequired, int subtreeHeld, @Nullable BigDecimal subtreeRate, int subtreeFindings) {}

  @JsonPropertyOrder({"organisation", "unit", "activityType", "activityTypeLabel", "period", "deadline", "remaining", "rule"})
  @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
  record DueDoc(String organisation, @org.jspecify.annotations.Nullable String unit, String activityType,
      Map<String, String> activityTypeLabel, String period,
      String deadline, int remaining, String rule) {}

  @JsonPropertyOrder({"rule", "organisation", "unit", "activityType", "activityTypeLabel", "period", "required", "held", "evidence"})
  @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
  record RequirementDoc(String rule, String organisation, @org.jspecify.annotations.Nullable String unit, String activityType,
      Map<String, String> activityTypeLabel, String period, int required, int held, List<String> evidence) {}

  /** @return the labels as the document writes them, {@code {"en": …, "zh": …}} like the messages */
  private static Map<String, String> both(org.dangjian.core.Labels labels) {
    return labels.asMap();
  }

  private static FindingDoc findingDoc(Finding f) {
    return new FindingDoc(f.id(), f.ruleId(), f.severity().code(),
        both(f.severity().labels()), f.organisation().value(), f.subject().toString(), f.period().map(Object::toString).orElse(null),
        f.since().map(Object::toString).orElse(null), f.messageCode(), f.arguments(),
        new java.util.TreeMap<>(Map.of("zh", FindingMessages.message(f, Locale.SIMPLIFIED_CHINESE),
            "en", FindingMessages.message(f, Locale.ENGLISH))),
        f.citation().toString(), both(f.citation().labels()), f.evidence());
  }

  /**
   * @param finding a finding
   * @return it as the report writes it (schema {@code #/$defs/finding}), for documents that carry findings too
   */
  public static com.fasterxml.jackson.databind.JsonNode finding(Finding finding) {
    java.util.Objects.requireNonNull(finding, "finding");
    return DangjianJson.mapper(Syntax.JSON).valueToTree(findingDoc(finding));
  }

  /**
   * @param due a due item
   * @return it as the report writes it (schema {@code #/$defs/due})
   */
  public static com.fasterxml.jackson.databind.node.ObjectNode due(DueItem due) {
    java.util.Objects.requireNonNull(due, "due");
    return DangjianJson.mapper(Syntax.JSON).valueToTree(dueDoc(due));
  }

  private static DueDoc dueDoc(DueItem d) {
    return new DueDoc(d.organisation().value(), d.unit().map(org.dangjian.core.org.UnitId::value).orElse(null), d.type().code(),
        both(d.type().labels()), d.period().toString(), d.deadline().toString(), d.remaining(), d.ruleId());
  }

  /**
   * @param report a report
   * @return the JSON document, ending with a line break
   */
  public static String write(ComplianceReport report) {
    java.util.Objects.requireNonNull(report, "report");
    List<FindingDoc> findings = report.findings().stream().map(ComplianceReportFormat::findingDoc).toList();
    List<SummaryDoc> summaries = report.summaries().stream().map(s -> new SummaryDoc(s.organisation().value(), s.required(),
        s.held(), s.rate().orElse(null), s.findings(), s.subtreeRequired(), s.subtreeHeld(), s.subtreeRate().orElse(null),
        s.subtreeFindings())).toList();
    List<DueDoc> due = report.due().stream().map(ComplianceReportFormat::dueDoc).toList();
    List<RequirementDoc> requirements = report.requirements().stream().map(r -> new RequirementDoc(r.ruleId(),
        r.organisation().value(), r.unit().map(org.dangjian.core.org.UnitId::value).orElse(null), r.type().code(),
        both(r.type().labels()), r.period().toString(), r.required(), r.held(), r.evidence())).toList();
    try {
      return DangjianJson.mapper(Syntax.JSON).writeValueAsString(new ReportDoc(SCHEMA, report.ruleSet(),
          report.window().toString(), report.asOf().toString(), findings, summaries, due, requirements)) + "\n";
    } catch (JsonProcessingException e) {
      throw new DangjianException("cannot write the report: " + e.getOriginalMessage(), e);
    }
  }
}
