package org.dangjian.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.org.OrganisationKind;
import org.dangjian.core.org.UnitKind;
import org.dangjian.core.record.RecordId;
import org.dangjian.core.supervision.Correction;
import org.dangjian.core.supervision.Inspection;
import org.dangjian.core.supervision.InspectionKind;
import org.dangjian.core.time.ReportingPeriod;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** {@code inspection-coverage} (督查覆盖) and {@code corrections} (整改按期销号) at their edges. */
class SupervisionRulesTest {
  private static final OrganisationId B1 = OrganisationId.of("b1");
  private static int next;

  /** Two school branches under the bureau's committee, b1 with a group beneath it, and the bureau office's branch. */
  private static Fixture county() {
    Fixture fixture = new Fixture().unit("u1", UnitKind.PRIMARY_SCHOOL).unit("u2", UnitKind.MIDDLE_SCHOOL)
        .unit("u0", UnitKind.BUREAU_OFFICE).branch("b1", "u1").branch("b2", "u2").branch("jg", "u0");
    fixture.organisation("b1-g1", OrganisationKind.GROUP, "b1");
    return fixture;
  }

  private static Inspection inspection(String organisation, InspectionKind kind, LocalDate date) {
    return Inspection.of(RecordId.of("in-" + (++next)), kind, OrganisationId.of(organisation), date);
  }

  private static List<String> found(Fixture fixture, String type, String parameters, LocalDate asOf) {
    return ComplianceEngine.evaluate(fixture.build(), Rules.single(type, "warning", parameters), ReportingPeriod.year(asOf.getYear()), asOf)
        .findings().stream().map(f -> f.messageCode().substring(f.messageCode().indexOf('.') + 1) + " " + f.organisation()
            + f.period().map(p -> " " + p).orElse("")).toList();
  }

  @Nested
  class Coverage {
    @Test
    void anInspectionOnTheHalfYearsLastDayCountsForItAndTheNextDayForTheNext() {
      Fixture fixture = county();
      fixture.inspections.add(inspection("b1", InspectionKind.SPOT_CHECK, LocalDate.of(2024, 6, 30)));
      fixture.inspections.add(inspection("b2", InspectionKind.SPOT_CHECK, LocalDate.of(2024, 7, 1)));
      assertThat(found(fixture, "inspection-coverage", "{}", LocalDate.of(2024, 12, 31)))
          .containsExactly("not-inspected b1 2024-H2", "not-inspected b2 2024-H1");
    }

    @Test
    void aHalfYearNotOverIsNotJudgedAndItsLastDayIsOver() {
      Fixture fixture = county();
      assertThat(found(fixture, "inspection-coverage", "{}", LocalDate.of(2024, 6, 29))).isEmpty();
      assertThat(found(fixture, "inspection-coverage", "{}", LocalDate.of(2024, 6, 30)))
          .containsExactly("not-inspected b1 2024-H1", "not-inspected b2 2024-H1");
    }

    @Test
    void anInspectionBeneathCountsAndOnlyTheKindsNamed() {
      Fixture fixture = county();
      fixture.inspections.add(inspection("b1-g1", InspectionKind.SPOT_CHECK, LocalDate.of(2024, 3, 1)));
      fixture.inspections.add(inspection("b2", InspectionKind.TOUR, LocalDate.of(2024, 3, 1)));
      assertThat(found(fixture, "inspection-coverage", "{every: year}", LocalDate.of(2024, 12, 31))).containsExactly("not-inspected b2 2024");
      assertThat(found(fixture, "inspection-coverage", "{every: year, kinds: [spot-check, tour]}", LocalDate.of(2024, 12, 31))).isEmpty();
    }

    @Test
    void theBureausOwnOfficeIsNotASchoolUnlessAsked() {
      Fixture fixture = county();
      assertThat(found(fixture, "inspection-coverage", "{every: year, schoolsOnly: false}", LocalDate.of(2024, 12, 31)))
          .containsExactly("not-inspected b1 2024", "not-inspected b2 2024", "not-inspected jg 2024");
    }

    @Test
    void aRegionsOwnKindCounts() {
      Fixture fixture = county();
      fixture.inspections.add(inspection("b1", InspectionKind.of("year-end-review"), LocalDate.of(2024, 12, 20)));
      fixture.inspections.add(inspection("b2", InspectionKind.of("year-end-review"), LocalDate.of(2024, 12, 20)));
      assertThat(found(fixture, "inspection-coverage", "{every: year, kinds: [year-end-review]}", LocalDate.of(2024, 12, 31))).isEmpty();
    }

    @Test
    void withinYearsCountsBackFromTheDayOfEvaluationItsFirstDayIncluded() {
      Fixture fixture = county();
      // Five years up to 2024-12-31 begin on 2020-01-01: an audit that day counts, one the day before does not.
      fixture.inspections.add(inspection("b1", InspectionKind.AUDIT, LocalDate.of(2020, 1, 1)));
      fixture.inspections.add(inspection("b2", InspectionKind.AUDIT, LocalDate.of(2019, 12, 31)));
      assertThat(found(fixture, "inspection-coverage", "{kinds: [audit], withinYears: 5}", LocalDate.of(2024, 12, 31)))
          .containsExactly("not-within-years b2");
    }

    @Test
    void anInspectionAfterTheDayOfEvaluationIsNotYetKnown() {
      Fixture fixture = county();
      fixture.inspections.add(inspection("b1", InspectionKind.AUDIT, LocalDate.of(2024, 12, 31)));
      assertThat(found(fixture, "inspection-coverage", "{kinds: [audit], withinYears: 3}", LocalDate.of(2024, 12, 30)))
          .containsExactly("not-within-years b1", "not-within-years b2");
    }
  }

  @Nested
  class CorrectionsRule {
    private final LocalDate deadline = LocalDate.of(2024, 9, 30);

    private Correction correction(String id) {
      return Correction.ofFinding(RecordId.of(id), B1, "lecture/b1/organisation:b1/2024-Q1/lecture.missing", LocalDate.of(2024, 4, 10), deadline);
    }

    @Test
    void closedOnItsDeadlineIsInTimeAndTheDayAfterIsLate() {
      Fixture fixture = county();
      fixture.corrections.add(correction("c-1").closedOn(deadline, "党课记录"));
      fixture.corrections.add(correction("c-2").closedOn(deadline.plusDays(1), "党课记录"));
      assertThat(found(fixture, "corrections", "{}", LocalDate.of(2024, 12, 31))).containsExactly("closed-late b1");
    }

    @Test
    void openOnItsDeadlineIsNotOverdueAndTheDayAfterItIs() {
      Fixture fixture = county();
      fixture.corrections.add(correction("c-1"));
      assertThat(found(fixture, "corrections", "{}", deadline)).isEmpty();
      assertThat(found(fixture, "corrections", "{}", deadline.plusDays(1))).containsExactly("overdue b1");
    }

    @Test
    void aCorrectionOverdueSinceAnEarlierYearIsStillReportedButAnEarlierLateClosingIsNot() {
      Fixture fixture = county();
      fixture.corrections.add(Correction.ofFinding(RecordId.of("c-old"), B1, "f-old", LocalDate.of(2023, 3, 1), LocalDate.of(2023, 4, 30)));
      fixture.corrections.add(Correction.ofFinding(RecordId.of("c-late"), B1, "f-late", LocalDate.of(2023, 3, 1), LocalDate.of(2023, 4, 30))
          .closedOn(LocalDate.of(2023, 6, 1), "记录"));
      assertThat(found(fixture, "corrections", "{}", LocalDate.of(2024, 12, 31))).containsExactly("overdue b1");
    }

    @Test
    void aClosingWithoutEvidenceIsReportedUnlessNotRequired() {
      Fixture fixture = county();
      fixture.corrections.add(new Correction(RecordId.of("c-1"), B1, java.util.Optional.of("f"), java.util.Optional.empty(),
          java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty(), LocalDate.of(2024, 4, 10), deadline,
          java.util.Optional.of(deadline), java.util.Optional.empty()));
      assertThat(found(fixture, "corrections", "{}", LocalDate.of(2024, 12, 31))).containsExactly("no-evidence b1");
      assertThat(found(fixture, "corrections", "{requireEvidence: false}", LocalDate.of(2024, 12, 31))).isEmpty();
    }

    @Test
    void theFindingNamesWhatAndWhoWithItsEvidence() {
      Fixture fixture = county();
      fixture.corrections.add(correction("c-1"));
      Finding finding = ComplianceEngine.evaluate(fixture.build(), Rules.single("corrections", "warning", "{}"), ReportingPeriod.year(2024),
          LocalDate.of(2024, 12, 31)).findings().get(0);
      assertThat(finding.evidence()).containsExactly("correction:c-1");
      assertThat(finding.since()).contains(deadline.plusDays(1));
      assertThat(FindingMessages.message(finding, java.util.Locale.SIMPLIFIED_CHINESE)).isEqualTo(
          "组织b1整改事项“lecture/b1/organisation:b1/2024-Q1/lecture.missing”（责任人—）逾期未销号，期限为2024-09-30");
    }
  }

  @Nested
  class Statements {
    private final LocalDate issued = LocalDate.of(2024, 11, 1);

    private org.dangjian.core.supervision.Bulletin bulletin() {
      return org.dangjian.core.supervision.Bulletin.of(RecordId.of("tb-1"), OrganisationId.of("root"), issued, List.of(B1,
          OrganisationId.of("b2")), "年度考核末位");
    }

    @Test
    void aStatementOnTheLastOfTheDaysIsInTimeAndTheDayAfterIsLate() {
      Fixture fixture = county();
      fixture.bulletins.add(bulletin().withStatement(B1, issued.plusDays(30)).withStatement(OrganisationId.of("b2"), issued.plusDays(31)));
      assertThat(found(fixture, "bulletin-statements", "{}", LocalDate.of(2024, 12, 31))).containsExactly("late b2");
    }

    @Test
    void noStatementIsMissingOnlyOnceItsDaysHaveRunOut() {
      Fixture fixture = county();
      fixture.bulletins.add(bulletin().withStatement(B1, issued.plusDays(5)));
      assertThat(found(fixture, "bulletin-statements", "{withinDays: 30}", issued.plusDays(30))).isEmpty();
      assertThat(found(fixture, "bulletin-statements", "{withinDays: 30}", issued.plusDays(31))).containsExactly("missing b2");
      // A statement made after the day of evaluation is not yet known.
      fixture.bulletins.set(0, bulletin().withStatement(B1, issued.plusDays(5)).withStatement(OrganisationId.of("b2"), issued.plusDays(40)));
      assertThat(found(fixture, "bulletin-statements", "{withinDays: 30}", issued.plusDays(35))).containsExactly("missing b2");
    }
  }

  @Test
  void eachPartOfAPartitionJudgesWhatItsOwnOrganisationsOweAndTogetherTheyJudgeWhatTheWholeDoes() {
    Fixture fixture = county();
    org.dangjian.core.member.MemberId owner = fixture.fullMembers("b2", 1, "u2").get(0);
    LocalDate deadline = LocalDate.of(2024, 9, 30);
    fixture.corrections.add(Correction.ofFinding(RecordId.of("c-1"), B1, "f", LocalDate.of(2024, 4, 1), deadline).withOwner(owner));
    fixture.bulletins.add(org.dangjian.core.supervision.Bulletin.of(RecordId.of("tb-1"), OrganisationId.of("root"), LocalDate.of(2024, 7, 1),
        List.of(B1, OrganisationId.of("b2")), "末位"));
    var whole = fixture.build();
    for (String type : List.of("corrections", "bulletin-statements")) {
      RuleSet rules = Rules.single(type, "warning", "{}");
      List<String> expected = ComplianceEngine.evaluate(whole, rules, ReportingPeriod.year(2024), LocalDate.of(2024, 12, 31)).findings()
          .stream().map(Finding::id).sorted().toList();
      List<String> parts = new java.util.ArrayList<>();
      whole.partition(path -> path.ids().get(path.ids().size() > 1 ? 1 : 0).value()).values().forEach(part -> ComplianceEngine
          .evaluate(part, rules, ReportingPeriod.year(2024), LocalDate.of(2024, 12, 31)).findings().forEach(f -> parts.add(f.id())));
      assertThat(parts).as(type).isNotEmpty().containsExactlyInAnyOrderElementsOf(expected);
    }
  }
}
