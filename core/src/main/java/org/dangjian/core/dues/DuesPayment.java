package org.dangjian.core.dues;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import org.dangjian.core.member.MemberId;

/**
 * A payment of Party dues (党费) for one month: the month it is for, the amount in yuan, and the day it
 * was paid — which may be later than the month (back payment) or, by agreement, earlier (quarterly).
 *
 * @param member who paid
 * @param month the month the dues are for
 * @param amount yuan, at most two decimals, not negative
 * @param paidOn the day of payment
 */
public record DuesPayment(MemberId member, YearMonth month, BigDecimal amount, LocalDate paidOn) {

  /**
   * @throws org.dangjian.core.ValidationException ({@code invalid-amount}) for a negative amount or
   *     fractions of a fen
   */
  public DuesPayment {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(paidOn, "paidOn");
    Money.check(amount, "amount");
  }
}
