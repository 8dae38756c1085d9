package org.dangjian.scoring;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A block of a score card: its base, what its lines add up to, and its score within its floor and cap.
 *
 * @param block the block's id
 * @param base the points it started with
 * @param lines the sum of its line items
 * @param score base plus lines, within the block's floor and cap (zero if a veto zeroed it)
 */
public record BlockScore(String block, BigDecimal base, BigDecimal lines, BigDecimal score) {

  /** Checks for nulls. */
  public BlockScore {
    Objects.requireNonNull(block, "block");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(lines, "lines");
    Objects.requireNonNull(score, "score");
  }
}
