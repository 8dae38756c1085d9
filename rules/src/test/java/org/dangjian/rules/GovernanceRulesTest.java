package org.dangjian.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.List;
import org.dangjian.core.Problem;
import org.dangjian.core.ValidationException;
import org.dangjian.core.governance.GovernanceDocument;
import org.dangjian.core.governance.GovernanceDocumentKind;
import org.dangjian.core.org.Governance;
import org.dangjian.core.org.GovernanceModel;
import org.dangjian.core.org.Ownership;
import org.dangjian.core.org.Unit;
import org.dangjian.core.org.UnitId;
import org.dangjian.core.org.UnitKind;
import org.junit.jupiter.api.Test;

/** {@code governance-documents} and {@code governance-rate}: the register behind the governance share. */
class GovernanceRulesTest {
  private static final LocalDate DEADLINE = LocalDate.of(2024, 6, 30);
  private static final LocalDate REFORM = LocalDate.of(2023, 9, 1);

  private static List<String> found(Fixture fixture, String type, String parameters, LocalDate asOf) {
    return Rules.findings(fixture.build(), Rules.single(type, "warning", parameters), asOf).stream()
        .map(f -> f.messageCode() + " " + f.subject().id() + " " + f.arguments().getOrDefault("documents", "")
            + f.arguments().getOrDefault("by", "")).toList();
  }

  /** A public primary school covered by a branch of its own, with every required document adopted on {@code adopted}. */
  private static void school(Fixture fixture, String id, boolean partyLed, LocalDate adopted) {
    Unit unit = Unit.of(UnitId.of(id), "学校" + id, UnitKind.PRIMARY_SCHOOL);
    fixture.units.add(partyLed ? unit.withGovernance(Governance.of(GovernanceModel.PARTY_LED_PRINCIPAL_RESPONSIBILITY, REFORM)) : unit);
    fixture.branch("b-" + id, id);
    for (GovernanceDocumentKind kind : List.of(GovernanceDocumentKind.CHARTER, GovernanceDocumentKind.PARTY_MEETING_RULES,
        GovernanceDocumentKind.PRINCIPAL_MEETING_RULES, GovernanceDocumentKind.POWERS_LIST)) {
      fixture.documents.add(GovernanceDocument.of(UnitId.of(id), kind, adopted));
    }
  }

  private static void drop(Fixture fixture, String unit, GovernanceDocumentKind kind) {
    fixture.documents.removeIf(d -> d.unit().value().equals(unit) && d.kind() == kind);
  }

  @Test
  void aDocumentAdoptedOnTheDeadlineIsInTimeAndOneAdoptedTheDayAfterIsLate() {
    Fixture fixture = new Fixture();
    school(fixture, "u1", true, DEADLINE);
    school(fixture, "u2", true, LocalDate.of(2024, 3, 1));
    drop(fixture, "u2", GovernanceDocumentKind.PARTY_MEETING_RULES);
    drop(fixture, "u2", GovernanceDocumentKind.POWERS_LIST);
    fixture.documents.add(GovernanceDocument.of(UnitId.of("u2"), GovernanceDocumentKind.PARTY_MEETING_RULES, DEADLINE.plusDays(1)));
    String parameters = "{deadline: 2024-06-30}";
    assertThat(found(fixture, "governance-documents", parameters, DEADLINE.minusDays(1))).as("nothing before the deadline").isEmpty();
    // On the deadline, a document adopted the next day is not yet known: it is missing, beside the one never adopted.
    assertThat(found(fixture, "governance-documents", parameters, DEADLINE))
        .containsExactly("governance-documents.missing u2 党组织会议议事规则、权责清单");
    // At year end: one finding for what is late, one for what is missing, each naming its documents.
    assertThat(found(fixture, "governance-documents", parameters, LocalDate.of(2024, 12, 31)))
        .containsExactly("governance-documents.late u2 党组织会议议事规则（2024-07-01）", "governance-documents.missing u2 权责清单");
  }

  @Test
  void onlyPublicSchoolsThatAreLegalPersonsWithAPartyOrganisationAreInScopeByDefault() {
    Fixture fixture = new Fixture();
    fixture.units.add(Unit.of(UnitId.of("u-private"), "育才学校", UnitKind.PRIMARY_SCHOOL).withOwnership(Ownership.PRIVATE));
    fixture.branch("b-private", "u-private");
    fixture.units.add(Unit.of(UnitId.of("u-point"), "石门教学点", UnitKind.PRIMARY_SCHOOL).withLegalPerson(false));
    fixture.branch("b-point", "u-point");
    fixture.units.add(Unit.of(UnitId.of("u-alone"), "无党组织学校", UnitKind.PRIMARY_SCHOOL));
    fixture.units.add(Unit.of(UnitId.of("u-kg"), "中心幼儿园", UnitKind.KINDERGARTEN));
    fixture.branch("b-kg", "u-kg");
    LocalDate asOf = LocalDate.of(2024, 12, 31);
    assertThat(found(fixture, "governance-documents", "{deadline: 2024-06-30}", asOf)).isEmpty();
    assertThat(found(fixture, "governance-documents", "{deadline: 2024-06-30, documents: [charter], ownership: [public, private],"
        + " legalPersonsOnly: false, unitKinds: [primary-school, kindergarten]}", asOf))
        .containsExactly("governance-documents.missing u-kg 学校章程", "governance-documents.missing u-point 学校章程",
            "governance-documents.missing u-private 学校章程");
  }

  @Test
  void withSinceACharterCountsOnlyFromItsRevisionAfterTheReform() {
    Fixture fixture = new Fixture();
    for (String id : List.of("u1", "u2", "u3")) {
      school(fixture, id, true, LocalDate.of(2024, 1, 10));
      drop(fixture, id, GovernanceDocumentKind.CHARTER);
    }
    LocalDate old = LocalDate.of(2016, 9, 1);
    fixture.documents.add(GovernanceDocument.of(UnitId.of("u1"), GovernanceDocumentKind.CHARTER, old).withRevised(LocalDate.of(2023, 12, 20)));
    fixture.documents.add(GovernanceDocument.of(UnitId.of("u2"), GovernanceDocumentKind.CHARTER, old));
    fixture.documents.add(GovernanceDocument.of(UnitId.of("u3"), GovernanceDocumentKind.CHARTER, old).withRevised(LocalDate.of(2024, 8, 1)));
    String parameters = "{deadline: 2024-06-30, since: 2022-01-26}";
    assertThat(found(fixture, "governance-documents", parameters, LocalDate.of(2024, 12, 31))).containsExactly(
        "governance-documents.not-revised u2 学校章程", "governance-documents.late u3 学校章程（2024-08-01）");
    // On the day before u3's revision, it has a charter of 2016 only.
    assertThat(found(fixture, "governance-documents", parameters, LocalDate.of(2024, 7, 31))).containsExactly(
        "governance-documents.not-revised u2 学校章程", "governance-documents.not-revised u3 学校章程");
    // Without since, the old charter counts.
    assertThat(found(fixture, "governance-documents", "{deadline: 2024-06-30}", LocalDate.of(2024, 12, 31))).isEmpty();
  }

  @Test
  void theShareCountsASchoolOnlyWithItsModelAndItsDocuments() {
    Fixture fixture = new Fixture();
    for (int i = 1; i <= 5; i++) {
      school(fixture, "u" + i, i <= 4, LocalDate.of(2024, 3, 1));
    }
    LocalDate asOf = LocalDate.of(2024, 12, 31);
    assertThat(found(fixture, "governance-rate", "{target: 0.8}", asOf)).as("4 of 5, exactly 80%").isEmpty();
    drop(fixture, "u4", GovernanceDocumentKind.POWERS_LIST);
    assertThat(found(fixture, "governance-rate", "{target: 0.8}", asOf)).containsExactly("governance-rate.below-target root ");
    assertThat(found(fixture, "governance-rate", "{target: 0.8, documents: [charter]}", asOf)).isEmpty();
    // The documents count from the day adopted: on 29 February none is in place yet.
    assertThat(found(fixture, "governance-rate", "{target: 0.6, documents: [charter]}", LocalDate.of(2024, 2, 29))).hasSize(1);
  }

  @Test
  void theShareDueIsTheLatestMilestoneReached() {
    Fixture fixture = new Fixture();
    for (int i = 1; i <= 5; i++) {
      school(fixture, "u" + i, i <= 3, LocalDate.of(2024, 3, 1));
    }
    String schedule = "{target: 0.8, by: 2024-12-31, milestones: [{by: 2024-06-30, share: 0.6}, {by: 2024-09-30, share: 0.7}]}";
    assertThat(found(fixture, "governance-rate", schedule, LocalDate.of(2024, 6, 29))).as("nothing due yet").isEmpty();
    assertThat(found(fixture, "governance-rate", schedule, LocalDate.of(2024, 6, 30))).as("3 of 5 meets 60%").isEmpty();
    assertThat(found(fixture, "governance-rate", schedule, LocalDate.of(2024, 9, 30)))
        .containsExactly("governance-rate.behind-schedule root 2024-09-30");
    assertThat(found(fixture, "governance-rate", schedule, LocalDate.of(2024, 12, 31)))
        .containsExactly("governance-rate.behind-schedule root 2024-12-31");
  }

  @Test
  void aKindergartenPilotingTheDirectorsModelCounts() {
    Fixture fixture = new Fixture();
    fixture.units.add(Unit.of(UnitId.of("kg1"), "中心幼儿园", UnitKind.KINDERGARTEN)
        .withGovernance(Governance.pilot(GovernanceModel.PARTY_LED_DIRECTOR_RESPONSIBILITY, LocalDate.of(2024, 3, 1))));
    fixture.units.add(Unit.of(UnitId.of("kg2"), "第二幼儿园", UnitKind.KINDERGARTEN)
        .withGovernance(Governance.of(GovernanceModel.PRINCIPAL_RESPONSIBILITY, LocalDate.of(2015, 3, 1))));
    String parameters = "{target: 0.5, unitKinds: [kindergarten], documents: []}";
    assertThat(found(fixture, "governance-rate", parameters, LocalDate.of(2024, 3, 1))).isEmpty();
    assertThat(found(fixture, "governance-rate", parameters, LocalDate.of(2024, 2, 29))).hasSize(1);
  }

  @Test
  void aDateParameterIsADayOfTheCalendar() {
    for (String wrong : List.of("2023-02-29", "20240630", "2024-6-30", "\"next june\"")) {
      ValidationException e = catchThrowableOfType(ValidationException.class,
          () -> Rules.single("governance-documents", "warning", "{deadline: " + wrong + "}"));
      assertThat(e.problems()).as(wrong).extracting(Problem::path).containsExactly("rules[0].parameters.deadline");
      assertThat(e.problems().get(0).message()).as(wrong).contains("a day of the calendar written yyyy-MM-dd");
    }
    assertThat(Rules.single("governance-documents", "warning", "{deadline: 2024-02-29}").entries()).hasSize(1);
  }
}
