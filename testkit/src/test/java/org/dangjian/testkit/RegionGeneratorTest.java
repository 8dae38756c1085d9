package org.dangjian.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.json.DatasetFormat;
import org.dangjian.core.json.Layout;
import org.dangjian.core.json.Syntax;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.time.ReportingPeriod;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.ComplianceReport;
import org.dangjian.rules.RuleSetRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seeded region generator: deterministic, at the stated sizes, valid, and imperfect at the stated rates. */
class RegionGeneratorTest {
  private static final LocalDate END = LocalDate.of(2024, 12, 31);
  private static Dataset county;
  private static ComplianceReport report;

  @BeforeAll
  static void generate() {
    county = RegionGenerator.generate(RegionGenerator.Size.COUNTY, 1);
    report = ComplianceEngine.evaluate(county, RuleSetRegistry.standard().resolve("cn-national", END), ReportingPeriod.year(2024), END);
  }

  @Test
  void theSameSeedGivesTheSameDatasetToTheByte() {
    Dataset again = RegionGenerator.generate(RegionGenerator.Size.COUNTY, 1);
    assertThat(again).isEqualTo(county);
    assertThat(DatasetFormat.write(again, Syntax.JSON, Layout.RECORD_PER_LINE))
        .isEqualTo(DatasetFormat.write(county, Syntax.JSON, Layout.RECORD_PER_LINE));
    assertThat(RegionGenerator.generate(RegionGenerator.Size.COUNTY, 2)).isNotEqualTo(county);
  }

  @Test
  void aCountyHasTheStatedSize() {
    assertThat(county.members()).hasSize(5_000);
    assertThat(county.organisations().stream().filter(o -> o.kind().isBranch())).hasSize(250);
    assertThat(county.activities().size()).isBetween(250 * 40, 250 * 90);
    assertThat(county.ledger().size() / county.members().size()).isBetween(25, 35);
    assertThat(county.duesPayments().size()).isGreaterThan(4_500 * 11);
  }

  @Test
  void itsImperfectionsAreTheStatedOnesAtTheStatedRates() {
    Map<String, Long> byRule = report.findings().stream()
        .collect(Collectors.groupingBy(f -> f.ruleId(), TreeMap::new, Collectors.counting()));
    assertThat(byRule.keySet()).as(byRule.toString()).isSubsetOf("branch-committee-meeting-monthly", "committee-term", "dues-arrears",
        "heart-to-heart-talks-yearly", "organisation-size", "organisational-life-absence", "secretary-standing", "branch-size");
    // about 1% of 5,000 members stop paying, about 1% drift away; about 5% of branches skip a 支委会
    assertThat(byRule.get("dues-arrears")).isBetween(25L, 80L);
    assertThat(byRule.get("organisational-life-absence")).isBetween(25L, 80L);
    assertThat(byRule.get("branch-committee-meeting-monthly")).isBetween(3L, 30L);
    assertThat(byRule.get("committee-term")).isPositive();
  }

  @Test
  void everySeedGivesAValidRegion() {
    RegionGenerator.Size small = new RegionGenerator.Size(300, 12);
    qt().withExamples(20).forAll(longs().all()).checkAssert(seed -> {
      Dataset region = RegionGenerator.generate(small, seed);
      assertThat(region.members()).as("seed %s", seed).hasSize(300);
      assertThat(region.organisations().stream().filter(o -> o.kind().isBranch())).as("seed %s", seed).hasSize(12);
      assertThat(region.organisations().stream().map(Organisation::id)).as("seed %s", seed).doesNotHaveDuplicates();
    });
  }

  @Test
  void sizesAreNamedAndChecked() {
    assertThat(RegionGenerator.Size.named("city")).isEqualTo(new RegionGenerator.Size(50_000, 2_500));
    assertThat(RegionGenerator.Size.named("province").members()).isEqualTo(500_000);
    assertThatThrownBy(() -> RegionGenerator.Size.named("nation")).hasMessageContaining("county, city and province");
    assertThatThrownBy(() -> new RegionGenerator.Size(5, 10)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void schoolsHaveGovernanceDocumentsAndLeadershipTeamsAtTheStatedRates() {
    long schools = county.units().size();
    long partyLed = county.units().stream().filter(u -> u.governance().filter(g -> g.model().isPartyLed()).isPresent()).count();
    // About three schools in five run the Party-led model.
    assertThat(partyLed).isBetween(schools * 2 / 5, schools * 4 / 5);
    var documents = county.records(org.dangjian.core.governance.GovernanceDocument.KIND).all();
    var posts = county.records(org.dangjian.core.governance.LeadershipPost.KIND).all();
    // Each Party-led school has most of its four documents and a principal; the others at most an old charter.
    assertThat(documents.size()).isBetween((int) partyLed * 3, (int) (partyLed * 4 + (schools - partyLed)));
    assertThat(posts.stream().filter(p -> p.post().isHead()).count()).isEqualTo(partyLed);
    for (var post : posts) {
      post.member().ifPresent(m -> assertThat(county.member(m).orElseThrow().unit()).as("%s works at %s", m, post.unit()).contains(post.unit()));
    }
    // One principal in ten, or so, is not a Party member.
    assertThat(posts.stream().filter(p -> p.post().isHead() && p.member().isEmpty()).count()).isBetween(1L, partyLed / 4);
  }

  @Test
  void leadersReportAndSchoolsDecideMajorMattersAtTheStatedRates() {
    var reports = county.records(org.dangjian.core.governance.DutyReport.KIND).all();
    long secretaries = county.organisations().stream().filter(o -> o.committee().stream().flatMap(c -> c.positions().stream())
        .anyMatch(p -> p.role() == org.dangjian.core.org.CommitteeRole.SECRETARY && p.heldOn(END))).count();
    var partyWork = reports.stream().filter(r -> r.kind() == org.dangjian.core.governance.DutyReportKind.PARTY_WORK).toList();
    // One secretary in twenty does not report, one in twenty reports late; every report is rated by the members.
    assertThat(partyWork.size()).isBetween((int) (secretaries * 8 / 10), (int) secretaries - 1);
    assertThat(partyWork.stream().filter(r -> r.date().equals(LocalDate.of(2024, 12, 27))).count()).isBetween(1L, secretaries / 8);
    assertThat(reports).allSatisfy(r -> assertThat(r.rating(org.dangjian.core.governance.RaterGroup.MEMBERS)).isPresent());
    // Every principal of a Party-led school reports 述职述廉 to the bureau's committee, rated by both groups.
    var heads = county.records(org.dangjian.core.governance.LeadershipPost.KIND).all().stream().filter(p -> p.post().isHead()).toList();
    var principals = reports.stream().filter(r -> r.kind() == org.dangjian.core.governance.DutyReportKind.DUTY_AND_INTEGRITY).toList();
    assertThat(principals).hasSameSizeAs(heads).allSatisfy(r -> {
      assertThat(r.heardBy()).contains(OrganisationId.of("root"));
      assertThat(r.ratings()).hasSize(2);
    });
    // One 三重一大 matter in each of those schools, decided by the office meeting; by the Party meeting first in all
    // but one school in eight, and major-matters finds exactly those.
    var office = county.activities().stream().filter(a -> a.type().equals(org.dangjian.core.activity.ActivityType.PRINCIPAL_OFFICE_MEETING))
        .toList();
    long first = county.activities().stream().filter(a -> a.type().equals(org.dangjian.core.activity.ActivityType.PARTY_ORGANISATION_MEETING))
        .count();
    assertThat(office).hasSameSizeAs(heads);
    assertThat(first).isBetween(office.size() * 6L / 10, office.size() - 1L);
    ComplianceReport governance = ComplianceEngine.evaluate(county, RuleSetRegistry.standard().resolve("county-first-topic", END),
        ReportingPeriod.year(2024), END);
    assertThat(governance.findings().stream().filter(f -> f.messageCode().startsWith("major-matters.")).map(f -> f.messageCode()).distinct())
        .containsExactly("major-matters.not-decided-first");
    assertThat(governance.findings().stream().filter(f -> f.messageCode().equals("major-matters.not-decided-first"))).hasSize(
        (int) (office.size() - first));
  }
}
