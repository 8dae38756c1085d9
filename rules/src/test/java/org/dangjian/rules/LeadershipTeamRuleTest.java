package org.dangjian.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dangjian.core.governance.AdministrativePost;
import org.dangjian.core.governance.LeadershipPost;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.org.Committee;
import org.dangjian.core.org.CommitteeRole;
import org.dangjian.core.org.Governance;
import org.dangjian.core.org.GovernanceModel;
import org.dangjian.core.org.Position;
import org.dangjian.core.org.Unit;
import org.dangjian.core.org.UnitId;
import org.dangjian.core.org.UnitKind;
import org.junit.jupiter.api.Test;

/** {@code leadership-team}: 双向进入、交叉任职 on the day of evaluation. */
class LeadershipTeamRuleTest {
  private static final UnitId SCHOOL = UnitId.of("u1");
  private static final LocalDate ELECTED = LocalDate.of(2022, 9, 1);
  private static final LocalDate YEAR_END = LocalDate.of(2024, 12, 31);

  /** A Party-led primary school with its own branch: m1 secretary, m2 deputy secretary, m3 a committee member; m4–m6 members. */
  private static Fixture school(boolean partyLed) {
    Fixture fixture = new Fixture();
    Unit unit = Unit.of(SCHOOL, "城关小学", UnitKind.PRIMARY_SCHOOL);
    fixture.units.add(partyLed ? unit.withGovernance(Governance.of(GovernanceModel.PARTY_LED_PRINCIPAL_RESPONSIBILITY,
        LocalDate.of(2023, 9, 1))) : unit);
    fixture.branch("b1", "u1");
    List<MemberId> m = fixture.fullMembers("b1", 6, "u1");
    fixture.replace("b1", o -> o.withCommittee(Committee.of(ELECTED, 3, List.of(Position.of(CommitteeRole.SECRETARY, m.get(0), ELECTED),
        Position.of(CommitteeRole.DEPUTY_SECRETARY, m.get(1), ELECTED), Position.of(CommitteeRole.COMMITTEE_MEMBER, m.get(2), ELECTED)))));
    return fixture;
  }

  private static MemberId m(Fixture fixture, int i) {
    return fixture.members.get(i - 1).id();
  }

  private static LeadershipPost post(Fixture fixture, AdministrativePost post, int member) {
    return LeadershipPost.ofMember(SCHOOL, post, m(fixture, member), LocalDate.of(2020, 9, 1));
  }

  private static List<String> found(Fixture fixture, String parameters, LocalDate asOf) {
    return Rules.findings(fixture.build(), Rules.single("leadership-team", "warning", parameters), asOf).stream()
        .map(f -> f.messageCode().replace("leadership-team.", "") + " " + f.subject().id()
            + f.arguments().entrySet().stream().filter(e -> e.getKey().equals("names") || e.getKey().equals("name"))
                .map(e -> " " + e.getValue()).findFirst().orElse("")).toList();
  }

  @Test
  void aMemberPrincipalAsDeputySecretaryAndDeputiesOnTheCommitteeIsTheModel() {
    Fixture fixture = school(true);
    fixture.posts.add(post(fixture, AdministrativePost.PRINCIPAL, 2));
    fixture.posts.add(post(fixture, AdministrativePost.VICE_PRINCIPAL, 3));
    fixture.posts.add(post(fixture, AdministrativePost.MIDDLE_MANAGER, 4));
    assertThat(found(fixture, "{}", YEAR_END)).isEmpty();
  }

  @Test
  void aPrincipalsPostEndingMidYearLeavesTheSchoolWithoutOneFromTheNextDay() {
    Fixture fixture = school(true);
    fixture.posts.add(post(fixture, AdministrativePost.PRINCIPAL, 2).endedOn(LocalDate.of(2024, 7, 31)));
    assertThat(found(fixture, "{}", LocalDate.of(2024, 7, 31))).isEmpty();
    assertThat(found(fixture, "{}", LocalDate.of(2024, 8, 1))).containsExactly("no-principal u1");
    // A successor from the next day: no gap.
    fixture.posts.add(LeadershipPost.ofNonMember(SCHOOL, AdministrativePost.PRINCIPAL, LocalDate.of(2024, 8, 1)));
    assertThat(found(fixture, "{}", LocalDate.of(2024, 8, 1))).containsExactly("principal-not-member u1");
  }

  @Test
  void aMemberPrincipalOffTheBranchCommitteeIsReportedButMayBeItsSecretary() {
    Fixture fixture = school(true);
    fixture.posts.add(post(fixture, AdministrativePost.PRINCIPAL, 4));
    String name4 = fixture.members.get(3).name();
    assertThat(found(fixture, "{}", YEAR_END)).containsExactly("principal-off-committee u1 " + name4);
    fixture.posts.clear();
    // In a school with a branch only, the principal may be its secretary.
    fixture.posts.add(post(fixture, AdministrativePost.PRINCIPAL, 1));
    assertThat(found(fixture, "{}", YEAR_END)).isEmpty();
  }

  @Test
  void underACommitteeOrGeneralBranchThePrincipalIsDeputySecretaryAndNotSecretary() {
    Fixture fixture = school(true);
    String strict = "{separateIn: [branch]";
    fixture.posts.add(post(fixture, AdministrativePost.PRINCIPAL, 1));
    String name1 = fixture.members.get(0).name();
    assertThat(found(fixture, strict + "}", YEAR_END)).containsExactly("secretary-is-principal u1 " + name1);
    assertThat(found(fixture, strict + ", separateSecretary: false}", YEAR_END)).as("secretary is not among the principal's roles")
        .containsExactly("principal-out-of-role u1 " + name1);
    assertThat(found(fixture, strict + ", separateSecretary: false, principalRoles: [secretary, deputy-secretary]}", YEAR_END)).isEmpty();
    fixture.posts.clear();
    fixture.posts.add(post(fixture, AdministrativePost.PRINCIPAL, 3));
    assertThat(found(fixture, strict + "}", YEAR_END)).containsExactly("principal-out-of-role u1 " + fixture.members.get(2).name());
    fixture.posts.clear();
    fixture.posts.add(post(fixture, AdministrativePost.PRINCIPAL, 2));
    assertThat(found(fixture, strict + "}", YEAR_END)).isEmpty();
  }

  @Test
  void memberDeputiesOffTheCommitteeAreNamedAndOthersAreNot() {
    Fixture fixture = school(true);
    fixture.posts.add(post(fixture, AdministrativePost.PRINCIPAL, 2));
    fixture.posts.add(post(fixture, AdministrativePost.VICE_PRINCIPAL, 5));
    fixture.posts.add(post(fixture, AdministrativePost.VICE_PRINCIPAL, 6));
    fixture.posts.add(LeadershipPost.ofNonMember(SCHOOL, AdministrativePost.VICE_PRINCIPAL, LocalDate.of(2021, 9, 1)));
    fixture.posts.add(post(fixture, AdministrativePost.MIDDLE_MANAGER, 4));
    assertThat(found(fixture, "{}", YEAR_END)).containsExactly(
        "deputies-off-committee u1 " + fixture.members.get(4).name() + "、" + fixture.members.get(5).name());
    assertThat(found(fixture, "{deputiesOnCommittee: false}", YEAR_END)).isEmpty();
  }

  @Test
  void onlySchoolsRunningThePartyLedModelUnlessAsked() {
    Fixture fixture = school(false);
    assertThat(found(fixture, "{}", YEAR_END)).isEmpty();
    assertThat(found(fixture, "{partyLedOnly: false}", YEAR_END)).containsExactly("no-principal u1");
  }
}
