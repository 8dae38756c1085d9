package org.dangjian.core.dues;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.record.Index;
import org.dangjian.core.record.Field;
import org.dangjian.core.record.Formats;
import org.dangjian.core.record.RecordFormat;
import org.dangjian.core.record.RecordId;
import org.dangjian.core.record.ValueFormat;
import org.dangjian.core.record.RecordKind;
import org.dangjian.core.record.Ref;
import org.dangjian.core.record.UniqueKey;

/**
 * A payment of Party dues (党费) for one month: the month it is for, the amount in yuan, and the day it
 * was paid — which may be later than the month (back payment) or, by agreement, earlier (quarterly).
 *
 * @param member who paid
 * @param month the month the dues are for
 * @param amount yuan, at most two decimals, not negative
 * @param paidOn the day of payment
 * @param id the record's stable id, where the source gives one
 */
public record DuesPayment(MemberId member, YearMonth month, BigDecimal amount, LocalDate paidOn, Optional<RecordId> id) {
  /** The kind's index by member. */
  public static final Index<DuesPayment, MemberId> BY_MEMBER = Index.on("member", DuesPayment::member);

  private static final Field<DuesPayment, MemberId> MEMBER = Field.required("member", Formats.MEMBER_ID, DuesPayment::member);
  /** The month paid for, {@code month} in the format. */
  public static final Field<DuesPayment, YearMonth> MONTH = Field.required("month", ValueFormat.month(), DuesPayment::month);
  /** The amount in yuan, {@code amount} in the format. */
  public static final Field<DuesPayment, BigDecimal> AMOUNT = Field.required("amount", ValueFormat.decimal(), DuesPayment::amount);
  /** The day of payment, {@code paidOn} in the format. */
  public static final Field<DuesPayment, LocalDate> PAID_ON = Field.required("paidOn", ValueFormat.date(), DuesPayment::paidOn);
  /** The kind's index by stable id, built on first use. */
  public static final Index<DuesPayment, RecordId> BY_ID = Index.lazyOnEach("id",
      (DuesPayment r) -> r.id().map(java.util.List::of).orElse(java.util.List.of()));
  private static final Field<DuesPayment, RecordId> ID = Field.optional("id", Formats.RECORD_ID, DuesPayment::id);
  /** How a record is written in the format. */
  public static final RecordFormat<DuesPayment> FORMAT = RecordFormat.of(DuesPayment.class,
      v -> new DuesPayment(v.get(MEMBER), v.get(MONTH), v.get(AMOUNT), v.get(PAID_ON), v.optional(ID)),
      ID, MEMBER, MONTH, AMOUNT, PAID_ON);

  /** Dues payments, {@code duesPayments} in the format: by member, month, day paid and amount; a session takes new ones. */
  public static final RecordKind<DuesPayment> KIND = RecordKind.of(DuesPayment.class).format(FORMAT)
      .unique(UniqueKey.recordId(DuesPayment::id, BY_ID)).names("duesPayments", "duesPayment")
      .order(java.util.Comparator.comparing(DuesPayment::member).thenComparing(DuesPayment::month)
          .thenComparing(DuesPayment::paidOn).thenComparing(DuesPayment::amount).thenComparing(DuesPayment::id, RecordId.ABSENT_FIRST))
      .refs(Ref.toMember("member", DuesPayment::member)).indexes(BY_MEMBER, BY_ID).appendable().columnar().build();

  /**
   * @throws org.dangjian.core.ValidationException ({@code invalid-amount}) for a negative amount or
   *     fractions of a fen
   */
  public DuesPayment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(month, "month");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(paidOn, "paidOn");
    Money.check(amount, "amount");
  }

  /**
   * A record without a stable id.
   *
   * @param member see the record
   * @param month see the record
   * @param amount see the record
   * @param paidOn see the record
   */
  public DuesPayment(MemberId member, YearMonth month, BigDecimal amount, LocalDate paidOn) {
    this(member, month, amount, paidOn, Optional.empty());
  }

  /**
   * @return the payment as evidence names it: {@code dues:<id>} where it has a record id, else
   *     {@code dues:<member>@<month>}
   */
  public String evidence() {
    return id.map(value -> "dues:" + value.value()).orElseGet(() -> "dues:" + member + "@" + month);
  }

  /**
   * @param value the stable id
   * @return this record with that id
   */
  public DuesPayment withId(RecordId value) {
    return new DuesPayment(member, month, amount, paidOn, Optional.of(value));
  }
}
