package org.dangjian.core.dues;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.record.Index;
import org.dangjian.core.record.RecordKind;
import org.dangjian.core.record.Ref;

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
  /** The kind's index by member. */
  public static final Index<DuesPayment, MemberId> BY_MEMBER = Index.on("member", DuesPayment::member);

  /** Dues payments, {@code duesPayments} in the format: by member, month, day paid and amount; a session takes new ones. */
  public static final RecordKind<DuesPayment> KIND = RecordKind.of(DuesPayment.class).names("duesPayments", "duesPayment")
      .order(java.util.Comparator.comparing(DuesPayment::member).thenComparing(DuesPayment::month)
          .thenComparing(DuesPayment::paidOn).thenComparing(DuesPayment::amount))
      .refs(Ref.toMember("member", DuesPayment::member)).indexes(BY_MEMBER).appendable().build();

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
