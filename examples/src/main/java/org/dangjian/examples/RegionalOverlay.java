package org.dangjian.examples;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.dangjian.core.DangjianException;
import org.dangjian.core.json.SourceDocument;
import org.dangjian.core.json.Syntax;
import org.dangjian.core.time.ReportingPeriod;
import org.dangjian.rules.ComplianceDiff;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.FindingMessages;
import org.dangjian.rules.RuleSetDefinition;
import org.dangjian.rules.RuleSetRegistry;
import org.dangjian.testkit.SampleCounty;
import org.dangjian.testkit.scenario.Scenario;
import org.dangjian.testkit.scenario.ScenarioResult;
import org.dangjian.testkit.scenario.ScenarioRunner;

/**
 * A county writes its own rules as an overlay on the national baseline — 党课 every quarter instead of
 * every year, branches of at most 45 members — tests the overlay with a policy scenario (a school that
 * skipped the third quarter's 党课 must get exactly that finding), and sees what the change does to the
 * sample county before it reaches a single school.
 */
public final class RegionalOverlay {
  private RegionalOverlay() {}

  static final String OVERLAY = """
      schema: dangjian/rule-set@1
      id: some-county
      version: "2025.1"
      title: 某县三会一课实施细则
      effective: {from: 2024-01-01}
      extends: cn-national
      rules:
        - id: party-lecture-yearly
          description: 党课每季度至少1次
          citation: {document: 某县三会一课实施细则, article: 第五条}
          parameters: {per: quarter}
        - id: branch-size
          description: 党支部党员人数一般不超过45人
          citation: {document: 某县三会一课实施细则, article: 第三条}
          parameters: {max: 45}
      """;

  static final String SCENARIO = """
      schema: dangjian/scenario@1
      name: 第三季度未上党课
      ruleSet: some-county
      window: 2024
      dataset:
        schema: dangjian/dataset@1
        region: {code: demo, name: 某县}
        organisations:
          - {id: root, name: 某县教育局党委, kind: grassroots-committee, established: 2000-01-01}
          - {id: b1, name: 实验小学党支部, kind: branch, parent: root, established: 2000-01-01}
        members:
          - {id: m1, name: 王芳, gender: female, birthDate: 1980-01-01, category: teacher, branch: b1,
             history: [{type: transferred-in, date: 2001-09-01, from: 师范学院,
                        letter: {number: X1, issued: 2001-08-01, validUntil: 2001-10-01}, status: full, fullSince: 2000-06-01}]}
        activities:
          - {id: pl-1, organisation: b1, type: party-lecture, date: 2024-03-20, lecturer: m1, attendees: [m1]}
          - {id: pl-2, organisation: b1, type: party-lecture, date: 2024-06-20, lecturer: m1, attendees: [m1]}
          - {id: pl-4, organisation: b1, type: party-lecture, date: 2024-12-20, lecturer: m1, attendees: [m1]}
      expect:
        findings:
          - {rule: party-lecture-yearly, subject: organisation:b1, period: 2024-Q3, severity: warning}
        absent:
          - {rule: party-lecture-yearly, period: 2024-Q4}
      """;

  /** Prints to standard output. */
  public static void main(String[] args) {
    run(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
  }

  /** @param out where the example writes what it shows */
  public static void run(PrintWriter out) {
    // The registry checks the overlay against what it extends: unknown rules, parameters, restatements, dates.
    RuleSetRegistry registry = RuleSetRegistry.standard().with(RuleSetDefinition.parse(OVERLAY, "some-county.yaml", Syntax.YAML));
    LocalDate yearEnd = LocalDate.of(2024, 12, 31);
    out.println("resolved: " + registry.resolve("some-county", yearEnd));

    // The policy test: a scenario names the rule set, carries its dataset and says exactly what must be found.
    Scenario scenario = Scenario.read(SourceDocument.of(SCENARIO, "lecture-missed.scenario.yaml", Syntax.YAML), file -> {
      throw new DangjianException("this scenario reads no other file, not " + file);
    });
    ScenarioResult result = new ScenarioRunner(registry).run(scenario);
    out.println("scenario: " + result.describe());

    // What the change does to the sample county's year.
    ReportingPeriod year = ReportingPeriod.year(2024);
    ComplianceDiff diff = ComplianceDiff.between(
        ComplianceEngine.evaluate(SampleCounty.dataset(), registry.resolve("cn-national", yearEnd), year, yearEnd),
        ComplianceEngine.evaluate(SampleCounty.dataset(), registry.resolve("some-county", yearEnd), year, yearEnd));
    out.println("on the sample county: " + diff.added().size() + " added, " + diff.removed().size() + " removed, "
        + diff.changed().size() + " changed");
    diff.added().forEach(f -> out.println("  + " + FindingMessages.describe(f, Locale.SIMPLIFIED_CHINESE)));
  }
}
