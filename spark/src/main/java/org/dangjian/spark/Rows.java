package org.dangjian.spark;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.dangjian.core.Labels;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.rules.ComplianceReportFormat;
import org.dangjian.rules.Finding;
import org.dangjian.rules.OrganisationSummary;
import org.dangjian.scoring.BlockScore;
import org.dangjian.scoring.ScoreBoardFormat;
import org.dangjian.scoring.ScoreCard;

/**
 * The columns of the job's results, and the library's values as rows of them: one mapping, used by the
 * job and by anyone comparing its rows with a board or report made on one machine.
 */
public final class Rows {
  private Rows() {}

  /** A part held as a table: one row per line of its JSON Lines file, numbered from 1, the header first. */
  public static final StructType PART_LINES = new StructType()
      .add("part", DataTypes.StringType, false)
      .add("number", DataTypes.LongType, false)
      .add("line", DataTypes.StringType, false);

  /** A finding's columns: its id, rule, severity, organisation, subject, message code, and the whole finding as JSON. */
  public static final StructType FINDINGS = new StructType()
      .add("id", DataTypes.StringType, false)
      .add("rule", DataTypes.StringType, false)
      .add("severity", DataTypes.StringType, false)
      .add("organisation", DataTypes.StringType, false)
      .add("subject", DataTypes.StringType, false)
      .add("message", DataTypes.StringType, false)
      .add("json", DataTypes.StringType, false);

  /** An organisation's summary: its own counts and those over everything beneath it, across every part. */
  public static final StructType SUMMARIES = new StructType()
      .add("organisation", DataTypes.StringType, false)
      .add("required", DataTypes.IntegerType, false)
      .add("held", DataTypes.IntegerType, false)
      .add("findings", DataTypes.IntegerType, false)
      .add("subtreeRequired", DataTypes.IntegerType, false)
      .add("subtreeHeld", DataTypes.IntegerType, false)
      .add("subtreeFindings", DataTypes.IntegerType, false);

  /** A card's columns: the scheme, the subject, its total, grade and rank, and the whole card as JSON. */
  public static final StructType CARDS = new StructType()
      .add("scheme", DataTypes.StringType, false)
      .add("subject", DataTypes.StringType, false)
      .add("organisation", DataTypes.StringType, false)
      .add("total", DataTypes.createDecimalType(12, 2), false)
      .add("grade", DataTypes.StringType, true)
      .add("rank", DataTypes.IntegerType, true)
      .add("json", DataTypes.StringType, false);

  /** A part's rows of the statistics tables, before the counts. */
  static final StructType STATISTIC_ROWS = new StructType()
      .add("scope", DataTypes.StringType, false)
      .add("table", DataTypes.StringType, false)
      .add("tableIndex", DataTypes.IntegerType, false)
      .add("row", DataTypes.StringType, false)
      .add("rowIndex", DataTypes.IntegerType, false)
      .add("zh", DataTypes.StringType, false)
      .add("en", DataTypes.StringType, false);

  /**
   * A row of a statistics table, with its count: the scope (empty for the whole region, else the organisation whose
   * subtree is counted), the table and its place, the row and its place, its labels.
   */
  public static final StructType STATISTICS = STATISTIC_ROWS.add("count", DataTypes.IntegerType, false);

  /** A record a part counts in a row of a statistics table. */
  static final StructType COUNTED = new StructType()
      .add("scope", DataTypes.StringType, false)
      .add("table", DataTypes.StringType, false)
      .add("rowIndex", DataTypes.IntegerType, false)
      .add("id", DataTypes.StringType, false);

  /**
   * @param report a statistics report
   * @return its rows of {@link #STATISTICS}, in its order, of its scope (empty for none)
   */
  public static List<Row> statistics(org.dangjian.core.statistics.StatisticsReport report) {
    String scope = report.scope().orElse("");
    List<Row> rows = new ArrayList<>();
    for (int t = 0; t < report.tables().size(); t++) {
      org.dangjian.core.statistics.StatisticsReport.Table table = report.tables().get(t);
      for (int r = 0; r < table.rows().size(); r++) {
        org.dangjian.core.statistics.StatisticsReport.Row row = table.rows().get(r);
        rows.add(RowFactory.create(scope, table.id(), t, row.key(), r, row.labels().zh(), row.labels().en(), row.count()));
      }
    }
    return rows;
  }

  /**
   * @param finding a finding
   * @return its row of {@link #FINDINGS}
   */
  public static Row finding(Finding finding) {
    return RowFactory.create(findingValues(finding));
  }

  static Object[] findingValues(Finding finding) {
    return new Object[] {finding.id(), finding.ruleId(), finding.severity().name().toLowerCase(Locale.ROOT),
        finding.organisation().value(), finding.subject().toString(), finding.messageCode(),
        ComplianceReportFormat.finding(finding).toString()};
  }

  /**
   * @param summary a summary
   * @return its row of {@link #SUMMARIES}
   */
  public static Row summary(OrganisationSummary summary) {
    return RowFactory.create(summary.organisation().value(), summary.required(), summary.held(), summary.findings(),
        summary.subtreeRequired(), summary.subtreeHeld(), summary.subtreeFindings());
  }

  /**
   * @param scheme the scheme, as {@code id@version}
   * @param card a placed card
   * @return its row of {@link #CARDS}
   */
  public static Row card(String scheme, ScoreCard card) {
    return RowFactory.create(scheme, card.subject(), card.organisation().value(), card.total(), card.grade().orElse(null),
        card.rank().orElse(null), ScoreBoardFormat.cardJson(card));
  }

  /** A card as the driver placed it, without its lines: what its row needs beside them. */
  record Placed(String subject, String organisation, String total, String grade, Integer rank, String json) implements Serializable {
    static Placed of(ScoreCard card) {
      return new Placed(card.subject(), card.organisation().value(), card.total().toPlainString(), card.grade().orElse(null),
          card.rank().orElse(null), ScoreBoardFormat.cardJson(card));
    }

    /**
     * @param scheme the scheme
     * @param lines the end of the card's JSON from its lines on ({@link Skeleton#linesOf})
     * @return the card's row: its JSON the placed card's with the lines put back — the lines come last in a card
     */
    Row row(String scheme, String lines) {
      return RowFactory.create(scheme, subject, organisation, new BigDecimal(total), grade, rank,
          json.substring(0, json.length() - 1) + lines);
    }
  }

  /**
   * What placing a card reads and changes — everything but its lines, which stay on the executor that
   * made them: a small, serializable value the driver places the region's cards with.
   */
  record Skeleton(String scheme, String subject, String name, String organisation, String status, String total, boolean graded,
      boolean ranked, String grade, List<String[]> blocks, List<String> flags, List<String[]> reasons) implements Serializable {

    static Skeleton of(String scheme, ScoreCard card) {
      List<String[]> blocks = new ArrayList<>();
      card.blocks().forEach(b -> blocks.add(new String[] {b.block(), b.base().toPlainString(), b.lines().toPlainString(),
          b.score().toPlainString()}));
      List<String[]> reasons = new ArrayList<>();
      card.reasons().forEach(r -> reasons.add(new String[] {r.zh(), r.en()}));
      return new Skeleton(scheme, card.subject(), card.name(), card.organisation().value(), card.status().orElse(null),
          card.total().toPlainString(), card.graded(), card.ranked(), card.grade().orElse(null), blocks,
          card.flags().stream().map(Enum::name).toList(), reasons);
    }

    /**
     * @param card the card this skeleton is of
     * @return the end of its JSON from its lines on ({@code ,"lines":[…]}} or {@code }}): the lines come last, after
     *     everything the skeleton holds
     * @throws IllegalStateException if the card's JSON does not begin with its skeleton's
     */
    String linesOf(ScoreCard card) {
      String whole = ScoreBoardFormat.cardJson(card);
      String head = ScoreBoardFormat.cardJson(card());
      if (!whole.startsWith(head.substring(0, head.length() - 1))) {
        throw new IllegalStateException("the card of '" + card.subject() + "' does not end with its lines");
      }
      return whole.substring(head.length() - 1);
    }

    /** @return the card without its lines, to be placed */
    ScoreCard card() {
      ScoreCard.Builder card = ScoreCard.builder(subject, name, OrganisationId.of(organisation), new BigDecimal(total))
          .graded(graded).ranked(ranked);
      card.blocks(blocks.stream().map(b -> new BlockScore(b[0], new BigDecimal(b[1]), new BigDecimal(b[2]), new BigDecimal(b[3]))).toList());
      Set<ScoreCard.Flag> set = EnumSet.noneOf(ScoreCard.Flag.class);
      flags.forEach(f -> set.add(ScoreCard.Flag.valueOf(f)));
      card.flags(set);
      card.reasons(reasons.stream().map(r -> new Labels(r[0], r[1])).toList());
      if (status != null) {
        card.status(status);
      }
      if (grade != null) {
        card.grade(grade);
      }
      return card.build();
    }
  }
}
