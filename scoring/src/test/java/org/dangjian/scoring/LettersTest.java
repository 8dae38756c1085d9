package org.dangjian.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.dangjian.core.Labels;
import org.dangjian.core.Problem;
import org.dangjian.core.ValidationException;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.json.Syntax;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.record.RecordId;
import org.dangjian.core.supervision.Correction;
import org.dangjian.core.supervision.IndicatorValue;
import org.dangjian.core.supervision.ResponsibilityLetter;
import org.dangjian.core.time.ReportingPeriod;
import org.dangjian.rules.ComplianceReport;
import org.dangjian.rules.spi.Parameter;
import org.dangjian.rules.spi.RuleParameters;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Responsibility letters (目标责任书): templates read strictly and resolved, items assessed at their edges, and scored. */
class LettersTest {
  private static final OrganisationId ROOT = OrganisationId.of("root");
  private static final OrganisationId B1 = OrganisationId.of("b1");
  private static final OrganisationId B2 = OrganisationId.of("b2");
  private static final String HEADER = """
      schema: dangjian/responsibility-letter@1
      id: test-letter
      version: "1"
      title: 测试责任书
      effective: {from: 2024-01-01}
      """;
  /** Two items on entered values: a floor credited in proportion and a ceiling all or nothing, due mid-year. */
  private static final String ITEMS = """
      items:
        - {id: teaching, zh: 教学成效, en: teaching, indicator: {external: {name: teaching-results}}, target: 80,
           credit: proportional, weight: 30}
        - {id: complaints, zh: 投诉, en: complaints, indicator: {external: {name: complaints}}, target: 2, direction: at-most,
           weight: 10, due: 06-30}
      """;

  private static LetterTemplate template(String body) {
    return LetterTemplate.parse(HEADER + body, "test-letter.yaml", Syntax.YAML);
  }

  private static LetterRegistry registry(String body) {
    return LetterRegistry.builder().template(template(body)).build();
  }

  private static List<Problem> problems(String body) {
    return catchThrowableOfType(ValidationException.class, () -> registry(body)).problems();
  }

  private static ResponsibilityLetter letter(OrganisationId to) {
    return ResponsibilityLetter.of(RecordId.of("zrs-" + to.value()), "test-letter", ROOT, to, 2024, LocalDate.of(2024, 2, 1));
  }

  private static ComplianceReport report(LocalDate asOf) {
    return new ComplianceReport("test", ReportingPeriod.year(2024), asOf, List.of(), List.of(), List.of(), List.of());
  }

  private static Dataset dataset(ResponsibilityLetter letter, String teaching, String complaints) {
    Dataset.Builder builder = new Fixture().dataset().toBuilder().add(ResponsibilityLetter.KIND, letter);
    if (teaching != null) {
      builder.add(IndicatorValue.KIND, IndicatorValue.of(letter.to(), "teaching-results", 2024, new BigDecimal(teaching)));
    }
    if (complaints != null) {
      builder.add(IndicatorValue.KIND, IndicatorValue.of(letter.to(), "complaints", 2024, new BigDecimal(complaints)));
    }
    return builder.build();
  }

  private static LetterAttainment assess(String teaching, String complaints, LocalDate asOf) {
    ResponsibilityLetter letter = letter(B1);
    return registry(ITEMS).assess(letter, dataset(letter, teaching, complaints), report(asOf));
  }

  @Nested
  class Templates {
    @Test
    void aTemplateIsReadStrictlyEveryProblemLocated() {
      ValidationException bad = catchThrowableOfType(ValidationException.class, () -> template("""
          items:
            - {id: a, zh: 甲, en: a, indicator: {external: {name: x}}, target: 1, weight: 0}
            - {id: b, zh: 乙, en: b, indicator: {external: {name: x}}, target: 1, weight: 1, due: 02-30}
            - {id: c, zh: 丙, en: c, indicator: {external: {name: x}}, weight: 1, direction: below, credit: some}
            - {id: d, zh: 丁, en: d, indicator: external, target: 1, weight: 1, due: 12/31}
          """));
      assertThat(bad.problems()).extracting(Problem::path, Problem::code).containsExactly(
          tuple("items[0].weight", "invalid-value"),
          tuple("items[1].due", "invalid-date"),
          tuple("items[2].target", "missing-field"),
          tuple("items[2].direction", "unknown-code"),
          tuple("items[2].credit", "unknown-code"),
          tuple("items[3].indicator", "invalid-value"),
          tuple("items[3].due", "invalid-date"));
      assertThat(bad.problems()).allSatisfy(p -> assertThat(p.source()).contains("test-letter.yaml"));
      assertThat(bad.problems().get(0).line()).isEqualTo(7);
    }

    @Test
    void theHeaderIsReadAsEveryDefinitionFilesIs() {
      ValidationException bad = catchThrowableOfType(ValidationException.class, () -> LetterTemplate.parse(HEADER
          .replace("responsibility-letter@1", "responsibility-letter@2").replace("effective: {from: 2024-01-01}",
              "effective: {from: 2024-01-01, to: 2023-12-31}") + ITEMS, "bad.yaml", Syntax.YAML));
      assertThat(bad.problems()).extracting(Problem::path, Problem::code, Problem::line).containsExactly(
          tuple("schema", "unsupported-schema", 1), tuple("effective.to", "end-before-start", 5));
    }

    @Test
    void anItemNamesAKnownIndicatorWithTheParametersItDeclares() {
      assertThat(problems("""
          items:
            - {id: a, zh: 甲, en: a, indicator: {correctionRat: {}}, target: 1, weight: 1}
            - {id: b, zh: 乙, en: b, indicator: {trainings: {atLeast: 0, everyone: true}}, target: 1, weight: 1}
            - {id: c, zh: 丙, en: c, indicator: {external: {}}, target: 1, weight: 1}
          """)).extracting(Problem::path, Problem::code).containsExactly(
          tuple("items[0].indicator", "unknown-indicator"),
          tuple("items[1].indicator.trainings.everyone", "unknown-parameter"),
          tuple("items[1].indicator.trainings.atLeast", "invalid-parameter"),
          tuple("items[2].indicator.external.name", "missing-parameter"));
    }

    @Test
    void aRegionsTemplateExtendsTheCountysReplacingAddingAndDisablingItems() {
      LetterTemplate region = LetterTemplate.parse("""
          schema: dangjian/responsibility-letter@1
          id: region-letter
          version: "1"
          title: 区域责任书
          effective: {from: 2024-01-01}
          extends: test-letter
          items:
            - {id: teaching, zh: 教学成效, en: teaching, indicator: {external: {name: teaching-results}}, target: 90, weight: 30}
            - {id: corrections, zh: 整改, en: corrections, indicator: {correctionRate: {}}, target: 1, weight: 20}
          disable: [complaints]
          """, "region.yaml", Syntax.YAML);
      LetterRegistry both = LetterRegistry.builder().template(template(ITEMS)).template(region).build();
      LetterTemplate resolved = both.resolve("region-letter", LocalDate.of(2024, 5, 1));
      assertThat(resolved.extendsId()).isEmpty();
      assertThat(resolved.items()).extracting(LetterTemplate.Item::id, LetterTemplate.Item::target)
          .containsExactly(tuple("teaching", new BigDecimal("90")), tuple("corrections", BigDecimal.ONE));

      LetterTemplate restating = LetterTemplate.parse("""
          schema: dangjian/responsibility-letter@1
          id: region-letter
          version: "1"
          title: 区域责任书
          effective: {from: 2024-01-01}
          extends: test-letter
          items:
            - {id: complaints, zh: 投诉, en: complaints, indicator: {external: {name: complaints}}, target: 2, direction: at-most,
               weight: 10, due: 06-30}
          """, "restating.yaml", Syntax.YAML);
      assertThat(catchThrowableOfType(ValidationException.class, () -> LetterRegistry.builder().template(template(ITEMS))
          .template(restating).build()).problems()).extracting(Problem::path, Problem::code, Problem::line)
          .containsExactly(tuple("items[0]", "redundant", 8));
      assertThat(catchThrowableOfType(ValidationException.class, () -> LetterRegistry.builder().template(region).build()).problems())
          .extracting(Problem::path, Problem::code).containsExactly(tuple("extends", "dangling-reference"));
    }

    @Test
    void aLettersTemplateIsTheOneInEffectForItsYearAndAnUnknownOneIsNamed() {
      LetterRegistry registry = registry(ITEMS);
      ResponsibilityLetter early = ResponsibilityLetter.of(RecordId.of("zrs"), "test-letter", ROOT, B1, 2024, LocalDate.of(2023, 12, 20));
      assertThat(registry.templateOf(early).version()).as("signed before the template took effect, for its year").isEqualTo("1");
      ResponsibilityLetter unknown = ResponsibilityLetter.of(RecordId.of("zrs-x"), "no-such", ROOT, B1, 2024, LocalDate.of(2024, 1, 2));
      assertThat(catchThrowableOfType(ValidationException.class, () -> registry.templateOf(unknown)).problems())
          .singleElement().satisfies(p -> assertThat(p.message()).startsWith("letter 'zrs-x': letter template 'no-such' is not known"));
    }

    @Test
    void aDueDayOfFebruaryTheTwentyNinthIsTheTwentyEighthInACommonYear() {
      LetterTemplate.Item item = template("""
          items:
            - {id: a, zh: 甲, en: a, indicator: {external: {name: x}}, target: 1, weight: 1, due: 02-29}
          """).items().get(0);
      assertThat(item.dueIn(2024)).isEqualTo(LocalDate.of(2024, 2, 29));
      assertThat(item.dueIn(2025)).isEqualTo(LocalDate.of(2025, 2, 28));
      assertThat(template("""
          items:
            - {id: a, zh: 甲, en: a, indicator: {external: {name: x}}, target: 1, weight: 1}
          """).items().get(0).dueIn(2024)).as("due at the year's end unless stated").isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void theBuiltInTemplateAsksForTheSchoolsIndicatorsItsWeightsMakingAHundred() {
      LetterTemplate county = LetterRegistry.standard().resolve("county-school-letter", LocalDate.of(2024, 1, 1));
      // Attendance is in the compliance rules already; the governance share is a bureau's (many schools), not a school's.
      assertThat(county.items()).extracting(LetterTemplate.Item::indicator).containsExactlyInAnyOrderElementsOf(
          Indicators.builtIn().all().stream().map(Indicator::name).filter(n -> !n.equals("attendanceRate") && !n.equals("governanceShare"))
              .toList());
      assertThat(county.items().stream().map(LetterTemplate.Item::weight).reduce(BigDecimal.ZERO, BigDecimal::add))
          .isEqualByComparingTo("100");
    }
  }

  @Nested
  class Assessment {
    @Test
    void anItemExactlyAtItsTargetIsAttainedFloorAndCeilingAlike() {
      LetterAttainment exactly = assess("80", "2", LocalDate.of(2024, 12, 31));
      assertThat(exactly.items()).extracting(i -> i.item().id(), LetterAttainment.ItemAttainment::status, LetterAttainment.ItemAttainment::earned)
          .containsExactly(tuple("teaching", LetterAttainment.Status.ATTAINED, new BigDecimal("30.0000")),
              tuple("complaints", LetterAttainment.Status.ATTAINED, new BigDecimal("10.0000")));
      assertThat(exactly.attainment()).isEqualByComparingTo("1");
    }

    @Test
    void shortOfTheTargetAProportionalItemEarnsItsShareAnAllOrNothingOneNothing() {
      LetterAttainment short_ = assess("79.99", "3", LocalDate.of(2024, 12, 31));
      assertThat(short_.items()).extracting(LetterAttainment.ItemAttainment::status, LetterAttainment.ItemAttainment::credit)
          .containsExactly(tuple(LetterAttainment.Status.MISSED, new BigDecimal("0.9999")),
              tuple(LetterAttainment.Status.MISSED, new BigDecimal("0.0000")));
      // 30 × 0.9999 of 40.
      assertThat(short_.earned()).isEqualByComparingTo("29.997");
      assertThat(short_.attainment()).isEqualByComparingTo("0.7499");
      assertThat(short_.items().get(1).explanation()).isEqualTo("external ≤ 2: 3, missed — indicator-value:b1/complaints@2024 (3)");
    }

    @Test
    void shortOfItBeforeItsDueDayAnItemIsNotYetDueOnItsDueDayItIsMissed() {
      assertThat(assess("80", "3", LocalDate.of(2024, 6, 29)).items().get(1).status()).isEqualTo(LetterAttainment.Status.NOT_YET_DUE);
      assertThat(assess("80", "3", LocalDate.of(2024, 6, 30)).items().get(1).status()).isEqualTo(LetterAttainment.Status.MISSED);
      assertThat(assess("80", "2", LocalDate.of(2024, 6, 29)).items().get(1).status()).as("attained early")
          .isEqualTo(LetterAttainment.Status.ATTAINED);
    }

    @Test
    void aValueNobodyEnteredIsNoValueAndEarnsNothing() {
      LetterAttainment none = assess(null, "0", LocalDate.of(2024, 12, 31));
      assertThat(none.items().get(0)).satisfies(i -> {
        assertThat(i.status()).isEqualTo(LetterAttainment.Status.NO_VALUE);
        assertThat(i.actual()).isEmpty();
        assertThat(i.earned()).isEqualByComparingTo("0");
        assertThat(i.evidence()).isEqualTo("indicator-value:b1/teaching-results@2024 (none entered)");
      });
      assertThat(none.count(LetterAttainment.Status.ATTAINED)).isEqualTo(1);
    }

    @Test
    void aLettersOwnTargetTakesThePlaceOfTheTemplates() {
      ResponsibilityLetter own = letter(B1).withTarget("teaching", new BigDecimal("70"));
      LetterAttainment attained = registry(ITEMS).assess(own, dataset(own, "75", "0"), report(LocalDate.of(2024, 12, 31)));
      assertThat(attained.items().get(0).target()).isEqualByComparingTo("70");
      assertThat(attained.items().get(0).status()).isEqualTo(LetterAttainment.Status.ATTAINED);
    }

    @Test
    void theReportMustCoverTheLettersYear() {
      ResponsibilityLetter letter = letter(B1);
      ComplianceReport half = new ComplianceReport("test", ReportingPeriod.halfYear(2024, 1), LocalDate.of(2024, 6, 30), List.of(),
          List.of(), List.of(), List.of());
      assertThat(catchThrowableOfType(ValidationException.class, () -> registry(ITEMS).assess(letter, dataset(letter, "80", "0"), half))
          .problems()).extracting(Problem::code).containsExactly("wrong-window");
    }

    @Test
    void theCorrectionRateIndicatorIsTheSchemesCorrectionRate() {
      LetterRegistry registry = registry("""
          items:
            - {id: corrections, zh: 整改, en: corrections, indicator: {correctionRate: {}}, target: 1, credit: proportional, weight: 1}
          """);
      ResponsibilityLetter letter = letter(B2);
      LocalDate deadline = LocalDate.of(2024, 8, 31);
      Dataset dataset = new Fixture().dataset().toBuilder().add(ResponsibilityLetter.KIND, letter)
          .add(Correction.KIND, Correction.ofFinding(RecordId.of("c1"), B2, "f1", deadline.minusMonths(1), deadline).closedOn(deadline, "记录"))
          .add(Correction.KIND, Correction.ofFinding(RecordId.of("c2"), B2, "f2", deadline.minusMonths(1), deadline)).build();
      LetterAttainment.ItemAttainment item = registry.assess(letter, dataset, report(LocalDate.of(2024, 12, 31))).items().get(0);
      assertThat(item.actual()).contains(new BigDecimal("0.5000"));
      assertThat(item.evidence()).isEqualTo("corrections:b2@2024 (1 of 2)");
    }

    @Test
    void theGovernanceShareCountsThePublicSchoolsCoveredRunningThePartyLedModelWithTheirDocuments() {
      org.dangjian.core.org.UnitId led = org.dangjian.core.org.UnitId.of("u-led");
      org.dangjian.core.org.UnitId documentsLate = org.dangjian.core.org.UnitId.of("u-late");
      org.dangjian.core.org.UnitId old = org.dangjian.core.org.UnitId.of("u-old");
      org.dangjian.core.org.UnitId kindergarten = org.dangjian.core.org.UnitId.of("u-yey");
      LocalDate reform = LocalDate.of(2024, 3, 1);
      List<org.dangjian.core.org.Unit> units = List.of(
          unit(led, org.dangjian.core.org.UnitKind.PRIMARY_SCHOOL, org.dangjian.core.org.GovernanceModel.PARTY_LED_PRINCIPAL_RESPONSIBILITY, reform),
          unit(documentsLate, org.dangjian.core.org.UnitKind.MIDDLE_SCHOOL,
              org.dangjian.core.org.GovernanceModel.PARTY_LED_PRINCIPAL_RESPONSIBILITY, reform),
          unit(old, org.dangjian.core.org.UnitKind.PRIMARY_SCHOOL, org.dangjian.core.org.GovernanceModel.PRINCIPAL_RESPONSIBILITY,
              LocalDate.of(2010, 9, 1)),
          unit(kindergarten, org.dangjian.core.org.UnitKind.KINDERGARTEN,
              org.dangjian.core.org.GovernanceModel.PARTY_LED_DIRECTOR_RESPONSIBILITY, reform));
      Fixture fixture = new Fixture();
      fixture.organisations.set(1, org.dangjian.core.org.Organisation.builder().from(fixture.organisations.get(1))
          .units(List.of(led, documentsLate, old, kindergarten)).build());
      Dataset.Builder builder = Dataset.builder().region(org.dangjian.core.dataset.Region.of("test", "测试县")).units(units)
          .organisations(fixture.organisations);
      for (org.dangjian.core.governance.GovernanceDocumentKind kind : org.dangjian.core.governance.GovernanceDocumentKind.requiredByTheReform()) {
        builder.add(org.dangjian.core.governance.GovernanceDocument.KIND, org.dangjian.core.governance.GovernanceDocument.of(led, kind, reform));
        builder.add(org.dangjian.core.governance.GovernanceDocument.KIND, org.dangjian.core.governance.GovernanceDocument.of(documentsLate, kind,
            LocalDate.of(2024, 12, 1)));
      }
      ResponsibilityLetter letter = letter(B1);
      Dataset dataset = builder.add(ResponsibilityLetter.KIND, letter).build();
      LetterRegistry registry = registry("""
          items:
            - {id: governance, zh: 校长负责制, en: governance, indicator: {governanceShare: {}}, target: 1, credit: proportional, weight: 1}
          """);
      // By 2024-11-30 one of the three schools (the kindergarten is not counted by default) has every document.
      assertThat(registry.assess(letter, dataset, report(LocalDate.of(2024, 11, 30))).items().get(0).evidence())
          .isEqualTo("governance:b1@2024 (1 of 3)");
      LetterAttainment.ItemAttainment yearEnd = registry.assess(letter, dataset, report(LocalDate.of(2024, 12, 31))).items().get(0);
      assertThat(yearEnd.actual()).contains(new BigDecimal("0.6667"));
      assertThat(yearEnd.evidence()).isEqualTo("governance:b1@2024 (2 of 3)");
    }

    private static org.dangjian.core.org.Unit unit(org.dangjian.core.org.UnitId id, org.dangjian.core.org.UnitKind kind,
        org.dangjian.core.org.GovernanceModel model, LocalDate since) {
      return org.dangjian.core.org.Unit.builder().id(id).name("学校" + id.value()).kind(kind)
          .governance(org.dangjian.core.org.Governance.of(model, since)).build();
    }

    @Test
    void anApplicationsIndicatorIsNamedLikeABuiltInOneButNotByTheSameName() {
      Indicator governance = new Indicator() {
        private final Parameter<Integer> per = Parameter.wholeNumber("per", 1, 100).withDefault(1);

        @Override
        public String name() {
          return "meetingsHeld";
        }

        @Override
        public Labels labels() {
          return new Labels("会议次数", "meetings held");
        }

        @Override
        public List<Parameter<?>> parameters() {
          return List.of(per);
        }

        @Override
        public Measurement measure(IndicatorContext context, RuleParameters parameters) {
          int held = context.dataset().activitiesOf(context.organisation()).size();
          return Measurement.of(BigDecimal.valueOf(held / parameters.get(per)), "meetings:" + context.organisation().value());
        }
      };
      Indicators indicators = Indicators.builder().add(governance).build();
      LetterRegistry registry = LetterRegistry.builder().indicators(indicators).template(template("""
          items:
            - {id: meetings, zh: 会议, en: meetings, indicator: {meetingsHeld: {per: 1}}, target: 0, weight: 1}
          """)).build();
      ResponsibilityLetter letter = letter(B1);
      Dataset dataset = new Fixture().dataset().toBuilder().add(ResponsibilityLetter.KIND, letter).build();
      assertThat(registry.assess(letter, dataset, report(LocalDate.of(2024, 12, 31))).items().get(0).status())
          .isEqualTo(LetterAttainment.Status.ATTAINED);
      assertThat(catchThrowableOfType(ValidationException.class, () -> Indicators.builder().add(BuiltInIndicators.EXTERNAL).build())
          .problems()).extracting(Problem::code).containsExactly("duplicate-id");
    }
  }

  @Nested
  class Scoring {
    private final ScoringScheme scheme = SchemeRegistry.builder().letters(registry(ITEMS))
        .definition(SchemeDefinition.parse(Fixture.HEADER + """
            subject: branch
            blocks: [{id: letter, zh: 责任书, en: letter}]
            items:
              - {id: letter, block: letter, zh: 责任书×40, en: letter × 40, evidence: {letter: {}}, factor: 40}
            grades: [{grade: ok, zh: 合格, en: ok}]
            """, "test.yaml", Syntax.YAML)).build().resolve("test", LocalDate.of(2024, 12, 31));

    @Test
    void eachLetterItemIsALineItsWeightEarnedOverTheLettersTimesTheFactor() {
      ResponsibilityLetter letter = letter(B1);
      ScoreCard card = ScoringEngine.score(dataset(letter, "79.99", "3"), scheme, 2024, report(LocalDate.of(2024, 12, 31)))
          .card("b1").orElseThrow();
      // teaching: 29.997 of 40 × 40 = 29.997 → 30.00 to the cent; complaints: 0. Undated lines are in evidence order.
      assertThat(card.lines()).extracting(l -> l.points().stripTrailingZeros().toPlainString()).containsExactly("0", "30");
      assertThat(card.lines().get(1).evidence()).isEqualTo(
          "letter:zrs-b1/teaching (external ≥ 80: 79.99, missed — indicator-value:b1/teaching-results@2024 (79.99))");
      assertThat(card.total()).isEqualByComparingTo("30.00");
      assertThat(ScoringEngine.score(dataset(letter, "79.99", "3"), scheme, 2024, report(LocalDate.of(2024, 12, 31))).card("b2")
          .orElseThrow().total()).as("no letter").isEqualByComparingTo("0");
    }

    @Test
    void aSchemesLetterEvidenceNamesATemplateTheRegistryHolds() {
      assertThat(catchThrowableOfType(ValidationException.class, () -> SchemeRegistry.builder().letters(registry(ITEMS))
          .definition(SchemeDefinition.parse(Fixture.HEADER + """
              subject: branch
              blocks: [{id: letter, zh: 责任书, en: letter}]
              items:
                - {id: letter, block: letter, zh: 责任书, en: letter, evidence: {letter: {template: no-such}}, factor: 40}
              grades: [{grade: ok, zh: 合格, en: ok}]
              """, "test.yaml", Syntax.YAML)).build()).problems())
          .extracting(Problem::path, Problem::code).containsExactly(tuple("items[0].evidence.letter.template", "dangling-reference"));
      assertThat(catchThrowableOfType(ValidationException.class, () -> Fixture.scheme("""
          subject: member
          blocks: [{id: letter, zh: 责任书, en: letter}]
          items:
            - {id: letter, block: letter, zh: 责任书, en: letter, evidence: {letter: {}}, factor: 40}
          grades: [{grade: ok, zh: 合格, en: ok}]
          """)).getMessage()).contains("does not apply to member subjects");
    }
  }
}
