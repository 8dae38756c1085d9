package org.dangjian.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.dangjian.core.Problem;
import org.dangjian.core.ValidationException;
import org.dangjian.core.json.Syntax;
import org.junit.jupiter.api.Test;

/**
 * One test per kind of scheme-file error, each naming the file, the line and the path; overlays that
 * extend a scheme by id and date; the built-in schemes resolve.
 */
class SchemeFilesTest {
  private static final String BASE = """
      schema: dangjian/scoring-scheme@1
      id: base
      version: "1"
      title: 基础方案
      effective: {from: 2020-01-01}
      subject: member
      blocks:
        - {id: politics, zh: 讲政治, en: politics, base: 20}
      items:
        - id: meetings
          block: politics
          zh: 参加会议
          en: meetings
          evidence: {attendance: {activityTypes: [branch-general-meeting]}}
          points: 1
      grades:
        - {grade: good, zh: 好, en: good, min: 20}
        - {grade: poor, zh: 差, en: poor}
      """;

  private static Problem onlyProblem(Runnable action) {
    ValidationException e = catchThrowableOfType(ValidationException.class, action::run);
    assertThat(e).as("expected a rejection").isNotNull();
    assertThat(e.problems()).as(e.getMessage()).hasSize(1);
    return e.problems().get(0);
  }

  private static Problem parseProblem(String yaml) {
    return onlyProblem(() -> SchemeDefinition.parse(yaml, "bad.yaml", Syntax.YAML));
  }

  private static Problem registryProblem(String yaml) {
    return onlyProblem(() -> SchemeRegistry.builder().definition(SchemeDefinition.parse(yaml, "bad.yaml", Syntax.YAML)).build());
  }

  private static Problem overlayProblem(String body) {
    return onlyProblem(() -> SchemeRegistry.builder().definition(SchemeDefinition.parse(BASE, "base.yaml", Syntax.YAML))
        .definition(SchemeDefinition.parse(overlay(body), "county.yaml", Syntax.YAML)).build());
  }

  private static String overlay(String body) {
    return "schema: dangjian/scoring-scheme@1\nid: county\nversion: \"2\"\ntitle: 县方案\neffective: {from: 2024-01-01}\nextends: base\n"
        + body;
  }

  private static void assertLocated(Problem problem, String file, int line, String path, String code) {
    assertThat(problem.source()).contains(file);
    assertThat(problem.line()).as(problem.toString()).isEqualTo(line);
    assertThat(problem.path()).isEqualTo(path);
    assertThat(problem.code()).isEqualTo(code);
  }

  @Test
  void theBaseIsValid() {
    ScoringScheme scheme = SchemeRegistry.builder().definition(SchemeDefinition.parse(BASE, "base.yaml", Syntax.YAML)).build()
        .resolve("base", LocalDate.of(2024, 1, 1));
    assertThat(scheme.items()).extracting(ScoringScheme.Item::id).containsExactly("meetings");
    assertThat(scheme.toString()).isEqualTo("base@1");
  }

  @Test
  void unknownKey() {
    Problem misspelt = parseProblem(BASE.replace("    points: 1", "    pionts: 1"));
    assertLocated(misspelt, "bad.yaml", 15, "items[0].pionts", "unknown-field");
    assertThat(misspelt.message()).startsWith("unknown field 'pionts' (did you mean 'points'?); expected one of: ");
  }

  @Test
  void malformedYaml() {
    Problem problem = parseProblem(BASE.replace("  - {id: politics, zh: 讲政治, en: politics, base: 20}", "  - {id: politics, zh: 讲政治"));
    assertThat(problem.source()).contains("bad.yaml");
    assertThat(problem.line()).isPositive();
  }

  @Test
  void unsupportedSchema() {
    assertLocated(parseProblem(BASE.replace("scoring-scheme@1", "scoring-scheme@9")), "bad.yaml", 1, "schema", "unsupported-schema");
  }

  @Test
  void anEndBeforeTheStart() {
    // The header every definition file shares (FileHeader): a scheme in effect to a day before it starts is refused.
    assertLocated(parseProblem(BASE.replace("effective: {from: 2020-01-01}", "effective: {from: 2020-01-01, to: 2019-12-31}")),
        "bad.yaml", 5, "effective.to", "end-before-start");
  }

  @Test
  void impossibleDate() {
    assertLocated(parseProblem(BASE.replace("2020-01-01", "2023-02-29")), "bad.yaml", 5, "effective.from", "invalid-date");
  }

  @Test
  void evidenceNamesExactlyOneKind() {
    assertLocated(parseProblem(BASE.replace("evidence: {attendance: {activityTypes: [branch-general-meeting]}}",
        "evidence: {attendance: {activityTypes: [x]}, ledger: {categories: [y]}}")), "bad.yaml", 14, "items[0].evidence", "invalid-value");
  }

  @Test
  void aSchemesOwnEvidenceAndReferenceProblemsComeInOneRound() {
    String yaml = BASE.replace("evidence: {attendance: {activityTypes: [branch-general-meeting]}}",
        "evidence: {duesArrears: {moreThanMonths: 200}}").replace("grades:", """
          - id: lost
            block: no-such-block
            zh: 无处
            en: nowhere
            evidence: {ballots: {values: {excelent: 10}}}
          - id: lost-too
            block: no-such-block
            zh: 无处
            en: nowhere
            evidence: {attendance: {activityTypes: [party-lecture]}}
        grades:""");
    java.util.List<Problem> problems = SchemeDefinition.problemsOf(org.dangjian.core.json.SourceDocument.of(yaml, "one.yaml",
        Syntax.YAML), SchemeRegistry.standard());
    assertThat(problems).extracting(Problem::path).contains("items[0].evidence.duesArrears.moreThanMonths",
        "items[1].evidence.ballots.values.excelent");
    assertThat(problems.toString()).contains("from 0 to 120, not 200").contains("(did you mean 'excellent'?)").contains("no-such-block");
    assertThat(problems).allSatisfy(p -> assertThat(p.source()).contains("one.yaml"));
  }

  @Test
  void evidenceCountsStandardActivityTypesAndThoseTheSchemeDeclares() {
    Problem unknown = parseProblem(BASE.replace("activityTypes: [branch-general-meeting]", "activityTypes: [branch-general-meetin]"));
    assertLocated(unknown, "bad.yaml", 14, "items[0].evidence.attendance.activityTypes[0]", "unknown-code");
    assertThat(unknown.message()).contains("activity type 'branch-general-meetin' is neither standard nor declared")
        .endsWith("(did you mean 'branch-general-meeting'?)");
    SchemeDefinition declared = SchemeDefinition.parse(BASE.replace("activityTypes: [branch-general-meeting]",
        "activityTypes: [study-night]").replace("subject: member\n", "subject: member\nactivityTypes: [{code: study-night, zh: 夜学夜谈, en: study night}]\n"),
        "ok.yaml", Syntax.YAML);
    assertThat(declared.id()).isEqualTo("base");
  }

  @Test
  void everyEvidenceKindIsDeclaredWithAnExampleItsOwnDeclarationAccepts() throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper yaml = new com.fasterxml.jackson.databind.ObjectMapper(
        new com.fasterxml.jackson.dataformat.yaml.YAMLFactory());
    assertThat(EvidenceKind.all()).extracting(EvidenceKind::name).containsExactly("attendance", "absence", "ledger", "findings",
        "commitments", "duesArrears", "duesPaid", "ballots", "reportRatings", "complianceRate", "correctionRate", "inspectionScore", "attendanceRate", "letter", "scheme");
    for (EvidenceKind kind : EvidenceKind.all()) {
      assertThat(kind.summary().zh()).isNotEqualTo(kind.name());
      for (org.dangjian.rules.spi.Parameter<?> parameter : kind.parameters()) {
        assertThat(parameter.meaning().en()).as(kind + "." + parameter.name()).isNotEqualTo(parameter.name());
        com.fasterxml.jackson.databind.JsonNode example = yaml.readTree("v: " + parameter.example()).get("v");
        assertThat(parameter.problemsOf(example, "v")).as(kind + "." + parameter.name()).isEmpty();
      }
    }
    assertThat(EvidenceKind.named("duesArrears")).contains(EvidenceKind.DUES_ARREARS);
    assertThat(EvidenceKind.named("dues-arrears")).isEmpty();
  }

  @Test
  void unknownStatusInEligibility() {
    assertLocated(parseProblem(BASE + "eligibility: {scored: [full, member], graded: [full], ranked: [full]}\n"), "bad.yaml", 19,
        "eligibility.scored", "unknown-code");
  }

  @Test
  void quotaShareBeyondOne() {
    assertLocated(parseProblem(BASE + "quotas: [{grade: good, maxShare: 1.5}]\n"), "bad.yaml", 19, "quotas[0].maxShare", "invalid-value");
  }

  @Test
  void unknownRounding() {
    assertLocated(parseProblem(BASE + "quotas: [{grade: good, maxShare: 0.3, rounding: nearest}]\n"), "bad.yaml", 19,
        "quotas[0].rounding", "unknown-code");
  }

  @Test
  void bottomWithBothCountAndShare() {
    assertLocated(parseProblem(BASE + "bottom: {count: 1, share: 0.1}\n"), "bad.yaml", 19, "bottom", "invalid-value");
  }

  @Test
  void itemInAnUnknownBlock() {
    assertLocated(registryProblem(BASE.replace("block: politics", "block: politcs")), "bad.yaml", 11, "items[0].block",
        "dangling-reference");
  }

  @Test
  void vetoCappingAtAnUnknownGrade() {
    assertLocated(registryProblem(BASE.replace("    points: 1", "    points: 1\n    veto: {capGrade: excellent}")), "bad.yaml", 16,
        "items[0].veto.capGrade", "dangling-reference");
  }

  @Test
  void quotaOnAnUnknownGradeOrTheLowest() {
    assertLocated(registryProblem(BASE + "quotas: [{grade: excellent, maxShare: 0.3}]\n"), "bad.yaml", 19, "quotas", "dangling-reference");
    assertLocated(registryProblem(BASE + "quotas: [{grade: poor, maxShare: 0.3}]\n"), "bad.yaml", 19, "quotas", "invalid-value");
  }

  @Test
  void gradeBandsOutOfOrder() {
    assertLocated(registryProblem(BASE.replace("{grade: poor, zh: 差, en: poor}", "{grade: poor, zh: 差, en: poor, min: 30}")),
        "bad.yaml", 18, "grades[1].min", "invalid-value");
  }

  @Test
  void evidenceThatDoesNotFitTheSubject() {
    assertLocated(registryProblem(BASE.replace("subject: member", "subject: branch")
        .replace("evidence: {attendance: {activityTypes: [branch-general-meeting]}}", "evidence: {ledger: {categories: [x]}}")),
        "bad.yaml", 14, "items[0].evidence", "invalid-value");
  }

  @Test
  void itemWithoutPoints() {
    assertLocated(registryProblem(BASE.replace("    points: 1\n", "")), "bad.yaml", 10, "items[0].points", "missing-field");
  }

  @Test
  void referenceToAnUnknownScheme() {
    assertLocated(registryProblem(BASE.replace("evidence: {attendance: {activityTypes: [branch-general-meeting]}}",
        "evidence: {scheme: {id: nowhere}}").replace("    points: 1\n", "")), "bad.yaml", 14, "items[0].evidence.scheme.id",
        "dangling-reference");
  }

  @Test
  void overlayReplacesAddsAndDisablesItems() {
    SchemeRegistry registry = SchemeRegistry.builder().definition(SchemeDefinition.parse(BASE, "base.yaml", Syntax.YAML))
        .definition(SchemeDefinition.parse(overlay("""
            items:
              - {id: meetings, block: politics, zh: 参加会议, en: meetings, evidence: {attendance: {activityTypes: [branch-general-meeting]}},
                 points: 2, capPerYear: 10}
              - {id: service, block: politics, zh: 服务, en: service, evidence: {ledger: {categories: [volunteer-service]}}}
            """), "county.yaml", Syntax.YAML))
        .definition(SchemeDefinition.parse(overlay("disable: [meetings]\n").replace("id: county", "id: town"), "town.yaml", Syntax.YAML))
        .build();

    ScoringScheme county = registry.resolve("county", LocalDate.of(2024, 6, 1));
    assertThat(county.chain()).containsExactly("base@1", "county@2");
    assertThat(county.items()).extracting(ScoringScheme.Item::id).containsExactly("meetings", "service");
    assertThat(county.items().get(0).points()).contains(new BigDecimal("2"));
    assertThat(county.subject()).isEqualTo(SubjectKind.MEMBER);
    assertThat(registry.resolve("town", LocalDate.of(2024, 6, 1)).items()).isEmpty();
  }

  @Test
  void overlayRestatingAnItemUnchanged() {
    assertLocated(overlayProblem("""
        items:
          - id: meetings
            block: politics
            zh: 参加会议
            en: meetings
            evidence: {attendance: {activityTypes: [branch-general-meeting]}}
            points: 1
        """), "county.yaml", 8, "items[0]", "redundant");
  }

  @Test
  void overlayDisablingWhatItDoesNotInherit() {
    assertLocated(overlayProblem("disable: [lectures]\n"), "county.yaml", 7, "disable[0]", "unknown-item");
  }

  @Test
  void overlayOfAnUnknownScheme() {
    Problem problem = onlyProblem(() -> SchemeRegistry.builder().definition(SchemeDefinition.parse(
        overlay("disable: [meetings]\n").replace("extends: base", "extends: nowhere"), "county.yaml", Syntax.YAML)).build());
    assertLocated(problem, "county.yaml", 6, "extends", "dangling-reference");
  }

  @Test
  void overlappingVersions() {
    Problem problem = onlyProblem(() -> SchemeRegistry.builder().definition(SchemeDefinition.parse(BASE, "base.yaml", Syntax.YAML))
        .definition(SchemeDefinition.parse(BASE.replace("version: \"1\"", "version: \"2\"").replace("2020-01-01", "2022-01-01"),
            "base2.yaml", Syntax.YAML)).build());
    assertLocated(problem, "base2.yaml", 5, "effective", "overlapping-effective-dates");
  }

  @Test
  void resolvingOutsideEveryVersion() {
    SchemeRegistry registry = SchemeRegistry.builder().definition(SchemeDefinition.parse(BASE, "base.yaml", Syntax.YAML)).build();
    assertThat(onlyProblem(() -> registry.resolve("base", LocalDate.of(2019, 12, 31))).code()).isEqualTo("not-effective");
    assertThat(onlyProblem(() -> registry.resolve("elsewhere", LocalDate.of(2024, 1, 1))).code()).isEqualTo("unknown-scheme");
  }

  @Test
  void everyBuiltInSchemeResolves() {
    SchemeRegistry registry = SchemeRegistry.standard();
    assertThat(registry.ids()).containsExactly("branch-stars", "member-points", "organisation-ranking", "secretary-report",
        "year-end-appraisal");
    for (String id : registry.ids()) {
      ScoringScheme scheme = registry.resolve(id, LocalDate.of(2024, 12, 31));
      assertThat(scheme.items()).as(id).isNotEmpty();
      assertThat(scheme.grades().isEmpty()).as(id).isEqualTo(id.equals("organisation-ranking"));
    }
    ScoringScheme appraisal = registry.resolve("year-end-appraisal", LocalDate.of(2024, 12, 31));
    assertThat(appraisal.grade("excellent")).map(b -> b.labels().zh()).contains("优秀");
    assertThat(appraisal.grade("basically-qualified")).map(b -> b.min().orElseThrow().intValueExact()).contains(60);
    assertThat(appraisal.grade("five-stars")).isEmpty();
  }
}
