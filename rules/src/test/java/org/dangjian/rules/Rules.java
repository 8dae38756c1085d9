package org.dangjian.rules;

import java.time.LocalDate;
import java.util.List;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.json.Syntax;
import org.dangjian.core.time.ReportingPeriod;

/** Evaluates one rule, written as a small rule-set file, against a fixture. */
final class Rules {
  private Rules() {}

  /** A rule set holding one rule of the given type and parameters (YAML flow mapping). */
  static RuleSet single(String type, String severity, String parameters) {
    String yaml = "schema: dangjian/rule-set@1\nid: test\nversion: \"1\"\ntitle: 测试\neffective: {from: 2000-01-01}\n"
        + "rules:\n  - id: the-rule\n    type: " + type + "\n    severity: " + severity
        + "\n    citation: {document: 测试}\n    parameters: " + parameters + "\n";
    return RuleSetRegistry.builder().discoverRuleTypes()
        .definition(RuleSetDefinition.parse(yaml, "test.yaml", Syntax.YAML)).build()
        .resolve("test", LocalDate.of(2024, 1, 1));
  }

  static List<Finding> findings(Dataset dataset, RuleSet set, LocalDate asOf) {
    return ComplianceEngine.evaluate(dataset, set, ReportingPeriod.year(asOf.getYear()), asOf).findings();
  }

  static ComplianceReport report(Dataset dataset, RuleSet set, LocalDate asOf) {
    return ComplianceEngine.evaluate(dataset, set, ReportingPeriod.year(asOf.getYear()), asOf);
  }
}
