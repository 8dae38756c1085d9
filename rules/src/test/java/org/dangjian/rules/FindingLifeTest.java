package org.dangjian.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.record.RecordId;
import org.dangjian.core.supervision.Correction;
import org.dangjian.core.time.ReportingPeriod;
import org.junit.jupiter.api.Test;

/** A finding's life across a year: open, being corrected, overdue, corrected, recurred. */
class FindingLifeTest {
  private static final LocalDate YEAR_END = LocalDate.of(2024, 12, 31);

  /** Two branches never inspected: each is found for both half-years. */
  private static Fixture county() {
    return new Fixture().unit("u1", org.dangjian.core.org.UnitKind.PRIMARY_SCHOOL).unit("u2", org.dangjian.core.org.UnitKind.PRIMARY_SCHOOL)
        .branch("b1", "u1").branch("b2", "u2");
  }

  private static String id(String branch, String half) {
    return "the-rule/" + branch + "/organisation:" + branch + "/2024-" + half + "/inspection-coverage.not-inspected@"
        + (half.equals("H1") ? "2024-07-01" : "2025-01-01");
  }

  private static Correction correcting(String id, String branch, String half, LocalDate deadline) {
    return Correction.ofFinding(RecordId.of(id), OrganisationId.of(branch), id(branch, half), LocalDate.of(2024, 7, 5), deadline);
  }

  private static Map<String, String> states(Fixture fixture, LocalDate asOf) {
    ComplianceReport report = ComplianceEngine.evaluate(fixture.build(), Rules.single("inspection-coverage", "warning", "{}"),
        ReportingPeriod.year(2024), asOf);
    Map<String, String> states = new TreeMap<>();
    for (FindingLife life : FindingLife.of(report, fixture.build())) {
      states.put(life.finding().organisation() + " " + life.finding().period().orElseThrow(),
          life.state().code() + life.correction().map(c -> " " + c.id()).orElse(""));
    }
    return states;
  }

  @Test
  void eachFindingStandsWhereItsCorrectionDoesAndAThingCorrectedThenFoundAgainRecurred() {
    Fixture fixture = county();
    fixture.corrections.add(correcting("c-1", "b1", "H1", LocalDate.of(2024, 7, 31)).closedOn(LocalDate.of(2024, 7, 31), "督查记录"));
    fixture.corrections.add(correcting("c-2", "b2", "H1", LocalDate.of(2024, 8, 31)));
    assertThat(states(fixture, YEAR_END)).containsExactly(Map.entry("b1 2024-H1", "corrected c-1"), Map.entry("b1 2024-H2", "recurred c-1"),
        Map.entry("b2 2024-H1", "overdue c-2"), Map.entry("b2 2024-H2", "open"));
  }

  @Test
  void onItsDeadlineACorrectionIsStillBeingMadeAndOneOpenedLaterIsNotYetKnown() {
    Fixture fixture = county();
    fixture.corrections.add(correcting("c-2", "b2", "H1", LocalDate.of(2024, 8, 31)));
    fixture.corrections.add(Correction.ofFinding(RecordId.of("c-3"), OrganisationId.of("b1"), id("b1", "H1"), LocalDate.of(2024, 9, 1),
        LocalDate.of(2024, 9, 30)));
    assertThat(states(fixture, LocalDate.of(2024, 8, 31))).containsExactly(Map.entry("b1 2024-H1", "open"),
        Map.entry("b2 2024-H1", "correcting c-2"));
  }

  @Test
  void aCorrectionClosedAfterTheThingBeganAgainIsNoRecurrence() {
    Fixture fixture = county();
    // Quarterly: the first quarter's correction closed on 2024-07-02, a day after the second quarter's finding began
    // (2024-07-01) — that one is simply open — and before the third's (2024-10-01), which recurred.
    fixture.corrections.add(Correction.ofFinding(RecordId.of("c-1"), OrganisationId.of("b1"),
        "the-rule/b1/organisation:b1/2024-Q1/inspection-coverage.not-inspected@2024-04-01", LocalDate.of(2024, 4, 5),
        LocalDate.of(2024, 7, 31)).closedOn(LocalDate.of(2024, 7, 2), "督查记录"));
    ComplianceReport report = ComplianceEngine.evaluate(fixture.build(), Rules.single("inspection-coverage", "warning", "{every: quarter}"),
        ReportingPeriod.year(2024), LocalDate.of(2024, 10, 5));
    assertThat(FindingLife.of(report, fixture.build())).filteredOn(l -> l.finding().organisation().value().equals("b1"))
        .extracting(l -> l.finding().period().orElseThrow() + " " + l.state().code())
        .containsExactly("2024-Q1 corrected", "2024-Q2 open", "2024-Q3 recurred");
  }

  @Test
  void theThingAFindingIsAboutLeavesOutItsPeriodAndItsFirstDay() {
    assertThat(FindingLife.thing("dues-arrears/b07/member:m0513/2024/dues-arrears.months@2024-03-01"))
        .contains("dues-arrears/b07/member:m0513/dues-arrears.months");
    assertThat(FindingLife.thing("committee-term/b07/organisation:b07/committee-term.expired"))
        .contains("committee-term/b07/organisation:b07/committee-term.expired");
    assertThat(FindingLife.thing("not a finding")).isEmpty();
  }

  @Test
  void aSessionGivesTheLivesOfItsCurrentReport() {
    Fixture fixture = county();
    fixture.corrections.add(correcting("c-2", "b2", "H1", LocalDate.of(2024, 8, 31)));
    ComplianceSession session = ComplianceSession.start(fixture.build(), Rules.single("inspection-coverage", "warning", "{}"),
        ReportingPeriod.year(2024), YEAR_END);
    List<FindingLife> lives = session.findingLives();
    assertThat(lives).hasSize(4).extracting(l -> l.state()).containsOnlyOnce(FindingLife.State.OVERDUE);
  }
}
