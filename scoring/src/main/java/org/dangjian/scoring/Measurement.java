package org.dangjian.scoring;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * What an indicator measured for an organisation and a year: the value, where there is one, and the evidence
 * it rests on, as a line of a card shows it — for example {@code corrections:xx1@2024 (3 of 4)}.
 *
 * @param value the value; empty when there is nothing to measure (an external indicator nobody entered)
 * @param evidence what the value rests on
 */
public record Measurement(Optional<BigDecimal> value, String evidence) {
  /** Checks for null and blank evidence. */
  public Measurement {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(evidence, "evidence");
    if (evidence.isBlank()) {
      throw new IllegalArgumentException("a measurement says what it rests on");
    }
  }

  /**
   * @param value the value
   * @param evidence what it rests on
   * @return a measurement with a value
   */
  public static Measurement of(BigDecimal value, String evidence) {
    return new Measurement(Optional.of(Objects.requireNonNull(value, "value")), evidence);
  }

  /**
   * @param evidence why there is no value
   * @return a measurement without a value
   */
  public static Measurement none(String evidence) {
    return new Measurement(Optional.empty(), evidence);
  }
}
