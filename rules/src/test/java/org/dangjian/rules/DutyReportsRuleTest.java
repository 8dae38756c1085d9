package org.dangjian.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dangjian.core.governance.AdministrativePost;
import org.dangjian.core.governance.DutyReport;
import org.dangjian.core.governance.GroupRating;
import org.dangjian.core.governance.LeadershipPost;
import org.dangjian.core.governance.RaterGroup;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.org.UnitId;
import org.dangjian.core.org.UnitKind;
import org.dangjian.core.time.ReportingPeriod;
import org.junit.jupiter.api.Test;

/** {@code duty-reports} (述职): every secretary and principal reports on the year by the deadline. */
class DutyReportsRuleTest {
  private static final LocalDate DEADLINE = LocalDate.of(2024, 12, 20);
  private static final OrganisationId B1 = OrganisationId.of("b1");
  private static final List<GroupRating> BY_MEMBERS = List.of(new GroupRating(RaterGroup.MEMBERS, 4, 1, 0, 0));

  /** A school with its own branch; the branch's committee elected in 2022, its first member the secretary. */
  private static Fixture school() {
    Fixture fixture = new Fixture().unit("u1", UnitKind.PRIMARY_SCHOOL);
    fixture.branch("b1", "u1");
    List<MemberId> members = fixture.fullMembers("b1", 5, "u1");
    fixture.committee("b1", LocalDate.of(2022, 9, 1), 3, members.subList(0, 3));
    return fixture;
  }

  private static MemberId secretary(Fixture fixture) {
    return fixture.members.get(0).id();
  }

  private static List<String> found(Fixture fixture, String parameters, LocalDate asOf) {
    return ComplianceEngine.evaluate(fixture.build(), Rules.single("duty-reports", "warning", parameters), ReportingPeriod.year(asOf.getYear()),
        asOf)
        .findings().stream().map(f -> f.messageCode().replace("duty-reports.", "") + " " + f.subject()
            + f.arguments().entrySet().stream().filter(e -> e.getKey().equals("groups")).map(e -> " " + e.getValue()).findFirst().orElse(""))
        .toList();
  }

  @Test
  void aReportOnTheDeadlineIsInTimeAndOneTheDayAfterIsLate() {
    Fixture fixture = school();
    String parameters = "{deadline: 2024-12-20, principals: false}";
    assertThat(found(fixture, parameters, DEADLINE.minusDays(1))).as("nothing before the deadline").isEmpty();
    assertThat(found(fixture, parameters, DEADLINE)).containsExactly("secretary-missing member:" + secretary(fixture));
    fixture.reports.add(DutyReport.partyWork(secretary(fixture), B1, 2024, DEADLINE, BY_MEMBERS));
    assertThat(found(fixture, parameters, DEADLINE)).isEmpty();
    fixture.reports.clear();
    fixture.reports.add(DutyReport.partyWork(secretary(fixture), B1, 2024, DEADLINE.plusDays(1), BY_MEMBERS));
    assertThat(found(fixture, parameters, LocalDate.of(2024, 12, 31))).containsExactly("late member:" + secretary(fixture));
    // On the deadline itself, a report given the day after is not yet known: missing.
    assertThat(found(fixture, parameters, DEADLINE)).containsExactly("secretary-missing member:" + secretary(fixture));
  }

  @Test
  void aReportNotRatedByAGroupItMustBeIsReportedNamingTheGroup() {
    Fixture fixture = school();
    fixture.reports.add(DutyReport.partyWork(secretary(fixture), B1, 2024, LocalDate.of(2024, 12, 10), BY_MEMBERS));
    assertThat(found(fixture, "{deadline: 2024-12-20, principals: false}", DEADLINE)).isEmpty();
    assertThat(found(fixture, "{deadline: 2024-12-20, principals: false, ratedBy: [members, non-member-teachers]}", DEADLINE))
        .containsExactly("unrated member:" + secretary(fixture) + " 党外教师");
  }

  @Test
  void theSecretaryOnTheYearsLastDayReportsNotAFormerOne() {
    Fixture fixture = school();
    MemberId former = secretary(fixture);
    MemberId successor = fixture.members.get(1).id();
    fixture.replace("b1", o -> o.withCommittee(o.committee().orElseThrow().withPositions(List.of(
        org.dangjian.core.org.Position.of(org.dangjian.core.org.CommitteeRole.SECRETARY, former, LocalDate.of(2022, 9, 1))
            .endedOn(LocalDate.of(2024, 6, 30)),
        org.dangjian.core.org.Position.of(org.dangjian.core.org.CommitteeRole.SECRETARY, successor, LocalDate.of(2024, 7, 1))))));
    fixture.reports.add(DutyReport.partyWork(former, B1, 2024, LocalDate.of(2024, 12, 10), BY_MEMBERS));
    assertThat(found(fixture, "{deadline: 2024-12-20, principals: false}", DEADLINE)).containsExactly("secretary-missing member:" + successor);
  }

  @Test
  void aPrincipalReportsOnDutyAndIntegrityMemberOrNot() {
    Fixture fixture = school();
    fixture.reports.add(DutyReport.partyWork(secretary(fixture), B1, 2024, LocalDate.of(2024, 12, 10), BY_MEMBERS));
    fixture.posts.add(LeadershipPost.ofNonMember(UnitId.of("u1"), AdministrativePost.PRINCIPAL, LocalDate.of(2020, 9, 1)));
    assertThat(found(fixture, "{deadline: 2024-12-20}", DEADLINE)).containsExactly("principal-missing unit:u1");
    fixture.reports.add(DutyReport.dutyAndIntegrity(Optional.empty(), UnitId.of("u1"), B1, OrganisationId.of("root"), 2024,
        LocalDate.of(2024, 12, 18)));
    assertThat(found(fixture, "{deadline: 2024-12-20}", DEADLINE)).isEmpty();
    // A report on another year does not count.
    fixture.reports.remove(fixture.reports.size() - 1);
    fixture.reports.add(DutyReport.dutyAndIntegrity(Optional.empty(), UnitId.of("u1"), B1, OrganisationId.of("root"), 2023,
        LocalDate.of(2024, 1, 20)));
    assertThat(found(fixture, "{deadline: 2024-12-20}", DEADLINE)).containsExactly("principal-missing unit:u1");
  }

  @Test
  void reportsOnThePreviousYearAreJudgedInTheNextYearsWindow() {
    Fixture fixture = school();
    String parameters = "{deadline: 2025-01-31, about: previous-year, principals: false}";
    assertThat(found(fixture, parameters, LocalDate.of(2025, 1, 31))).containsExactly("secretary-missing member:" + secretary(fixture));
    fixture.reports.add(DutyReport.partyWork(secretary(fixture), B1, 2024, LocalDate.of(2025, 1, 15), BY_MEMBERS));
    assertThat(found(fixture, parameters, LocalDate.of(2025, 1, 31))).isEmpty();
    assertThat(found(fixture, "{deadline: 2025-01-31, principals: false}", LocalDate.of(2025, 1, 31))).as("about 2025: not given yet")
        .containsExactly("secretary-missing member:" + secretary(fixture));
  }
}
