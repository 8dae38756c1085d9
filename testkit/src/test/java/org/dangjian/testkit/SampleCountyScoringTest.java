package org.dangjian.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.time.ReportingPeriod;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.ComplianceReport;
import org.dangjian.rules.RuleSetRegistry;
import org.dangjian.scoring.SchemeRegistry;
import org.dangjian.scoring.ScoreBoard;
import org.dangjian.scoring.ScoreBoardFormat;
import org.dangjian.scoring.ScoreCard;
import org.dangjian.scoring.ScoringEngine;
import org.dangjian.scoring.ScoringScheme;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every built-in scheme on the sample county's 2024: deterministic to the byte, quotas held, every point explained. */
class SampleCountyScoringTest {
  private static final LocalDate END = LocalDate.of(2024, 12, 31);
  private static Dataset dataset;
  private static ComplianceReport report;

  @BeforeAll
  static void evaluate() {
    dataset = SampleCounty.dataset();
    report = ComplianceEngine.evaluate(dataset, RuleSetRegistry.standard().resolve("cn-national", END), ReportingPeriod.year(2024), END);
  }

  private static ScoringScheme scheme(String id) {
    return SchemeRegistry.standard().resolve(id, END);
  }

  @Test
  void scoringTheSampleTwiceGivesByteIdenticalJson() {
    for (String id : SchemeRegistry.standard().ids()) {
      ScoringScheme scheme = scheme(id);
      String first = ScoreBoardFormat.write(ScoringEngine.score(dataset, scheme, 2024, report), scheme);
      Dataset reread = SampleCounty.dataset();
      ComplianceReport again = ComplianceEngine.evaluate(reread, RuleSetRegistry.standard().resolve("cn-national", END),
          ReportingPeriod.year(2024), END);
      String second = ScoreBoardFormat.write(ScoringEngine.score(reread, scheme(id), 2024, again), scheme(id));
      assertThat(second).as(id).isEqualTo(first);
      assertThat(first).as(id).contains("\"schema\": \"dangjian/score-board@1\"", "\"scheme\": \"" + id + "@");
    }
  }

  @Test
  void memberPointsScoreEveryMemberAndExplainEveryPoint() {
    ScoreBoard board = ScoringEngine.score(dataset, scheme("member-points"), 2024, report);
    long scorable = dataset.members().stream().filter(m -> m.factsOn(END).status().isMember()
        || m.factsOn(END).status().code().equals("activist") || m.factsOn(END).status().code().equals("candidate")).count();
    assertThat(board.cards()).hasSize((int) scorable);
    for (ScoreCard card : board.cards()) {
      BigDecimal lines = card.lines().stream().map(l -> l.points()).reduce(BigDecimal.ZERO, BigDecimal::add);
      BigDecimal blocks = card.blocks().stream().map(b -> b.lines()).reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(lines).as(card.subject()).isEqualByComparingTo(blocks);
      assertThat(card.lines()).as(card.subject()).allSatisfy(l -> assertThat(l.evidence()).matches("[a-z-]+:.+"));
      assertThat(card.grade().isPresent()).as(card.subject()).isEqualTo(card.status().equals(Optional.of("full")));
    }
  }

  @Test
  void theAppraisalKeepsExcellentWithinThirtyPerCent() {
    ScoreBoard board = ScoringEngine.score(dataset, scheme("year-end-appraisal"), 2024, report);
    long graded = board.cards().stream().filter(c -> c.grade().isPresent()).count();
    long excellent = board.cards().stream().filter(c -> c.grade().equals(Optional.of("excellent"))).count();
    assertThat(graded).isGreaterThan(400);
    assertThat(excellent).isPositive().isLessThanOrEqualTo(graded * 30 / 100);
  }

  @Test
  void theOrganisationRankingNamesExactlyOneBottomRankedSchool() {
    ScoreBoard board = ScoringEngine.score(dataset, scheme("organisation-ranking"), 2024, report);
    assertThat(board.bottomRanked()).singleElement().satisfies(c -> assertThat(c.rank()).contains(board.cards().size()));
  }
}
