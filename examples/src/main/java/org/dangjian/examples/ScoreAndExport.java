package org.dangjian.examples;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.dangjian.core.DangjianException;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.time.ReportingPeriod;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.ComplianceReport;
import org.dangjian.rules.RuleSetRegistry;
import org.dangjian.scoring.ScoreBoard;
import org.dangjian.scoring.ScoreBoardFormat;
import org.dangjian.scoring.ScoreCard;
import org.dangjian.scoring.SchemeRegistry;
import org.dangjian.scoring.ScoringEngine;
import org.dangjian.scoring.ScoringScheme;
import org.dangjian.testkit.SampleCounty;

/**
 * Scores the sample county's members for 2024 with the member-points scheme (党员积分) — the year's
 * findings feed the deductions — prints the top of the board and one card's line items, and exports the
 * board as the JSON a vendor's UI consumes ({@code dangjian/score-board@1}).
 */
public final class ScoreAndExport {
  private ScoreAndExport() {}

  /** Prints to standard output. */
  public static void main(String[] args) {
    run(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
  }

  /** @param out where the example writes what it shows */
  public static void run(PrintWriter out) {
    Dataset county = SampleCounty.dataset();
    LocalDate yearEnd = LocalDate.of(2024, 12, 31);
    ComplianceReport findings = ComplianceEngine.evaluate(county, RuleSetRegistry.standard().resolve("cn-national", yearEnd),
        ReportingPeriod.year(2024), yearEnd);
    ScoringScheme scheme = SchemeRegistry.standard().resolve("member-points", yearEnd);
    ScoreBoard board = ScoringEngine.score(county, scheme, 2024, findings);
    out.println(scheme + ": " + board.cards().size() + " cards");
    board.cards().stream().limit(3).forEach(c -> out.println("  #" + c.rank().orElseThrow() + " " + c.subject() + " " + c.name() + " "
        + c.total().toPlainString() + " " + c.grade().orElse("-")));

    ScoreCard drifted = board.card("m0513").orElseThrow();
    out.println(drifted.subject() + " " + drifted.name() + ": " + drifted.total().toPlainString() + " " + drifted.grade().orElse("-")
        + ", " + drifted.lines().size() + " line items");
    drifted.lines().stream().filter(l -> l.points().signum() < 0)
        .forEach(l -> out.println("  " + l.item() + " " + l.points().toPlainString() + " " + l.evidence()));

    String json = ScoreBoardFormat.write(board, scheme);
    try {
      // Totals are exact decimals to the cent: read them as BigDecimal (never double), keeping their scale.
      ObjectMapper mapper = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
      JsonNode root = mapper.readTree(json);
      JsonNode first = root.path("cards").path(0);
      out.println("JSON: schema " + root.path("schema").asText() + ", " + root.path("cards").size() + " cards; first: "
          + first.path("subject").asText() + " total " + first.path("total").asText() + " grade " + first.path("grade").asText());
    } catch (java.io.IOException e) {
      throw new DangjianException("the board's JSON did not read back: " + e.getMessage(), e);
    }
  }
}
