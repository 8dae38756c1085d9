package org.dangjian.core.internal;

import java.math.BigDecimal;
import org.dangjian.core.json.ReadLimits;

/**
 * Bounds on the numbers the formats read: a number's text is at most {@link ReadLimits#MAX_NUMBER_LENGTH}
 * digits, and so is the number written out in full — an exponent such as {@code 1e999999999} would make a
 * billion digits, enough to exhaust memory the first time the value is printed or rounded. Not API.
 */
public final class Numbers {
  /** The problem's message for a number beyond the bound. */
  public static final String TOO_LONG_WRITTEN_OUT = "a number that would be longer than " + ReadLimits.MAX_NUMBER_LENGTH
      + " digits written out (before and after the point), the most a document may hold";

  private Numbers() {}

  /**
   * @param value a number
   * @return whether it has at most {@link ReadLimits#MAX_NUMBER_LENGTH} digits before the point and as many after it
   */
  public static boolean withinLimits(BigDecimal value) {
    long scale = value.scale();
    return scale <= ReadLimits.MAX_NUMBER_LENGTH && value.precision() - scale <= ReadLimits.MAX_NUMBER_LENGTH;
  }

  /**
   * @param value a number
   * @return it written out for a message: in full when {@linkplain #withinLimits within the limits}, else
   *     in scientific notation (never a billion digits)
   */
  public static String describe(BigDecimal value) {
    return withinLimits(value) ? value.toPlainString() : value.toString();
  }
}
