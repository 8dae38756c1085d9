package org.dangjian.scoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.core.DangjianException;
import org.dangjian.core.json.DangjianJson;
import org.dangjian.core.json.Syntax;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link ScoreBoard} as the JSON a UI consumes, schema {@value #SCHEMA}: the scheme's blocks,
 * items and grades with their Chinese and English names, then every card with its blocks, lines,
 * grade, rank, flags and reasons. The same board always gives the same bytes.
 */
public final class ScoreBoardFormat {

  /** The schema tag of the document. */
  public static final String SCHEMA = "dangjian/score-board@1";

  /** The class-path resource holding the JSON Schema (draft 2020-12) of the document. */
  public static final String SCHEMA_RESOURCE = "/org/dangjian/scoring/score-board-1.schema.json";

  private ScoreBoardFormat() {}

  @JsonPropertyOrder({"schema", "scheme", "year", "blocks", "items", "grades", "cards"})
  record BoardDoc(String schema, String scheme, int year, Map<String, Map<String, String>> blocks,
      Map<String, Map<String, String>> items, Map<String, Map<String, String>> grades, List<CardDoc> cards) {}

  @JsonPropertyOrder({"subject", "name", "organisation", "status", "graded", "ranked", "total", "grade", "rank", "flags",
      "reasons", "blocks", "lines"})
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  record CardDoc(String subject, String name, String organisation, @Nullable String status, boolean graded, boolean ranked,
      BigDecimal total, @Nullable String grade, @Nullable Integer rank, List<String> flags, List<Map<String, String>> reasons,
      List<BlockDoc> blocks, List<LineDoc> lines) {}

  @JsonPropertyOrder({"block", "base", "lines", "score"})
  record BlockDoc(String block, BigDecimal base, BigDecimal lines, BigDecimal score) {}

  /**
   * @return an amount as every amount of the document is written: with two decimals ({@code 1.00}, {@code 0.50}); one
   *     whose exact value needs more keeps them, never rounded
   */
  static BigDecimal amount(BigDecimal value) {
    BigDecimal exact = value.stripTrailingZeros();
    return exact.scale() <= 2 ? exact.setScale(2) : exact;
  }

  @JsonPropertyOrder({"item", "block", "date", "worth", "points", "evidence", "note"})
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record LineDoc(String item, String block, @Nullable String date, BigDecimal worth, BigDecimal points, String evidence,
      @Nullable Map<String, String> note) {}

  /** @return labels as the document writes them, {@code {"en": …, "zh": …}} */
  private static Map<String, String> both(org.dangjian.core.Labels labels) {
    return labels.asMap();
  }

  private static CardDoc cardDoc(ScoreCard c) {
    return new CardDoc(c.subject(), c.name(), c.organisation().value(),
        c.status().orElse(null), c.graded(), c.ranked(), amount(c.total()), c.grade().orElse(null), c.rank().orElse(null),
        c.flags().stream().map(ScoreCard.Flag::code).toList(), c.reasons().stream().map(ScoreBoardFormat::both).toList(),
        c.blocks().stream().map(b -> new BlockDoc(b.block(), amount(b.base()), amount(b.lines()), amount(b.score()))).toList(),
        c.lines().stream().map(l -> new LineDoc(l.item(), l.block(), l.date().map(Object::toString).orElse(null),
            amount(l.worth()), amount(l.points()), l.evidence(), l.note().map(ScoreBoardFormat::both).orElse(null))).toList());
  }

  /**
   * @param card a card
   * @return it as the board writes it (schema {@code #/$defs/card}), for documents that carry cards too
   */
  public static com.fasterxml.jackson.databind.JsonNode card(ScoreCard card) {
    java.util.Objects.requireNonNull(card, "card");
    return DangjianJson.mapper(Syntax.JSON).valueToTree(cardDoc(card));
  }

  /**
   * @param card a card
   * @return it as the board writes it (schema {@code #/$defs/card}), on one line — what {@link #card} holds,
   *     written straight from the card (several times quicker than making the tree first)
   */
  public static String cardJson(ScoreCard card) {
    java.util.Objects.requireNonNull(card, "card");
    try {
      return COMPACT.writeValueAsString(cardDoc(card));
    } catch (JsonProcessingException e) {
      throw new DangjianException("cannot write the card of '" + card.subject() + "': " + e.getOriginalMessage(), e);
    }
  }

  private static final com.fasterxml.jackson.databind.ObjectWriter COMPACT = DangjianJson.mapper(Syntax.JSON).writer()
      .without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);

  /**
   * @param board a board
   * @param scheme the scheme it was scored with, for the names of blocks, items and grades
   * @return the JSON document, ending with a line break
   */
  public static String write(ScoreBoard board, ScoringScheme scheme) {
    Map<String, Map<String, String>> blocks = new LinkedHashMap<>();
    scheme.blocks().forEach(b -> blocks.put(b.id(), both(b.labels())));
    Map<String, Map<String, String>> items = new LinkedHashMap<>();
    scheme.items().forEach(i -> items.put(i.id(), new java.util.TreeMap<>(Map.of("zh", i.labels().zh(), "en", i.labels().en(),
        "block", i.block()))));
    Map<String, Map<String, String>> grades = new LinkedHashMap<>();
    scheme.grades().forEach(g -> grades.put(g.grade(), both(g.labels())));
    List<CardDoc> cards = board.cards().stream().map(ScoreBoardFormat::cardDoc).toList();
    try {
      return DangjianJson.mapper(Syntax.JSON).writeValueAsString(new BoardDoc(SCHEMA, board.scheme(), board.year(), blocks,
          items, grades, cards)) + "\n";
    } catch (JsonProcessingException e) {
      throw new DangjianException("cannot write the score board: " + e.getOriginalMessage(), e);
    }
  }
}
