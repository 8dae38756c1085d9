package org.dangjian.core.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dangjian.core.Problem;
import org.dangjian.core.TestCounty;
import org.dangjian.core.ValidationException;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.json.DatasetFormat;
import org.dangjian.core.json.Layout;
import org.dangjian.core.json.Syntax;
import org.dangjian.core.org.Governance;
import org.dangjian.core.org.GovernanceModel;
import org.dangjian.core.org.Ownership;
import org.dangjian.core.org.Unit;
import org.dangjian.core.org.UnitId;
import org.dangjian.core.org.UnitKind;
import org.dangjian.core.record.RecordId;
import org.junit.jupiter.api.Test;

class GovernanceRecordsTest {
  private static final UnitId XX1 = UnitId.of("u-xx1");
  private static final UnitId YEY = UnitId.of("u-yey");

  private static TestCounty countyWithRegister() {
    TestCounty county = new TestCounty();
    county.replaceUnit("u-yey", u -> u.withGovernance(Governance.pilot(GovernanceModel.PARTY_LED_DIRECTOR_RESPONSIBILITY,
        LocalDate.of(2024, 3, 1))));
    county.replaceUnit("u-cx2", u -> u.withLegalPerson(false));
    county.unit("u-mb", "清河县育才学校", UnitKind.PRIMARY_SCHOOL);
    county.replaceUnit("u-mb", u -> u.withOwnership(Ownership.PRIVATE));
    county.governanceDocuments.add(GovernanceDocument.of(XX1, GovernanceDocumentKind.CHARTER, LocalDate.of(2016, 9, 1))
        .withRevised(LocalDate.of(2023, 12, 20)).withApprovedBy(ApprovingBody.BUREAU).withId(RecordId.of("gd-1")));
    county.governanceDocuments.add(GovernanceDocument.of(XX1, GovernanceDocumentKind.PARTY_MEETING_RULES, LocalDate.of(2024, 2, 29)));
    county.governanceDocuments.add(GovernanceDocument.of(YEY, GovernanceDocumentKind.POWERS_LIST, LocalDate.of(2024, 5, 31))
        .withApprovedBy(ApprovingBody.PARTY_ORGANISATION_MEETING));
    county.leadershipPosts.add(LeadershipPost.ofMember(XX1, AdministrativePost.PRINCIPAL, org.dangjian.core.member.MemberId.of("m11"),
        LocalDate.of(2020, 9, 1)).endedOn(LocalDate.of(2024, 7, 31)));
    county.leadershipPosts.add(LeadershipPost.ofNonMember(XX1, AdministrativePost.PRINCIPAL, LocalDate.of(2024, 8, 1)).withName("林一凡"));
    county.leadershipPosts.add(LeadershipPost.ofMember(XX1, AdministrativePost.VICE_PRINCIPAL, org.dangjian.core.member.MemberId.of("m12"),
        LocalDate.of(2022, 9, 1)).withId(RecordId.of("lp-1")));
    return county;
  }

  @Test
  void aUnitIsPublicAndALegalPersonUnlessRecordedOtherwise() {
    Unit school = Unit.of(XX1, "城关第一小学", UnitKind.PRIMARY_SCHOOL);
    assertThat(school.ownership()).isEqualTo(Ownership.PUBLIC);
    assertThat(school.legalPerson()).isTrue();
    assertThat(Unit.of(UnitId.of("u-p"), "育英学校", UnitKind.PRIVATE_SCHOOL).ownership()).isEqualTo(Ownership.PRIVATE);
    assertThat(school.withOwnership(Ownership.PRIVATE).ownership()).isEqualTo(Ownership.PRIVATE);
    assertThat(school.withLegalPerson(false).legalPerson()).isFalse();
    assertThat(Ownership.PRIVATE.labelZh()).isEqualTo("民办");
  }

  @Test
  void aPrivateSchoolIsNotPublicAndTheDirectorsModelIsAKindergartens() {
    ValidationException privatePublic = catchThrowableOfType(ValidationException.class,
        () -> Unit.builder().id(UnitId.of("u-p")).name("育英学校").kind(UnitKind.PRIVATE_SCHOOL).ownership(Ownership.PUBLIC).build());
    assertThat(privatePublic.problems()).extracting(Problem::path, Problem::code).containsExactly(tuple("ownership", "invalid-value"));
    ValidationException director = catchThrowableOfType(ValidationException.class, () -> Unit.of(XX1, "城关第一小学", UnitKind.PRIMARY_SCHOOL)
        .withGovernance(Governance.of(GovernanceModel.PARTY_LED_DIRECTOR_RESPONSIBILITY, LocalDate.of(2024, 1, 1))));
    assertThat(director.problems()).extracting(Problem::path).containsExactly("governance.model");
    assertThat(director.problems().get(0).message()).contains("园长负责制", "u-xx1", "primary-school");
    assertThat(GovernanceModel.PARTY_LED_DIRECTOR_RESPONSIBILITY.isPartyLed()).isTrue();
    assertThat(GovernanceModel.BOARD_LED_PRINCIPAL_RESPONSIBILITY.isPartyLed()).isFalse();
  }

  @Test
  void aRevisionIsNotBeforeTheAdoptionButMayBeOnTheSameDay() {
    GovernanceDocument charter = GovernanceDocument.of(XX1, GovernanceDocumentKind.CHARTER, LocalDate.of(2024, 2, 29));
    assertThat(charter.withRevised(LocalDate.of(2024, 2, 29)).lastChanged()).isEqualTo(LocalDate.of(2024, 2, 29));
    ValidationException e = catchThrowableOfType(ValidationException.class, () -> charter.withRevised(LocalDate.of(2024, 2, 28)));
    assertThat(e.problems()).extracting(Problem::path, Problem::code).containsExactly(tuple("revised", "end-before-start"));
    assertThat(charter.lastChanged()).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(charter.inPlaceOn(LocalDate.of(2024, 2, 29))).isTrue();
    assertThat(charter.inPlaceOn(LocalDate.of(2024, 2, 28))).isFalse();
  }

  @Test
  void theRegisterIsKeptBySchoolKindAndDay() {
    Dataset dataset = countyWithRegister().build();
    assertThat(dataset.records(GovernanceDocument.KIND).by(GovernanceDocument.BY_UNIT, XX1)).extracting(GovernanceDocument::kind)
        .containsExactly(GovernanceDocumentKind.CHARTER, GovernanceDocumentKind.PARTY_MEETING_RULES);
    assertThat(dataset.records(GovernanceDocument.KIND).by(GovernanceDocument.BY_ID, RecordId.of("gd-1"))).singleElement()
        .extracting(GovernanceDocument::evidence).isEqualTo("governance-document:gd-1");
    assertThat(dataset.records(GovernanceDocument.KIND).by(GovernanceDocument.BY_UNIT, YEY)).singleElement()
        .extracting(GovernanceDocument::evidence).isEqualTo("governance-document:u-yey/powers-list@2024-05-31");
  }

  @Test
  void aDocumentNamesAUnitTheDatasetHoldsAndIsListedOnce() {
    TestCounty county = countyWithRegister();
    county.governanceDocuments.add(GovernanceDocument.of(UnitId.of("u-nowhere"), GovernanceDocumentKind.CHARTER, LocalDate.of(2024, 1, 1)));
    county.governanceDocuments.add(GovernanceDocument.of(XX1, GovernanceDocumentKind.PARTY_MEETING_RULES, LocalDate.of(2024, 2, 29)));
    ValidationException e = catchThrowableOfType(ValidationException.class, county::build);
    assertThat(e.problems()).extracting(Problem::path, Problem::code).containsExactly(
        tuple("governanceDocuments[3].unit", "dangling-reference"),
        tuple("governanceDocuments[4]", "duplicate-id"));
    assertThat(e.problems().get(0).message()).isEqualTo("unit 'u-nowhere' is not among the units");
    assertThat(e.problems().get(1).message()).contains("party-meeting-rules", "u-xx1", "2024-02-29", "governanceDocuments[1]");
  }

  @Test
  void theRegisterAndTheUnitsFactsSurviveBothLayoutsAndYaml() {
    Dataset dataset = countyWithRegister().build();
    for (Layout layout : Layout.values()) {
      for (Syntax syntax : Syntax.values()) {
        String text = DatasetFormat.write(dataset, syntax, layout, DatasetFormat.PersonalDataPolicy.INCLUDE);
        assertThat(DatasetFormat.read(text, "county." + syntax, syntax)).as("%s %s", syntax, layout).isEqualTo(dataset);
      }
    }
    String json = DatasetFormat.write(dataset, Syntax.JSON);
    assertThat(json).contains("\"legalPerson\": false", "\"ownership\": \"private\"", "\"pilot\": true",
        "\"kind\": \"party-meeting-rules\"", "\"approvedBy\": \"bureau\"");
    // Only where they differ from the default: one unit not a legal person, one private primary school.
    assertThat(json.split("\"legalPerson\"", -1)).hasSize(2);
    assertThat(json.split("\"ownership\"", -1)).hasSize(2);
    assertThat(DatasetFormat.readLines(new java.io.StringReader(DatasetFormat.writeLines(dataset, DatasetFormat.PersonalDataPolicy.INCLUDE)),
        "county.jsonl")).isEqualTo(dataset);
  }

  @Test
  void aSchoolsDocumentsGoWithTheSchoolIntoEachPart() {
    Dataset dataset = countyWithRegister().build();
    Map<String, Dataset> parts = dataset.partition(Dataset.byAncestorAt(1));
    for (Map.Entry<String, Dataset> part : parts.entrySet()) {
      List<GovernanceDocument> documents = part.getValue().records(GovernanceDocument.KIND).all();
      documents.forEach(d -> assertThat(part.getValue().unit(d.unit())).as("%s holds %s", part.getKey(), d.unit()).isPresent());
    }
    assertThat(parts.get("xx1").records(GovernanceDocument.KIND).all()).hasSize(2);
    assertThat(parts.get("lh").records(GovernanceDocument.KIND).all()).extracting(GovernanceDocument::unit).containsExactly(YEY);
    assertThat(Dataset.merge(parts.values())).isEqualTo(dataset);
  }

  @Test
  void aPostEndingMidYearIsHeldToItsLastDayAndNotAfter() {
    LeadershipPost principal = LeadershipPost.ofMember(XX1, AdministrativePost.PRINCIPAL, org.dangjian.core.member.MemberId.of("m11"),
        LocalDate.of(2020, 9, 1)).endedOn(LocalDate.of(2024, 7, 31));
    assertThat(principal.heldOn(LocalDate.of(2024, 7, 31))).isTrue();
    assertThat(principal.heldOn(LocalDate.of(2024, 8, 1))).isFalse();
    assertThat(principal.heldOn(LocalDate.of(2020, 8, 31))).isFalse();
    assertThat(principal.post().isHead()).isTrue();
    assertThat(AdministrativePost.VICE_DIRECTOR.isDeputyHead()).isTrue();
    ValidationException e = catchThrowableOfType(ValidationException.class, () -> principal.endedOn(LocalDate.of(2020, 8, 31)));
    assertThat(e.problems()).extracting(Problem::path, Problem::code).containsExactly(tuple("to", "end-before-start"));
    assertThat(principal.endedOn(LocalDate.of(2020, 9, 1)).heldOn(LocalDate.of(2020, 9, 1))).as("one day").isTrue();
  }

  @Test
  void theLeadershipTeamIsKeptBySchoolAndNamesKnownMembers() {
    TestCounty county = countyWithRegister();
    Dataset dataset = county.build();
    assertThat(dataset.records(LeadershipPost.KIND).by(LeadershipPost.BY_UNIT, XX1)).extracting(LeadershipPost::post, p -> p.member().isPresent())
        .containsExactly(tuple(AdministrativePost.PRINCIPAL, true), tuple(AdministrativePost.PRINCIPAL, false),
            tuple(AdministrativePost.VICE_PRINCIPAL, true));
    assertThat(dataset.records(LeadershipPost.KIND).by(LeadershipPost.BY_ID, RecordId.of("lp-1"))).singleElement()
        .extracting(LeadershipPost::evidence).isEqualTo("leadership-post:lp-1");
    // The non-member's name is personal data: written only when asked.
    assertThat(DatasetFormat.write(dataset, Syntax.JSON, Layout.RECORD_PER_LINE, DatasetFormat.PersonalDataPolicy.OMIT)).doesNotContain("林一凡");
    assertThat(DatasetFormat.write(dataset, Syntax.JSON, Layout.RECORD_PER_LINE, DatasetFormat.PersonalDataPolicy.INCLUDE)).contains("林一凡");
    county.leadershipPosts.add(LeadershipPost.ofMember(UnitId.of("u-nowhere"), AdministrativePost.PRINCIPAL,
        org.dangjian.core.member.MemberId.of("m99"), LocalDate.of(2024, 1, 1)));
    ValidationException e = catchThrowableOfType(ValidationException.class, county::build);
    assertThat(e.problems()).extracting(Problem::path, Problem::code).containsExactly(
        tuple("leadershipPosts[3].unit", "dangling-reference"), tuple("leadershipPosts[3].member", "dangling-reference"));
  }

  @Test
  void anAgendaItemCarriesItsDecisionThroughTheFormat() {
    TestCounty county = countyWithRegister();
    org.dangjian.core.member.VoteTally tally = org.dangjian.core.member.VoteTally.of(5, 4, 4, 0, 0);
    Decision decision = Decision.of(MatterCategory.LARGE_FUNDS, "zx-2024-funds-1", tally).withPriorAgreement();
    county.activities.add(org.dangjian.core.activity.Activity.builder().id(org.dangjian.core.activity.ActivityId.of("a-zx-2024-03-po"))
        .organisation(org.dangjian.core.org.OrganisationId.of("zx")).type(org.dangjian.core.activity.ActivityType.PARTY_ORGANISATION_MEETING)
        .date(LocalDate.of(2024, 3, 12)).addAttendees(org.dangjian.core.member.MemberId.of("m03"))
        .addAgenda(org.dangjian.core.activity.AgendaItem.decided("购置教学设备", decision), org.dangjian.core.activity.AgendaItem.of("通报"))
        .build());
    Dataset dataset = county.build();
    String json = DatasetFormat.write(dataset, Syntax.JSON, Layout.RECORD_PER_LINE, DatasetFormat.PersonalDataPolicy.INCLUDE);
    assertThat(json).contains("\"decision\": { \"category\": \"large-funds\", \"matter\": \"zx-2024-funds-1\", \"tally\": { \"entitled\": 5,");
    assertThat(DatasetFormat.read(json, "county.json", Syntax.JSON)).isEqualTo(dataset);
    var item = dataset.activity(org.dangjian.core.activity.ActivityId.of("a-zx-2024-03-po")).orElseThrow().agenda().get(0);
    assertThat(item.decision()).contains(decision);
    assertThat(item.matter()).contains("zx-2024-funds-1");
    assertThat(org.dangjian.core.activity.AgendaItem.decided("聘任中层干部", new Decision(MatterCategory.APPOINTMENT, java.util.Optional.empty(),
        java.util.Optional.empty(), false)).matter()).as("without an id, the title names the matter").contains("聘任中层干部");
    assertThat(MatterCategory.ORDINARY.isMajor()).isFalse();
    assertThat(MatterCategory.APPOINTMENT.labelZh()).isEqualTo("重要干部任免");
    // A tally with more votes than voters is refused where it stands.
    String bad = json.replace("\"inFavour\": 4", "\"inFavour\": 6");
    ValidationException e = catchThrowableOfType(ValidationException.class, () -> DatasetFormat.read(bad, "county.json", Syntax.JSON));
    assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.path()).endsWith(".agenda[0].decision.tally.inFavour"));
    ValidationException matter = catchThrowableOfType(ValidationException.class,
        () -> DatasetFormat.read(json.replace("zx-2024-funds-1", "Funds 1"), "county.json", Syntax.JSON));
    assertThat(matter.problems()).singleElement().satisfies(p -> assertThat(p.path()).endsWith(".agenda[0].decision.matter"));
  }

  @Test
  void aDutyReportIsRatedByGroupsCountedNotNamedAndGivenOnceAYear() {
    TestCounty county = countyWithRegister();
    org.dangjian.core.member.MemberId secretary = org.dangjian.core.member.MemberId.of("m03");
    org.dangjian.core.org.OrganisationId branch = org.dangjian.core.org.OrganisationId.of("zx-b1");
    DutyReport report = DutyReport.partyWork(secretary, branch, 2024, LocalDate.of(2025, 1, 10),
        List.of(new GroupRating(RaterGroup.MEMBERS, 5, 1, 0, 0), new GroupRating(RaterGroup.NON_MEMBER_TEACHERS, 10, 6, 2, 1)));
    county.dutyReports.add(report);
    county.dutyReports.add(DutyReport.dutyAndIntegrity(java.util.Optional.empty(), XX1, org.dangjian.core.org.OrganisationId.of("xx1"),
        org.dangjian.core.org.OrganisationId.of("jyj"), 2024, LocalDate.of(2025, 1, 15)));
    Dataset dataset = county.build();
    assertThat(dataset.records(DutyReport.KIND).by(DutyReport.BY_ORGANISATION, branch)).containsExactly(report);
    assertThat(report.rating(RaterGroup.NON_MEMBER_TEACHERS)).map(GroupRating::raters).contains(19);
    assertThat(report.rating(RaterGroup.MEMBERS).orElseThrow().count(org.dangjian.core.assessment.ReportGrade.FAIRLY_GOOD)).isEqualTo(1);
    assertThat(report.evidence()).isEqualTo("duty-report:party-work/m03@2024");
    String json = DatasetFormat.write(dataset, Syntax.JSON, Layout.RECORD_PER_LINE, DatasetFormat.PersonalDataPolicy.INCLUDE);
    assertThat(DatasetFormat.read(json, "county.json", Syntax.JSON)).isEqualTo(dataset);
    // A group counted twice, nobody reporting, no rater at all: refused where they stand.
    assertThat(catchThrowableOfType(ValidationException.class, () -> DutyReport.partyWork(secretary, branch, 2024, LocalDate.of(2025, 1, 10),
        List.of(new GroupRating(RaterGroup.MEMBERS, 1, 0, 0, 0), new GroupRating(RaterGroup.MEMBERS, 2, 0, 0, 0)))).problems())
        .extracting(Problem::path).containsExactly("ratings");
    assertThat(catchThrowableOfType(ValidationException.class, () -> new GroupRating(RaterGroup.MEMBERS, 0, 0, 0, 0)).problems())
        .extracting(Problem::code).containsExactly("invalid-value");
    assertThat(catchThrowableOfType(ValidationException.class, () -> new DutyReport(DutyReportKind.DUTY_AND_INTEGRITY,
        java.util.Optional.empty(), branch, java.util.Optional.empty(), java.util.Optional.empty(), 2024, LocalDate.of(2025, 1, 10), List.of(),
        java.util.Optional.empty())).problems()).extracting(Problem::path).containsExactly("reporter");
    // The same secretary's second report on the same year: a duplicate.
    county.dutyReports.add(DutyReport.partyWork(secretary, branch, 2024, LocalDate.of(2025, 1, 20), List.of()));
    ValidationException twice = catchThrowableOfType(ValidationException.class, county::build);
    assertThat(twice.problems()).extracting(Problem::path, Problem::code).containsExactly(tuple("dutyReports[2]", "duplicate-id"));
  }

  @Test
  void aPrincipalsReportIsRatedLaterWithItsRatingsInPlaceOfNone() {
    DutyReport heard = DutyReport.dutyAndIntegrity(java.util.Optional.empty(), XX1, org.dangjian.core.org.OrganisationId.of("xx1"),
        org.dangjian.core.org.OrganisationId.of("jyj"), 2024, LocalDate.of(2024, 12, 18));
    assertThat(heard.ratings()).isEmpty();
    DutyReport rated = heard.withRatings(List.of(new GroupRating(RaterGroup.NON_MEMBER_TEACHERS, 8, 2, 0, 0)));
    assertThat(rated.rating(RaterGroup.NON_MEMBER_TEACHERS)).map(GroupRating::raters).contains(10);
    assertThat(rated.withRatings(List.of())).isEqualTo(heard);
    assertThat(catchThrowableOfType(ValidationException.class, () -> heard.withRatings(List.of(new GroupRating(RaterGroup.MEMBERS, 1, 0, 0, 0),
        new GroupRating(RaterGroup.MEMBERS, 1, 0, 0, 0)))).problems()).extracting(Problem::path).containsExactly("ratings");
  }
}
