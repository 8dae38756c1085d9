package org.dangjian.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangjian.scoring.Fixture.day;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dangjian.core.member.MemberId;
import org.junit.jupiter.api.Test;

/** Quotas on grades (ties exactly at the boundary, rounding, cascades), ranking tie-breaks and the bottom-ranked. */
class QuotaAndRankingTest {

  /** Two blocks of 40 (a, b); ledger category {@code a} and {@code b} add to them; grades at 95 / 85 / 60. */
  static ScoringScheme scheme(String extra) {
    return Fixture.scheme("""
        subject: member
        blocks:
          - {id: a, zh: 甲, en: a, base: 40}
          - {id: b, zh: 乙, en: b, base: 40}
        items:
          - {id: a, block: a, zh: 甲项, en: a, evidence: {ledger: {categories: [a]}}}
          - {id: b, block: b, zh: 乙项, en: b, evidence: {ledger: {categories: [b]}}}
        grades:
          - {grade: excellent, zh: 优秀, en: excellent, min: 95}
          - {grade: qualified, zh: 合格, en: qualified, min: 85}
          - {grade: basic, zh: 基本合格, en: basically qualified, min: 60}
          - {grade: unqualified, zh: 不合格, en: unqualified}
        eligibility: {scored: [full, probationary], graded: [full], ranked: [full]}
        ranking: {tieBreaks: [b]}
        """ + extra);
  }

  /** Adds full members with the given totals (all points in block a); returns them in order. */
  static List<MemberId> members(Fixture f, String... totals) {
    List<MemberId> ids = new ArrayList<>();
    for (String total : totals) {
      MemberId m = f.full("b1");
      f.ledger(m, day(6, 1), "a", new java.math.BigDecimal(total).subtract(java.math.BigDecimal.valueOf(80)).toPlainString());
      ids.add(m);
    }
    return ids;
  }

  static Optional<String> grade(ScoreBoard board, MemberId m) {
    return board.card(m.value()).orElseThrow().grade();
  }

  static long count(ScoreBoard board, String grade) {
    return board.cards().stream().filter(c -> c.grade().equals(Optional.of(grade))).count();
  }

  @Test
  void membersTiedAcrossTheBoundaryAreAllDemotedSoTheQuotaHolds() {
    Fixture f = new Fixture();
    // 10 graded, 30% rounded down: 3 places; four reach 优秀 and the 3rd and 4th are tied
    List<MemberId> m = members(f, "99", "98", "97", "97", "90", "90", "88", "86", "70", "50");

    ScoreBoard board = f.score(scheme("quotas: [{grade: excellent, maxShare: 0.30, rounding: down, ties: demote-tied}]\n"));

    assertThat(grade(board, m.get(0))).contains("excellent");
    assertThat(grade(board, m.get(1))).contains("excellent");
    assertThat(grade(board, m.get(2))).contains("qualified");
    assertThat(grade(board, m.get(3))).contains("qualified");
    assertThat(count(board, "excellent")).isEqualTo(2);
    ScoreCard tied = board.card(m.get(2).value()).orElseThrow();
    assertThat(tied.flags()).contains(ScoreCard.Flag.DEMOTED_BY_QUOTA);
    assertThat(tied.reasons()).extracting(org.dangjian.core.Labels::en).contains("优秀 is limited to 30% of 10 graded (3 places); tied at the boundary");
    assertThat(tied.reasons()).extracting(org.dangjian.core.Labels::zh).contains("优秀名额限30%（10人参评，3个名额）；在名额边界并列");
    assertThat(board.card(m.get(3).value()).orElseThrow().reasons()).extracting(org.dangjian.core.Labels::en)
        .contains("优秀 is limited to 30% of 10 graded (3 places); placed 4 of 4");
  }

  @Test
  void withTieBreakTheRankingDecidesWhoOfTheTiedStays() {
    Fixture f = new Fixture();
    List<MemberId> m = members(f, "99", "98", "90", "90", "88", "86", "70", "50", "60", "61");
    // two at 97 in total; the one with more in block b (the tie-break) stays
    MemberId moreInA = f.full("b1");
    f.ledger(moreInA, day(6, 1), "a", "10").ledger(moreInA, day(6, 1), "b", "7");
    MemberId moreInB = f.full("b1");
    f.ledger(moreInB, day(6, 1), "a", "7").ledger(moreInB, day(6, 1), "b", "10");

    ScoreBoard board = f.score(scheme("quotas: [{grade: excellent, maxShare: 0.25, rounding: down, ties: tie-break}]\n"));

    // 12 graded × 0.25 = 3 places
    assertThat(grade(board, m.get(0))).contains("excellent");
    assertThat(grade(board, m.get(1))).contains("excellent");
    assertThat(grade(board, moreInB)).contains("excellent");
    assertThat(grade(board, moreInA)).contains("qualified");
    assertThat(count(board, "excellent")).isEqualTo(3);
  }

  @Test
  void holdersExactlyFillingTheQuotaAreNotDemoted() {
    Fixture f = new Fixture();
    List<MemberId> m = members(f, "95", "95", "95", "90", "90", "90", "90", "90", "90", "90");

    ScoreBoard board = f.score(scheme("quotas: [{grade: excellent, maxShare: 0.30}]\n"));

    assertThat(m.subList(0, 3)).allSatisfy(id -> assertThat(grade(board, id)).contains("excellent"));
    assertThat(board.cards()).allSatisfy(c -> assertThat(c.flags()).doesNotContain(ScoreCard.Flag.DEMOTED_BY_QUOTA));
  }

  @Test
  void aQuotaThatRoundsToNoPlaceAtAllDemotesEveryone() {
    Fixture f = new Fixture();
    members(f, "99", "80", "80");

    ScoreBoard board = f.score(scheme("quotas: [{grade: excellent, maxShare: 0.30, rounding: down}]\n"));

    assertThat(count(board, "excellent")).isZero();
  }

  @Test
  void theRoundingStatedInTheSchemeDecidesTheNumberOfPlaces() {
    // 5 graded × 0.30 = 1.5: down gives 1 place, half-up 2
    Fixture down = new Fixture();
    members(down, "99", "98", "97", "80", "80");
    Fixture halfUp = new Fixture();
    members(halfUp, "99", "98", "97", "80", "80");

    assertThat(count(down.score(scheme("quotas: [{grade: excellent, maxShare: 0.30, rounding: down}]\n")), "excellent")).isEqualTo(1);
    assertThat(count(halfUp.score(scheme("quotas: [{grade: excellent, maxShare: 0.30, rounding: half-up}]\n")), "excellent"))
        .isEqualTo(2);
  }

  @Test
  void onlyGradedMembersCountTowardsAQuota() {
    Fixture f = new Fixture();
    members(f, "99", "98", "97", "80", "80");
    for (int i = 0; i < 5; i++) {
      f.probationary("b2");
    }

    ScoreBoard board = f.score(scheme("quotas: [{grade: excellent, maxShare: 0.40, rounding: down}]\n"));

    // 5 graded (not 10 scored) × 0.40 = 2
    assertThat(count(board, "excellent")).isEqualTo(2);
  }

  @Test
  void demotionCascadesIntoTheNextGradesQuota() {
    Fixture f = new Fixture();
    List<MemberId> m = members(f, "99", "98", "88", "87", "70", "70", "70", "70", "70", "70");

    ScoreBoard board = f.score(scheme("""
        quotas:
          - {grade: excellent, maxShare: 0.10}
          - {grade: qualified, maxShare: 0.20}
        """));

    assertThat(grade(board, m.get(0))).contains("excellent");
    assertThat(grade(board, m.get(1))).contains("qualified");
    assertThat(grade(board, m.get(2))).contains("qualified");
    assertThat(grade(board, m.get(3))).contains("basic");
    assertThat(count(board, "excellent")).isEqualTo(1);
    assertThat(count(board, "qualified")).isEqualTo(2);
  }

  @Test
  void ranksBreakTiesByTheSchemesBlocksThenBySubjectId() {
    Fixture f = new Fixture();
    MemberId first = f.full("b1");
    MemberId second = f.full("b1");
    MemberId third = f.full("b1");
    f.ledger(first, day(6, 1), "a", "5");
    f.ledger(second, day(6, 1), "b", "5");
    f.ledger(third, day(6, 1), "b", "5");

    ScoreBoard board = f.score(scheme(""));

    // second and third: equal totals and equal b; the id decides
    assertThat(board.cards()).extracting(ScoreCard::subject).containsExactly(second.value(), third.value(), first.value());
    assertThat(board.cards()).extracting(c -> c.rank().orElseThrow()).containsExactly(1, 2, 3);
  }

  @Test
  void theBottomCountNamesTheLastRankedOnly() {
    Fixture f = new Fixture();
    List<MemberId> m = members(f, "90", "80", "70");
    f.probationary("b1");

    ScoreBoard board = f.score(scheme("bottom: {count: 1}\n"));

    assertThat(board.bottomRanked()).extracting(ScoreCard::subject).containsExactly(m.get(2).value());
    assertThat(board.bottomRanked().get(0).reasons()).extracting(org.dangjian.core.Labels::en).contains("bottom-ranked (末位): 3 of 3");
    assertThat(board.bottomRanked().get(0).reasons()).extracting(org.dangjian.core.Labels::zh).contains("末位：第3名，共3名");
  }

  @Test
  void aBottomShareIsRoundedAsStated() {
    Fixture ten = new Fixture();
    members(ten, "91", "92", "93", "94", "95", "96", "97", "98", "99", "90");
    Fixture eleven = new Fixture();
    members(eleven, "91", "92", "93", "94", "95", "96", "97", "98", "99", "90", "89");

    // 10 × 0.10 = 1 exactly; 11 × 0.10 = 1.1, rounded up to 2
    assertThat(ten.score(scheme("bottom: {share: 0.10}\n")).bottomRanked()).hasSize(1);
    assertThat(eleven.score(scheme("bottom: {share: 0.10}\n")).bottomRanked()).extracting(ScoreCard::total)
        .extracting(java.math.BigDecimal::toPlainString).containsExactly("90.00", "89.00");
  }

  @Test
  void anEmptyBoardHasNoRanksNoQuotasAndNoBottom() {
    Fixture f = new Fixture();

    ScoreBoard board = f.score(scheme("quotas: [{grade: excellent, maxShare: 0.30}]\nbottom: {share: 0.10}\n"));

    assertThat(board.cards()).isEmpty();
    assertThat(board.bottomRanked()).isEmpty();
  }
}
