package org.dangjian.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dangjian.core.ValidationException;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.governance.RaterGroup;
import org.dangjian.core.json.DatasetFormat;
import org.dangjian.core.json.Syntax;
import org.dangjian.core.time.ReportingPeriod;
import org.dangjian.rules.ComplianceReport;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The {@code leader} subject and the {@code reportRatings} evidence over the leaders' yearly reports
 * (述职): who has a card, for which organisation, and the mean of ratings given one by one and counted by
 * group, plain or weighted, exact to the fourth place.
 */
class LeaderReportsTest {
  private static final int YEAR = 2024;

  /** A bureau's committee over two school branches; m1 leads the committee, m2 the branch of u1, m4 that of u2. */
  private static final String DATASET = """
      schema: dangjian/dataset@1
      region: {code: t, name: 测试县}
      units:
        - {id: u1, name: 第一小学, kind: primary-school}
        - {id: u2, name: 第二小学, kind: primary-school}
      organisations:
        - {id: root, name: 县教育局党委, kind: grassroots-committee, established: 2000-01-01,
           committee: {elected: 2022-01-10, termYears: 5, positions: [{role: secretary, member: m1, from: 2022-01-10}]}}
        - {id: b1, name: 第一小学党支部, kind: branch, parent: root, units: [u1], established: 2005-09-01,
           committee: {elected: 2023-03-01, termYears: 3, positions: [{role: secretary, member: m2, from: 2023-03-01}]}}
        - {id: b2, name: 第二小学党支部, kind: branch, parent: root, units: [u2], established: 2005-09-01,
           committee: {elected: 2023-03-01, termYears: 3, positions: [{role: secretary, member: m4, from: 2023-03-01}]}}
      members:
      %s
      """;
  private static final String MEMBERS = """
        - {id: m%d, name: 党员%d, gender: female, birthDate: 1980-01-01, category: teacher, unit: %s, branch: %s,
           history: [{type: transferred-in, date: 2010-09-01, from: 师范学院党委, letter: {number: L-%d, issued: 2010-08-20, validUntil: 2010-11-20}, status: full, fullSince: 2009-06-01}]}
      """;

  private static Dataset dataset(String records) {
    StringBuilder members = new StringBuilder();
    for (int i = 1; i <= 6; i++) {
      members.append(String.format(java.util.Locale.ROOT, MEMBERS, i, i, i <= 3 ? "u1" : "u2", i <= 3 ? "b1" : "b2", i));
    }
    return DatasetFormat.read(DATASET.formatted(members.toString().stripTrailing()) + records, "leaders.yaml", Syntax.YAML);
  }

  private static ScoringScheme scheme(String ratings) {
    return Fixture.scheme("""
        subject: leader
        blocks: [{id: rating, zh: 述职评议, en: rating}]
        items:
          - {id: ratings, block: rating, zh: 测评, en: ratings, evidence: {reportRatings: %s}}
        grades:
          - {grade: good, zh: 好, en: good, min: 90}
          - {grade: poor, zh: 差, en: poor}
        """.formatted(ratings));
  }

  private static final String VALUES = "values: {good: 100, fairly-good: 85, average: 70, poor: 50}";

  private static ScoreBoard score(Dataset dataset, ScoringScheme scheme) {
    ComplianceReport report = new ComplianceReport("test", ReportingPeriod.year(YEAR), LocalDate.of(YEAR, 12, 31), List.of(), List.of(),
        List.of(), List.of());
    return ScoringEngine.score(dataset, scheme, YEAR, report);
  }

  private static Map<String, BigDecimal> totals(ScoreBoard board) {
    Map<String, BigDecimal> totals = new java.util.TreeMap<>();
    board.cards().forEach(c -> totals.put(c.subject() + " " + c.organisation().value(), c.total()));
    return totals;
  }

  @Nested
  class WhoHasACard {
    @Test
    void everySecretaryAtYearEndFromTheBureauToTheBranchesWithoutAReportScoringNothing() {
      ScoreBoard board = score(dataset(""), scheme("{" + VALUES + "}"));
      assertThat(totals(board)).containsOnlyKeys("m1 root", "m2 b1", "m4 b2").allSatisfy((k, v) -> assertThat(v).isZero());
    }

    @Test
    void aPrincipalWhosePostEndsMidYearHasNoCardAndTheSuccessorOneForHalfTheYear() {
      Dataset dataset = dataset("""
          leadershipPosts:
            - {unit: u1, post: principal, member: m3, from: 2020-09-01, to: 2024-06-30}
            - {unit: u1, post: principal, member: m5, from: 2024-07-01}
          """);
      ScoreBoard board = score(dataset, scheme("{" + VALUES + "}"));
      assertThat(board.card("m3")).isEmpty();
      ScoreCard successor = board.card("m5").orElseThrow();
      assertThat(successor.organisation().value()).as("the school's organisation").isEqualTo("b1");
      assertThat(successor.status()).contains("full");
    }

    @Test
    void aPrincipalOnTheYearsLastDayHasACardAndOneWhoLeftOnItDoesNot() {
      Dataset dataset = dataset("""
          leadershipPosts:
            - {unit: u1, post: principal, member: m3, from: 2020-09-01, to: 2024-12-30}
            - {unit: u2, post: principal, member: m5, from: 2024-12-31}
          """);
      assertThat(totals(score(dataset, scheme("{" + VALUES + "}")))).containsOnlyKeys("m1 root", "m2 b1", "m4 b2", "m5 b2");
    }

    @Test
    void aHeadWhoIsNotAMemberIsScoredAsTheSchoolUnderTheRecordedName() {
      Dataset dataset = dataset("""
          leadershipPosts:
            - {unit: u2, post: principal, name: 周校长, from: 2019-09-01}
          dutyReports:
            - {kind: duty-and-integrity, organisation: b2, unit: u2, heardBy: root, year: 2024, date: 2024-12-27,
               ratings: [{group: non-member-teachers, good: 1, fairlyGood: 1, average: 0, poor: 0}]}
          """);
      ScoreCard card = score(dataset, scheme("{" + VALUES + "}")).card("u2").orElseThrow();
      assertThat(card.name()).isEqualTo("周校长");
      assertThat(card.status()).isEmpty();
      assertThat(card.total()).isEqualByComparingTo("92.50");
    }

    @Test
    void aSecretaryWhoIsAlsoThePrincipalHasOneCardWithBothReports() {
      Dataset dataset = dataset("""
          leadershipPosts:
            - {unit: u2, post: principal, member: m4, from: 2021-09-01}
          dutyReports:
            - {kind: party-work, reporter: m4, organisation: b2, year: 2024, date: 2024-12-18,
               ratings: [{group: members, good: 1, fairlyGood: 0, average: 0, poor: 0}]}
            - {kind: duty-and-integrity, reporter: m4, organisation: b2, unit: u2, heardBy: root, year: 2024, date: 2024-12-27,
               ratings: [{group: members, good: 0, fairlyGood: 0, average: 0, poor: 1}]}
          """);
      ScoreBoard board = score(dataset, scheme("{" + VALUES + "}"));
      assertThat(board.cards()).filteredOn(c -> c.subject().startsWith("m4")).singleElement()
          .satisfies(c -> assertThat(c.total()).isEqualByComparingTo("75"))
          .satisfies(c -> assertThat(c.lines()).singleElement().satisfies(l ->
              assertThat(l.evidence()).isEqualTo("report-ratings:m4@2024 (2)")));
    }

    @Test
    void aLeaderOfTwoOrganisationsHasACardForEachNamedByTheOrganisation() {
      Dataset dataset = dataset("""
          dutyReports:
            - {kind: party-work, reporter: m2, organisation: root, year: 2024, date: 2024-12-18,
               ratings: [{group: members, good: 2, fairlyGood: 0, average: 0, poor: 0}]}
          """);
      // m2 leads b1 and reported to the committee on work it was not secretary of: both count, apart.
      assertThat(totals(score(dataset, scheme("{" + VALUES + "}")))).containsEntry("m2@b1 b1", new BigDecimal("0.00"))
          .containsEntry("m2@root root", new BigDecimal("100.00"));
    }

    @Test
    void aReportOnAnotherYearDoesNotCount() {
      Dataset dataset = dataset("""
          dutyReports:
            - {kind: party-work, reporter: m2, organisation: b1, year: 2023, date: 2024-01-10,
               ratings: [{group: members, good: 2, fairlyGood: 0, average: 0, poor: 0}]}
          """);
      assertThat(score(dataset, scheme("{" + VALUES + "}")).card("m2").orElseThrow().total()).isZero();
    }
  }

  @Nested
  class TheMean {
    private static final String RATED = """
        reportRatings:
          - {rater: m1, secretary: m2, organisation: b1, year: 2024, grade: fairly-good}
          - {rater: m3, secretary: m2, organisation: b1, year: 2024, grade: average}
        dutyReports:
          - {kind: party-work, reporter: m2, organisation: b1, year: 2024, date: 2024-12-18,
             ratings: [{group: non-member-teachers, good: 1, fairlyGood: 0, average: 0, poor: 2}]}
        """;

    private BigDecimal m2(String ratings) {
      return score(dataset(RATED), scheme(ratings)).card("m2").orElseThrow().total();
    }

    @Test
    void withoutWeightsEveryRaterCountsAlikeRatingsOneByOneAmongTheMembers() {
      // members 85 + 70 one by one, teachers 100 + 50 + 50 counted: 355 / 5 = 71.
      assertThat(m2("{" + VALUES + "}")).isEqualByComparingTo("71");
    }

    @Test
    void onlyTheGroupsNamedCount() {
      assertThat(m2("{" + VALUES + ", groups: [members]}")).isEqualByComparingTo("77.50");
      assertThat(m2("{" + VALUES + ", groups: [non-member-teachers]}")).isEqualByComparingTo("66.67");
    }

    @Test
    void withWeightsEachGroupsMeanIsWeightedExactly() {
      // members' mean 77.5, teachers' mean 200/3: 0.7 × 77.5 + 0.3 × 200/3 = 54.25 + 20 = 74.25 exactly.
      assertThat(m2("{" + VALUES + ", weights: {members: 0.7, non-member-teachers: 0.3}}")).isEqualByComparingTo("74.25");
      // Weights need not add up to 1: 2 : 1 gives (2 × 77.5 + 200/3) / 3 = 73.888…
      assertThat(m2("{" + VALUES + ", weights: {members: 2, non-member-teachers: 1}}")).isEqualByComparingTo("73.89");
    }

    @Test
    void aWeightedGroupThatDidNotRateIsLeftOutOfTheWeights() {
      Dataset dataset = dataset("""
          dutyReports:
            - {kind: party-work, reporter: m2, organisation: b1, year: 2024, date: 2024-12-18,
               ratings: [{group: members, good: 1, fairlyGood: 1, average: 0, poor: 0}]}
          """);
      assertThat(score(dataset, scheme("{" + VALUES + ", weights: {members: 0.7, non-member-teachers: 0.3}}")).card("m2").orElseThrow()
          .total()).isEqualByComparingTo("92.50");
    }

    @Test
    void aGroupWithoutAWeightDoesNotCountAndAllZeroWeightsScoreNothing() {
      assertThat(m2("{" + VALUES + ", weights: {members: 1}}")).isEqualByComparingTo("77.50");
      assertThat(m2("{" + VALUES + ", weights: {members: 0, non-member-teachers: 0}}")).isZero();
    }

    @Test
    void theLineNamesEachGroupsRaters() {
      ScoreCard card = score(dataset(RATED), scheme("{" + VALUES + "}")).card("m2").orElseThrow();
      assertThat(card.lines()).singleElement().satisfies(l ->
          assertThat(l.evidence()).isEqualTo("report-ratings:m2@2024 (members 2, non-member-teachers 3)"));
    }

    @Test
    void aMembersCountOnTheReportStandsForThePollAndTheRatingsOneByOneAreNotCountedAgain() {
      Dataset dataset = dataset(RATED.replace("ratings: [{group: non-member-teachers", "ratings: [{group: members, good: 2, fairlyGood: 0,"
          + " average: 0, poor: 0}, {group: non-member-teachers"));
      // members 100 + 100 counted, not 85 + 70 one by one; teachers 100 + 50 + 50: 400 / 5 = 80.
      assertThat(score(dataset, scheme("{" + VALUES + "}")).card("m2").orElseThrow().total()).isEqualByComparingTo("80");
    }

    @Test
    void exactlyTheLowerBoundOfABandIsInIt() {
      Dataset dataset = dataset("""
          dutyReports:
            - {kind: party-work, reporter: m2, organisation: b1, year: 2024, date: 2024-12-18,
               ratings: [{group: members, good: 2, fairlyGood: 0, average: 1, poor: 0}]}
          """);
      ScoreCard card = score(dataset, scheme("{values: {good: 100, fairly-good: 85, average: 70, poor: 50}}")).card("m2").orElseThrow();
      // (100 + 100 + 70) / 3 = 90 exactly: 好, whose minimum is 90 (以上).
      assertThat(card.total()).isEqualByComparingTo("90");
      assertThat(card.grade()).contains("good");
    }
  }

  @Nested
  class TheSecretarySubject {
    @Test
    void scoresBranchSecretariesOnlyOnTheirReportsOnPartyWork() {
      Dataset dataset = dataset("""
          leadershipPosts:
            - {unit: u2, post: principal, member: m4, from: 2021-09-01}
          dutyReports:
            - {kind: party-work, reporter: m4, organisation: b2, year: 2024, date: 2024-12-18,
               ratings: [{group: members, good: 1, fairlyGood: 1, average: 0, poor: 0}]}
            - {kind: duty-and-integrity, reporter: m4, organisation: b2, unit: u2, heardBy: root, year: 2024, date: 2024-12-27,
               ratings: [{group: members, good: 0, fairlyGood: 0, average: 0, poor: 1}]}
          """);
      ScoringScheme secretaries = Fixture.scheme("""
          subject: secretary
          blocks: [{id: rating, zh: 述职评议, en: rating}]
          items:
            - {id: ratings, block: rating, zh: 测评, en: ratings, evidence: {reportRatings: {%s}}}
          grades: [{grade: ok, zh: 合格, en: ok}]
          """.formatted(VALUES));
      // Not the bureau's secretary, and not the principal's report: (100 + 85) / 2.
      assertThat(totals(score(dataset, secretaries))).containsOnlyKeys("m2 b1", "m4 b2").containsEntry("m4 b2", new BigDecimal("92.50"));
    }
  }

  @Nested
  class Refused {
    @Test
    void aNegativeWeightIsRefusedAtItsPath() {
      assertThatThrownBy(() -> scheme("{" + VALUES + ", weights: {members: -1}}")).isInstanceOf(ValidationException.class)
          .hasMessageContaining("weights");
    }

    @Test
    void anUnknownGroupIsRefused() {
      assertThatThrownBy(() -> scheme("{" + VALUES + ", groups: [parents]}")).isInstanceOf(ValidationException.class)
          .hasMessageContaining("parents");
    }

    @Test
    void memberEvidenceDoesNotApplyToLeaders() {
      assertThatThrownBy(() -> Fixture.scheme("""
          subject: leader
          blocks: [{id: all, zh: 总分, en: total}]
          items:
            - {id: dues, block: all, zh: 党费, en: dues, evidence: {duesPaid: {}}, points: 1}
          grades: [{grade: ok, zh: 合格, en: ok}]
          """)).isInstanceOf(ValidationException.class).hasMessageContaining("does not apply to leader subjects");
    }

    @Test
    void theEvidenceRefusesANegativeWeightBuiltInCode() {
      assertThatThrownBy(() -> new Evidence.ReportRatings(Map.of(), List.of(), Map.of(RaterGroup.MEMBERS, new BigDecimal("-0.1"))))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("negative");
    }
  }
}
