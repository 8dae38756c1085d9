package org.dangjian.scoring;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.dangjian.core.DangjianException;
import org.dangjian.core.json.DangjianJson;
import org.dangjian.core.json.Syntax;
import org.jspecify.annotations.Nullable;

/**
 * Writes letters' attainments as the JSON a UI consumes, schema {@value #SCHEMA}: for each letter its
 * organisations, template and attainment, and every item's target, actual value, status, credit and evidence,
 * with the items' Chinese and English names. The same attainments always give the same bytes.
 */
public final class LetterAttainmentFormat {

  /** The schema tag of the document. */
  public static final String SCHEMA = "dangjian/letter-attainment@1";

  /** The class-path resource holding the JSON Schema (draft 2020-12) of the document. */
  public static final String SCHEMA_RESOURCE = "/org/dangjian/scoring/letter-attainment-1.schema.json";

  private LetterAttainmentFormat() {}

  @JsonPropertyOrder({"schema", "year", "asOf", "letters"})
  record Doc(String schema, int year, String asOf, List<LetterDoc> letters) {}

  @JsonPropertyOrder({"letter", "template", "from", "to", "year", "signed", "weight", "earned", "attainment", "items"})
  record LetterDoc(String letter, String template, String from, String to, int year, String signed, BigDecimal weight,
      BigDecimal earned, BigDecimal attainment, List<ItemDoc> items) {}

  @JsonPropertyOrder({"item", "zh", "en", "indicator", "direction", "target", "actual", "due", "status", "weight", "credit", "earned",
      "evidence"})
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record ItemDoc(String item, String zh, String en, String indicator, String direction, BigDecimal target, @Nullable BigDecimal actual,
      String due, String status, BigDecimal weight, BigDecimal credit, BigDecimal earned, String evidence) {}

  /**
   * @param year the letters' year
   * @param asOf the day they were assessed on
   * @param attainments the letters assessed, in the order to write them
   * @return the JSON document, ending with a line break
   * @throws IllegalArgumentException for an attainment of another year or day
   */
  public static String write(int year, LocalDate asOf, List<LetterAttainment> attainments) {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(attainments, "attainments");
    List<LetterDoc> letters = attainments.stream().map(a -> {
      if (a.letter().year() != year || !a.asOf().equals(asOf)) {
        throw new IllegalArgumentException("letter " + a.letter().id() + " of " + a.letter().year() + " assessed on " + a.asOf()
            + " does not belong in a document of " + year + " as of " + asOf);
      }
      return new LetterDoc(a.letter().id().value(), a.template(), a.letter().from().value(), a.letter().to().value(), a.letter().year(),
          a.letter().signed().toString(), a.weight(), a.earned(), a.attainment(), a.items().stream().map(i -> new ItemDoc(i.item().id(),
              i.item().labels().zh(), i.item().labels().en(), i.item().indicator(), i.item().direction().code(), i.target(),
              i.actual().orElse(null), i.due().toString(), i.status().code(), i.item().weight(), i.credit(), i.earned(), i.evidence()))
              .toList());
    }).toList();
    try {
      return DangjianJson.mapper(Syntax.JSON).writeValueAsString(new Doc(SCHEMA, year, asOf.toString(), letters)) + "\n";
    } catch (JsonProcessingException e) {
      throw new DangjianException("cannot write the letters' attainment: " + e.getOriginalMessage(), e);
    }
  }
}
