package org.dangjian.core.dues;

import java.math.BigDecimal;
import org.dangjian.core.ValidationException;

/** Checks amounts of money: yuan with at most two decimals, not negative, below a sanity bound. */
final class Money {
  /** Ten million yuan: no monthly base or payment comes near it. */
  private static final BigDecimal LIMIT = new BigDecimal("10000000");

  private Money() {}

  static void check(BigDecimal amount, String path) {
    if (amount.signum() < 0 || amount.compareTo(LIMIT) >= 0 || (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2)) {
      throw ValidationException.of(path, "invalid-amount",
          org.dangjian.core.internal.Numbers.describe(amount) + " is not an amount of yuan: 0 to 9999999.99, at most two decimals");
    }
  }
}
