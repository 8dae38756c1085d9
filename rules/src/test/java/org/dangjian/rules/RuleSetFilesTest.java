package org.dangjian.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.dangjian.core.Problem;
import org.dangjian.core.ValidationException;
import org.dangjian.core.json.Syntax;
import org.junit.jupiter.api.Test;

/**
 * One test per kind of rule-set file error: each names the file, the line and the path. Overlays
 * resolve onto their parents by id and date.
 */
class RuleSetFilesTest {
  private static final String BASE = """
      schema: dangjian/rule-set@1
      id: base
      version: "1"
      title: 基线
      effective: {from: 2020-01-01}
      parameters: {roundingMode: HALF_UP}
      rules:
        - id: branch-size
          type: branch-size
          severity: warning
          citation: {document: 支部条例, article: 第四条}
          parameters: {max: 50}
        - id: lecture
          type: activity-frequency
          severity: warning
          citation: {document: 支部条例, article: 第十五条}
          parameters: {activityType: party-lecture, per: year}
      """;

  private static RuleSetDefinition definition(String name, String yaml) {
    return RuleSetDefinition.parse(yaml, name, Syntax.YAML);
  }

  private static Problem onlyProblem(Runnable action) {
    ValidationException e = catchThrowableOfType(ValidationException.class, action::run);
    assertThat(e).as("expected a rejection").isNotNull();
    assertThat(e.problems()).as(e.getMessage()).hasSize(1);
    return e.problems().get(0);
  }

  private static Problem parseProblem(String yaml) {
    return onlyProblem(() -> definition("bad.yaml", yaml));
  }

  private static Problem registryProblem(String overlay) {
    return onlyProblem(() -> RuleSetRegistry.builder().discoverRuleTypes()
        .definition(definition("base.yaml", BASE)).definition(definition("county.yaml", overlay)).build());
  }

  private static String overlay(String body) {
    return "schema: dangjian/rule-set@1\nid: county\nversion: \"2\"\ntitle: 县\neffective: {from: 2024-01-01}\nextends: base\n" + body;
  }

  private static void assertLocated(Problem problem, String file, int line, String path, String code) {
    assertThat(problem.source()).contains(file);
    assertThat(problem.line()).as(problem.toString()).isEqualTo(line);
    assertThat(problem.path()).isEqualTo(path);
    assertThat(problem.code()).isEqualTo(code);
  }

  @Test
  void unknownKey() {
    assertLocated(parseProblem(BASE.replace("    parameters: {max: 50}", "    parameters: {max: 50}\n    weight: 3")),
        "bad.yaml", 13, "rules[0].weight", "unknown-field");
  }

  @Test
  void wrongType() {
    assertLocated(parseProblem(BASE.replace("version: \"1\"", "version: [1]")), "bad.yaml", 3, "version", "wrong-type");
    assertLocated(parseProblem(BASE.replace("severity: warning\n    citation: {document: 支部条例, article: 第四条}",
        "severity: severe\n    citation: {document: 支部条例, article: 第四条}")), "bad.yaml", 10, "rules[0].severity", "unknown-code");
  }

  @Test
  void malformedYamlAndDates() {
    // The parser notices the unclosed list where the next line begins.
    assertLocated(parseProblem(BASE.replace("title: 基线", "title: [基线")), "bad.yaml", 5, "title[0]", "syntax-error");
    assertLocated(parseProblem(BASE.replace("{from: 2020-01-01}", "{from: 2020-02-30}")), "bad.yaml", 5, "effective.from", "invalid-date");
  }

  @Test
  void duplicateRuleIdsInOneFile() {
    assertLocated(parseProblem(BASE.replace("- id: lecture", "- id: branch-size")), "bad.yaml", 13, "rules[1].id", "duplicate-id");
  }

  @Test
  void aMisspeltInheritedRuleIsANewRuleThatSaysWhichOneWasMeant() {
    ValidationException e = catchThrowableOfType(ValidationException.class, () -> RuleSetRegistry.builder().discoverRuleTypes()
        .definition(definition("base.yaml", BASE)).definition(definition("county.yaml",
            overlay("rules:\n  - id: branch-sise\n    parameters: {max: 40}\n"))).build());
    assertThat(e.problems()).extracting(Problem::message).contains(
        "rule 'branch-sise' is not inherited, so as a new rule it needs 'type' (did you mean 'branch-size'?); the inherited rules are: "
            + "branch-size, lecture",
        "rule 'branch-sise' is not inherited, so as a new rule it needs 'severity' (did you mean 'branch-size'?)");
  }

  @Test
  void unknownRuleType() {
    Problem problem = registryProblem(overlay("rules:\n  - id: extra\n    type: branch-sise\n    severity: notice\n    citation: {document: 县局汇报}\n"));
    assertLocated(problem, "county.yaml", 9, "rules[0].type", "unknown-rule-type");
    assertThat(problem.message()).startsWith("unknown rule type 'branch-sise' (did you mean 'branch-size'?); known: ");
    assertThat(problem.message()).contains("'branch-sise'").contains("branch-size");
  }

  @Test
  void danglingExtends() {
    Problem problem = registryProblem(overlay("").replace("extends: base", "extends: nation"));
    assertLocated(problem, "county.yaml", 6, "extends", "dangling-extends");
    assertThat(problem.message()).contains("'nation'").contains("[base, county]");
  }

  @Test
  void cycle() {
    String a = "schema: dangjian/rule-set@1\nid: a\nversion: \"1\"\ntitle: A\neffective: {from: 2020-01-01}\nextends: b\n";
    String b = "schema: dangjian/rule-set@1\nid: b\nversion: \"1\"\ntitle: B\neffective: {from: 2020-01-01}\nextends: a\n";
    ValidationException e = catchThrowableOfType(ValidationException.class, () -> RuleSetRegistry.builder()
        .definition(definition("a.yaml", a)).definition(definition("b.yaml", b)).build());
    assertThat(e.problems()).extracting(Problem::code).containsOnly("cycle");
    assertLocated(e.problems().get(0), "a.yaml", 6, "extends", "cycle");
    assertThat(e.problems().get(0).message()).contains("a → b → a");
  }

  @Test
  void overlappingEffectiveDates() {
    String second = BASE.replace("version: \"1\"", "version: \"2\"").replace("{from: 2020-01-01}", "{from: 2023-01-01}");
    Problem problem = onlyProblem(() -> RuleSetRegistry.builder().discoverRuleTypes()
        .definition(definition("base-1.yaml", BASE.replace("{from: 2020-01-01}", "{from: 2020-01-01, to: 2023-01-01}")))
        .definition(definition("base-2.yaml", second)).build());
    assertLocated(problem, "base-2.yaml", 5, "effective", "overlapping-effective-dates");
  }

  @Test
  void anOverlayStatesNothingTwice() {
    assertLocated(registryProblem(overlay("rules:\n  - id: branch-size\n    parameters: {max: 50}\n")),
        "county.yaml", 9, "rules[0].parameters.max", "redundant");
    assertLocated(registryProblem(overlay("rules:\n  - id: branch-size\n    severity: warning\n")),
        "county.yaml", 9, "rules[0].severity", "redundant");
    assertLocated(registryProblem(overlay("parameters: {roundingMode: HALF_UP}\n")), "county.yaml", 7, "parameters.roundingMode", "redundant");
    assertLocated(registryProblem(overlay("rules:\n  - id: branch-size\n    type: joint-branch-units\n")),
        "county.yaml", 9, "rules[0].type", "type-change");
  }

  @Test
  void disablingARuleThatIsNotInherited() {
    assertLocated(registryProblem(overlay("disable: [branch-size, branch-sizes]\n")), "county.yaml", 7, "disable[1]", "unknown-rule");
  }

  @Test
  void aNewRuleNeedsTypeSeverityAndCitation() {
    ValidationException e = catchThrowableOfType(ValidationException.class, () -> RuleSetRegistry.builder().discoverRuleTypes()
        .definition(definition("base.yaml", BASE)).definition(definition("county.yaml", overlay("rules:\n  - id: weekly-study\n    parameters: {per: week}\n"))).build());
    assertThat(e.problems()).extracting(Problem::path).containsExactly("rules[0].type", "rules[0].severity", "rules[0].citation");
    assertThat(e.problems().get(0).message()).contains("'weekly-study' is not inherited");
  }

  @Test
  void parametersAreCheckedWhereTheyAreStated() {
    assertLocated(registryProblem(overlay("rules:\n  - id: branch-size\n    parameters: {max: fifty}\n")),
        "county.yaml", 9, "rules[0].parameters.max", "invalid-parameter");
    Problem misspelt = registryProblem(overlay("rules:\n  - id: lecture\n    parameters: {pre: half-year}\n"));
    assertLocated(misspelt, "county.yaml", 9, "rules[0].parameters.pre", "unknown-parameter");
    assertThat(misspelt.message()).contains("has no parameter 'pre' (did you mean 'per'?); the parameters are: activityType, per, times");
    assertLocated(registryProblem(overlay("rules:\n  - id: lecture\n    parameters: {per: fortnight}\n")),
        "county.yaml", 9, "rules[0].parameters.per", "invalid-parameter");
    Problem missing = onlyProblem(() -> RuleSetRegistry.builder().discoverRuleTypes()
        .definition(definition("base.yaml", BASE.replace("    parameters: {max: 50}\n", ""))).build());
    assertLocated(missing, "base.yaml", 8, "rules[0].parameters", "missing-parameter");
  }

  @Test
  void overlaysChangeAddAndDisableAndResolveByDate() {
    RuleSetRegistry registry = RuleSetRegistry.builder().discoverRuleTypes()
        .definition(definition("base.yaml", BASE))
        .definition(definition("county.yaml", overlay("""
            activityTypes: [{code: study-night, zh: 夜学夜谈, en: study night}]
            rules:
              - id: lecture
                parameters: {per: half-year}
              - id: study-night
                type: activity-frequency
                severity: notice
                citation: {document: 五个突出}
                parameters: {activityType: study-night, per: month}
            disable: [branch-size]
            """))).build();
    RuleSet county = registry.resolve("county", LocalDate.of(2024, 6, 1));
    assertThat(county.chain()).containsExactly("base@1", "county@2");
    assertThat(county.entries()).extracting(RuleEntry::id).containsExactly("lecture", "study-night");
    assertThat(county.entry("lecture").orElseThrow().parameters().text("per")).isEqualTo("half-year");
    assertThat(county.entry("lecture").orElseThrow().citation()).hasToString("支部条例 第十五条");
    assertThat(county.activityTypes()).extracting(t -> t.code()).containsExactly("study-night");
    assertThat(registry.resolve("base", LocalDate.of(2024, 6, 1)).entries()).hasSize(2);

    Problem early = onlyProblem(() -> registry.resolve("county", LocalDate.of(2023, 12, 31)));
    assertThat(early.code()).isEqualTo("not-effective");
    assertThat(onlyProblem(() -> registry.resolve("nowhere", LocalDate.of(2024, 1, 1))).code()).isEqualTo("unknown-rule-set");
  }

  @Test
  void theVersionInEffectOnTheDayIsChosen() {
    RuleSetRegistry registry = RuleSetRegistry.builder().discoverRuleTypes()
        .definition(definition("base-1.yaml", BASE.replace("{from: 2020-01-01}", "{from: 2020-01-01, to: 2023-12-31}")))
        .definition(definition("base-2.yaml", BASE.replace("version: \"1\"", "version: \"2\"")
            .replace("{from: 2020-01-01}", "{from: 2024-01-01}").replace("{max: 50}", "{max: 45}")))
        .build();
    assertThat(registry.resolve("base", LocalDate.of(2023, 12, 31)).version()).isEqualTo("1");
    assertThat(registry.resolve("base", LocalDate.of(2024, 1, 1)).version()).isEqualTo("2");
    assertThat(registry.resolve("base", LocalDate.of(2024, 1, 1)).entry("branch-size").orElseThrow().parameters().integer("max"))
        .isEqualTo(45);
  }

  @Test
  void theStandardRegistryHasTheBaselineAndEveryBuiltInType() {
    RuleSetRegistry standard = RuleSetRegistry.standard();
    assertThat(standard.ids()).contains("cn-national");
    assertThat(standard.ruleTypeNames()).containsExactly("activist-duration", "activist-review", "activity-frequency",
        "admission-approval", "annual-commitment", "applicant-age", "appraisal-coverage", "branch-meeting-vote", "branch-size", "bulletin-statements", "committee-required", "committee-size", "committee-term",
        "confirmation", "corrections", "development-records", "development-rights", "dues-amount", "dues-arrears", "duty-reports", "first-talk", "first-topic", "governance-documents", "governance-rate",
        "heart-to-heart-talks", "inspection-coverage", "joint-branch-units", "leadership-team", "major-matters", "meeting-quorum", "organisation-size", "organisational-life-absence",
        "points-recorded", "probation-extension", "record-completeness", "secretary-required", "secretary-standing", "secretary-training", "suspension-duration",
        "training-length", "transfer-letter", "unit-coverage", "unit-own-organisation", "work-coverage");
    RuleSet national = standard.resolve("cn-national", LocalDate.of(2024, 12, 31));
    assertThat(national.entries()).hasSize(40);
    assertThat(national.entries()).allSatisfy(e -> assertThat(e.description()).isPresent());
    assertThat(national.jurisdiction()).contains("全国");
    assertThat(standard.resolve("county-first-topic", LocalDate.of(2024, 12, 31)).chain())
        .containsExactly("cn-national@2024.1", "county-first-topic@2024.1");
  }

  @Test
  void withAddsASetOfOnesOwnInPlaceOfTheOneWithItsId() {
    RuleSetRegistry registry = RuleSetRegistry.builder().discoverRuleTypes().definition(definition("base.yaml", BASE)).build();
    RuleSetRegistry changed = registry.with(definition("base-copy.yaml", BASE.replace("{max: 50}", "{max: 45}").replace("\"1\"", "\"2\"")))
        .with(definition("county.yaml", overlay("disable: [lecture]\n")));
    assertThat(changed.ids()).containsExactly("base", "county");
    assertThat(changed.resolve("base", LocalDate.of(2024, 1, 1)).version()).isEqualTo("2");
    assertThat(changed.resolve("county", LocalDate.of(2024, 1, 1)).entries()).hasSize(1);
    assertThat(registry.ids()).containsExactly("base");
    Problem problem = onlyProblem(() -> registry.with(definition("bad.yaml", overlay("disable: [lectures]\n"))));
    assertThat(problem.source()).contains("bad.yaml");
  }
}
