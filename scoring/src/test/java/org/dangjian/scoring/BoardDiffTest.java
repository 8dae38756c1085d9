package org.dangjian.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangjian.scoring.Fixture.day;

import org.dangjian.core.member.MemberId;
import org.junit.jupiter.api.Test;

class BoardDiffTest {
  private static final String BODY = """
      subject: member
      blocks: [{id: all, zh: 总分, en: total, base: 80}]
      items:
        - {id: service, block: all, zh: 服务, en: service, evidence: {ledger: {categories: [volunteer-service]}}, points: %s}
      grades:
        - {grade: good, zh: 好, en: good, min: 85}
        - {grade: fair, zh: 中, en: fair}
      eligibility: {scored: [full, probationary], graded: [full], ranked: [full]}
      """;

  @Test
  void onlyCardsWhoseTotalGradeRankOrFlagsMoveAreListed() {
    Fixture f = new Fixture();
    MemberId serves = f.full("b1");
    f.full("b1");
    f.probationary("b1");
    f.ledger(serves, day(3, 1), "volunteer-service", "0");

    ScoreBoard one = f.score(Fixture.scheme(BODY.formatted(2)));
    ScoreBoard five = f.score(Fixture.scheme(BODY.formatted(5)));

    // the idle member and the probationary one score the same under both
    BoardDiff diff = BoardDiff.between(one, five);
    assertThat(diff.changes()).singleElement().satisfies(c -> {
      assertThat(c.subject()).isEqualTo(serves.value());
      assertThat(c.from().orElseThrow().grade()).contains("fair");
      assertThat(c.to().orElseThrow().grade()).contains("good");
    });
    assertThat(BoardDiff.between(one, one).changes()).isEmpty();
  }
}
