package org.dangjian.core.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dangjian.core.Problem;
import org.dangjian.core.TestCounty;
import org.dangjian.core.ValidationException;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.json.DatasetFormat;
import org.dangjian.core.json.Layout;
import org.dangjian.core.json.Syntax;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.record.RecordId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Inspections (督查) and corrections (整改): their checks, their state on a day, the format. */
class SupervisionRecordsTest {
  private static final OrganisationId XX1 = OrganisationId.of("xx1");
  private static final LocalDate DEADLINE = LocalDate.of(2024, 9, 30);

  private static Inspection spotCheck() {
    return Inspection.of(RecordId.of("in-1"), InspectionKind.SPOT_CHECK, XX1, LocalDate.of(2024, 6, 30)).withScore(new BigDecimal("86.5"))
        .withIssues(List.of("支部委员会会议记录不全", "党费收缴台账未按月登记")).withInspectors(List.of("张督查"));
  }

  private static Correction ofIssue(String id, int issue) {
    return Correction.ofIssue(RecordId.of(id), spotCheck(), issue, LocalDate.of(2024, 7, 5), DEADLINE);
  }

  @Nested
  class TheStateOnADay {
    private final Correction open = ofIssue("c-1", 1);

    @Test
    void closedOnItsDeadlineIsInTimeAndTheDayAfterIsLate() {
      assertThat(open.closedOn(DEADLINE, "支委会记录补正").statusOn(DEADLINE)).isEqualTo(CorrectionStatus.CLOSED);
      assertThat(open.closedOn(DEADLINE.plusDays(1), "支委会记录补正").statusOn(LocalDate.of(2024, 12, 31)))
          .isEqualTo(CorrectionStatus.CLOSED_LATE);
    }

    @Test
    void openOnItsDeadlineIsInTimeAndOverdueTheDayAfter() {
      assertThat(open.statusOn(LocalDate.of(2024, 7, 4))).isEqualTo(CorrectionStatus.NOT_OPENED);
      assertThat(open.statusOn(DEADLINE)).isEqualTo(CorrectionStatus.OPEN);
      assertThat(open.statusOn(DEADLINE.plusDays(1))).isEqualTo(CorrectionStatus.OVERDUE);
    }

    @Test
    void aClosingAfterTheDayIsNotYetKnown() {
      Correction closedLater = open.closedOn(LocalDate.of(2024, 10, 15), "台账已补登");
      assertThat(closedLater.statusOn(LocalDate.of(2024, 10, 14))).isEqualTo(CorrectionStatus.OVERDUE);
      assertThat(closedLater.closedBy(LocalDate.of(2024, 10, 15))).isTrue();
      assertThat(CorrectionStatus.CLOSED_LATE.isClosed()).isTrue();
      assertThat(CorrectionStatus.OVERDUE.isClosed()).isFalse();
    }
  }

  @Nested
  class Checks {
    @Test
    void aCorrectionComesFromAFindingOrAnIssueNotBothOrNeither() {
      ValidationException neither = catchThrowableOfType(ValidationException.class, () -> new Correction(RecordId.of("c"), XX1,
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), DEADLINE, DEADLINE, Optional.empty(),
          Optional.empty()));
      assertThat(neither.problems()).extracting(Problem::path, Problem::code).containsExactly(tuple("finding", "invalid-value"));
      ValidationException both = catchThrowableOfType(ValidationException.class, () -> new Correction(RecordId.of("c"), XX1,
          Optional.of("f"), Optional.of(RecordId.of("in-1")), Optional.of(1), Optional.empty(), Optional.empty(), DEADLINE, DEADLINE,
          Optional.empty(), Optional.empty()));
      assertThat(both.problems()).extracting(Problem::path).containsExactly("finding");
      assertThat(catchThrowableOfType(ValidationException.class, () -> ofIssue("c", 0)).problems()).extracting(Problem::path)
          .containsExactly("issue");
    }

    @Test
    void aDeadlineBeforeTheOpeningIsRefusedButTheSameDayIsNot() {
      assertThat(catchThrowableOfType(ValidationException.class, () -> Correction.ofFinding(RecordId.of("c"), XX1, "f",
          DEADLINE, DEADLINE.minusDays(1))).problems()).extracting(Problem::code).containsExactly("end-before-start");
      assertThat(Correction.ofFinding(RecordId.of("c"), XX1, "f", DEADLINE, DEADLINE).statusOn(DEADLINE)).isEqualTo(CorrectionStatus.OPEN);
    }

    @Test
    void aScoreIsFromZeroToAThousandAndAnIssueSaysSomething() {
      assertThat(spotCheck().withScore(BigDecimal.ZERO).score()).contains(BigDecimal.ZERO);
      assertThat(spotCheck().withScore(Inspection.MAX_SCORE).score()).contains(Inspection.MAX_SCORE);
      assertThat(catchThrowableOfType(ValidationException.class, () -> spotCheck().withScore(new BigDecimal("1000.01"))).problems())
          .extracting(Problem::path).containsExactly("score");
      assertThat(catchThrowableOfType(ValidationException.class, () -> spotCheck().withIssues(List.of("ok", " "))).problems())
          .extracting(Problem::path).containsExactly("issues[1]");
    }

    @Test
    void aKindIsStandardOrTheRegionsOwnCode() {
      assertThat(InspectionKind.of("audit")).isSameAs(InspectionKind.AUDIT);
      InspectionKind own = InspectionKind.of("year-end-review");
      assertThat(own.isStandard()).isFalse();
      assertThat(own.labels().zh()).isEqualTo("year-end-review");
      assertThat(own).isEqualTo(InspectionKind.of("year-end-review"));
      assertThat(catchThrowableOfType(ValidationException.class, () -> InspectionKind.of("Year End")).getMessage())
          .contains("spot-check", "lower-case");
    }

    @Test
    void anIssueNamedMustBeAmongTheInspectionsAndItsIssues() {
      TestCounty county = new TestCounty();
      Dataset.Builder builder = county.builder().add(Inspection.KIND, spotCheck()).add(Correction.KIND, ofIssue("c-1", 2))
          .add(Correction.KIND, ofIssue("c-2", 3))
          .add(Correction.KIND, Correction.ofIssue(RecordId.of("c-3"), Inspection.of(RecordId.of("in-9"), InspectionKind.TOUR, XX1,
              LocalDate.of(2024, 5, 1)), 1, LocalDate.of(2024, 7, 5), DEADLINE));
      ValidationException problems = catchThrowableOfType(ValidationException.class, builder::build);
      assertThat(problems.problems()).extracting(Problem::path, Problem::code, Problem::message).containsExactly(
          tuple("corrections[1].issue", "dangling-reference", "inspection 'in-1' lists 2 issues, not 3"),
          tuple("corrections[2].inspection", "dangling-reference", "inspection 'in-9' is not among the inspections"));
    }

    @Test
    void eachIdOnceAndTheOwnerAMember() {
      TestCounty county = new TestCounty();
      ValidationException problems = catchThrowableOfType(ValidationException.class, () -> county.builder().add(Inspection.KIND, spotCheck())
          .add(Inspection.KIND, spotCheck().withScore(BigDecimal.TEN)).add(Correction.KIND, ofIssue("c-1", 1).withOwner(MemberId.of("m999")))
          .build());
      assertThat(problems.problems()).extracting(Problem::path, Problem::code).containsExactlyInAnyOrder(
          tuple("inspections[1].id", "duplicate-id"), tuple("corrections[0].owner", "dangling-reference"));
    }
  }

  @Test
  void theyAreKeptByOrganisationAndSurviveBothLayoutsAndYaml() {
    TestCounty county = new TestCounty();
    Correction ofFinding = Correction.ofFinding(RecordId.of("c-9"), OrganisationId.of("zx-b1"),
        "dues-arrears/zx-b1/member:m03/2024/dues-arrears.months@2024-03-01", LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, 30))
        .withOwner(MemberId.of("m03")).closedOn(LocalDate.of(2024, 4, 30), "补缴凭证 2024-017");
    Dataset dataset = county.builder().add(Inspection.KIND, spotCheck()).add(Correction.KIND, ofIssue("c-1", 1)).add(Correction.KIND, ofFinding)
        .build();
    assertThat(dataset.records(Correction.KIND).by(Correction.BY_ORGANISATION, XX1)).extracting(Correction::id).containsExactly(RecordId.of("c-1"));
    assertThat(dataset.records(Correction.KIND).by(Correction.BY_FINDING, ofFinding.finding().orElseThrow())).containsExactly(ofFinding);
    assertThat(dataset.records(Inspection.KIND).by(Inspection.BY_ID, RecordId.of("in-1"))).containsExactly(spotCheck());
    for (Layout layout : Layout.values()) {
      String json = DatasetFormat.write(dataset, Syntax.JSON, layout, DatasetFormat.PersonalDataPolicy.INCLUDE);
      assertThat(DatasetFormat.read(json, "county.json", Syntax.JSON)).as("%s", layout).isEqualTo(dataset);
    }
    assertThat(DatasetFormat.read(DatasetFormat.write(dataset, Syntax.YAML), "county.yaml", Syntax.YAML).records(Inspection.KIND).all())
        .singleElement().satisfies(i -> assertThat(i.inspectors()).as("personal data left out by default").isEmpty());
    assertThat(spotCheck().evidence()).isEqualTo("inspection:in-1");
  }

  @Test
  void aCorrectionTakesItsInspectionAlongIntoEveryPartItGoesTo() {
    // The inspection of 第一中学's committee (zx) goes with zx; its correction, owned by m09 of zx-b2, goes there too.
    Inspection tour = Inspection.of(RecordId.of("in-zx"), InspectionKind.TOUR, OrganisationId.of("zx"), LocalDate.of(2024, 5, 8))
        .withIssues(List.of("第一议题学习记录不全"));
    Correction owned = Correction.ofIssue(RecordId.of("c-zx"), tour, 1, LocalDate.of(2024, 5, 10), LocalDate.of(2024, 6, 10))
        .withOwner(MemberId.of("m09"));
    Dataset dataset = new TestCounty().builder().add(Inspection.KIND, tour).add(Correction.KIND, owned).build();
    var parts = dataset.partition(path -> path.ids().size() >= 3 ? path.ids().get(2).value() : path.ids().get(path.ids().size() - 1).value());
    assertThat(parts.get("zx-b2").records(Correction.KIND).all()).containsExactly(owned);
    assertThat(parts.get("zx-b2").records(Inspection.KIND).all()).as("taken along").containsExactly(tour);
    assertThat(parts.get("zx").records(Inspection.KIND).all()).containsExactly(tour);
    assertThat(parts.get("zx-b1").records(Inspection.KIND).all()).isEmpty();
    assertThat(Dataset.merge(parts.values())).isEqualTo(dataset);
  }

  @Test
  void aBulletinNamesOrganisationsOnceAndHearsEachStatementOnceNotBeforeIt() {
    LocalDate issued = LocalDate.of(2024, 12, 25);
    Bulletin bulletin = Bulletin.of(RecordId.of("tb-1"), OrganisationId.of("jyj"), issued, List.of(XX1, OrganisationId.of("lh")), "年度考核末位");
    assertThat(bulletin.withStatement(XX1, issued).statementOf(XX1)).map(Bulletin.Statement::date).contains(issued);
    assertThat(catchThrowableOfType(ValidationException.class, () -> bulletin.withStatement(XX1, issued.minusDays(1))).problems())
        .extracting(Problem::path, Problem::code).containsExactly(tuple("statements[0].date", "end-before-start"));
    assertThat(catchThrowableOfType(ValidationException.class, () -> bulletin.withStatement(OrganisationId.of("zx"), issued)).problems())
        .extracting(Problem::path).containsExactly("statements[0]");
    assertThat(catchThrowableOfType(ValidationException.class, () -> bulletin.withStatement(XX1, issued).withStatement(XX1, issued))
        .problems()).extracting(Problem::path).containsExactly("statements[1]");
    assertThat(catchThrowableOfType(ValidationException.class, () -> Bulletin.of(RecordId.of("tb-2"), OrganisationId.of("jyj"), issued,
        List.of(XX1, XX1), "重复")).problems()).extracting(Problem::path).containsExactly("named");
    Dataset dataset = new TestCounty().builder().add(Bulletin.KIND, bulletin.withStatement(XX1, issued.plusDays(3))).build();
    String json = DatasetFormat.write(dataset, Syntax.JSON, Layout.RECORD_PER_LINE, DatasetFormat.PersonalDataPolicy.INCLUDE);
    assertThat(DatasetFormat.read(json, "county.json", Syntax.JSON)).isEqualTo(dataset);
    ValidationException dangling = catchThrowableOfType(ValidationException.class, () -> new TestCounty().builder().add(Bulletin.KIND,
        Bulletin.of(RecordId.of("tb-3"), OrganisationId.of("jyj"), issued, List.of(OrganisationId.of("nowhere")), "末位")).build());
    assertThat(dangling.problems()).extracting(Problem::path, Problem::code).containsExactly(tuple("bulletins[0].named[0]", "dangling-reference"));
  }

  @Test
  void aLetterIsSignedInItsYearOrTheOneBeforeWithAnotherOrganisationEachItemsTargetOnce() {
    ResponsibilityLetter letter = ResponsibilityLetter.of(RecordId.of("zrs-xx1"), "county-school-letter", OrganisationId.of("jyj"), XX1, 2024,
        LocalDate.of(2023, 12, 31)).withTarget("admissions", BigDecimal.valueOf(2)).withTarget("admissions", BigDecimal.ONE);
    assertThat(letter.targetOf("admissions")).as("the later target replaces the earlier").contains(BigDecimal.ONE);
    assertThat(letter.targetOf("compliance")).isEmpty();
    assertThat(letter.evidence()).isEqualTo("letter:zrs-xx1");
    assertThat(ResponsibilityLetter.of(RecordId.of("l"), "t", OrganisationId.of("jyj"), XX1, 2024, LocalDate.of(2024, 12, 31)).signed())
        .as("the year's last day").isEqualTo(LocalDate.of(2024, 12, 31));
    assertThat(catchThrowableOfType(ValidationException.class, () -> ResponsibilityLetter.of(RecordId.of("l"), "t", OrganisationId.of("jyj"),
        XX1, 2024, LocalDate.of(2022, 12, 31))).problems()).extracting(Problem::path, Problem::code).containsExactly(tuple("signed", "invalid-date"));
    assertThat(catchThrowableOfType(ValidationException.class, () -> ResponsibilityLetter.of(RecordId.of("l"), "t", OrganisationId.of("jyj"),
        XX1, 2024, LocalDate.of(2025, 1, 1))).problems()).extracting(Problem::code).containsExactly("invalid-date");
    assertThat(catchThrowableOfType(ValidationException.class, () -> ResponsibilityLetter.of(RecordId.of("l"), "t", XX1, XX1, 2024,
        LocalDate.of(2024, 2, 1))).problems()).extracting(Problem::path).containsExactly("to");
    assertThat(catchThrowableOfType(ValidationException.class, () -> new ResponsibilityLetter(RecordId.of("l"), "t", OrganisationId.of("jyj"),
        XX1, 2024, LocalDate.of(2024, 2, 1), List.of(new ResponsibilityLetter.Target("a", BigDecimal.ONE),
            new ResponsibilityLetter.Target("a", BigDecimal.TEN)))).problems()).extracting(Problem::path).containsExactly("targets[1].item");

    Dataset dataset = new TestCounty().builder().add(ResponsibilityLetter.KIND, letter).build();
    String json = DatasetFormat.write(dataset, Syntax.JSON, Layout.RECORD_PER_LINE, DatasetFormat.PersonalDataPolicy.INCLUDE);
    assertThat(DatasetFormat.read(json, "county.json", Syntax.JSON)).isEqualTo(dataset);
    ValidationException twice = catchThrowableOfType(ValidationException.class, () -> new TestCounty().builder()
        .add(ResponsibilityLetter.KIND, letter).add(ResponsibilityLetter.KIND, ResponsibilityLetter.of(RecordId.of("zrs-xx1-b"),
            "county-school-letter", OrganisationId.of("jyj"), XX1, 2024, LocalDate.of(2024, 3, 1))).build());
    assertThat(twice.problems()).extracting(Problem::path).containsExactly("letters[1]");
    ValidationException dangling = catchThrowableOfType(ValidationException.class, () -> new TestCounty().builder().add(ResponsibilityLetter.KIND,
        ResponsibilityLetter.of(RecordId.of("l"), "t", OrganisationId.of("jyj"), OrganisationId.of("nowhere"), 2024, LocalDate.of(2024, 2, 1)))
        .build());
    assertThat(dangling.problems()).extracting(Problem::path, Problem::code).containsExactly(tuple("letters[0].to", "dangling-reference"));
  }

  @Test
  void anIndicatorValueIsEnteredOnceForAnOrganisationIndicatorAndYear() {
    IndicatorValue teaching = new IndicatorValue(XX1, "teaching-results", 2024, new BigDecimal("86.5"), Optional.of("县教研室"));
    assertThat(teaching.evidence()).isEqualTo("indicator-value:xx1/teaching-results@2024");
    assertThat(catchThrowableOfType(ValidationException.class, () -> IndicatorValue.of(XX1, "Teaching Results", 2024, BigDecimal.ONE))
        .problems()).extracting(Problem::path, Problem::code).containsExactly(tuple("indicator", "invalid-code"));
    Dataset dataset = new TestCounty().builder().add(IndicatorValue.KIND, teaching)
        .add(IndicatorValue.KIND, IndicatorValue.of(XX1, "teaching-results", 2025, BigDecimal.TEN)).build();
    String json = DatasetFormat.write(dataset, Syntax.JSON, Layout.RECORD_PER_LINE, DatasetFormat.PersonalDataPolicy.INCLUDE);
    assertThat(DatasetFormat.read(json, "county.json", Syntax.JSON)).isEqualTo(dataset);
    ValidationException twice = catchThrowableOfType(ValidationException.class, () -> new TestCounty().builder().add(IndicatorValue.KIND, teaching)
        .add(IndicatorValue.KIND, IndicatorValue.of(XX1, "teaching-results", 2024, BigDecimal.TEN)).build());
    assertThat(twice.problems()).extracting(Problem::path).containsExactly("indicatorValues[1]");
  }
}
