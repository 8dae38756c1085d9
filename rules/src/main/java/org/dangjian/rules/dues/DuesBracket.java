package org.dangjian.rules.dues;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * One bracket of a dues schedule: bases up to and including {@code upTo} pay {@code rate} of the whole
 * base (党费规定 第二条: upper bounds inclusive; the rate applies to the whole base, not marginally).
 *
 * @param upTo the inclusive upper bound of the monthly base; empty for the last, open bracket
 * @param rate the share of the base, for example 0.005 for 0.5%
 */
public record DuesBracket(Optional<BigDecimal> upTo, BigDecimal rate) {

  /** Checks for nulls. */
  public DuesBracket {
    Objects.requireNonNull(upTo, "upTo");
    Objects.requireNonNull(rate, "rate");
  }
}
