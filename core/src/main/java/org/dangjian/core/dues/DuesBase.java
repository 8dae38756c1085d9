package org.dangjian.core.dues;

import java.math.BigDecimal;
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
 * A member's declared monthly base for dues (党费基数): regular monthly salary after tax, from a month
 * on, until the next declaration (党费规定 第二条).
 *
 * @param member whose base it is
 * @param from the first month it applies to
 * @param monthlyBase yuan, at most two decimals, not negative
 * @param id the record's stable id, where the source gives one
 */
public record DuesBase(MemberId member, YearMonth from, BigDecimal monthlyBase, Optional<RecordId> id) {
  /** The kind's index by member. */
  public static final Index<DuesBase, MemberId> BY_MEMBER = Index.on("member", DuesBase::member);

  private static final Field<DuesBase, MemberId> MEMBER = Field.required("member", Formats.MEMBER_ID, DuesBase::member);
  /** The first month the base holds for, {@code from} in the format. */
  public static final Field<DuesBase, java.time.YearMonth> FROM = Field.required("from", ValueFormat.month(), DuesBase::from);
  /** The monthly base in yuan, {@code monthlyBase} in the format. */
  public static final Field<DuesBase, BigDecimal> MONTHLY_BASE = Field.required("monthlyBase", ValueFormat.decimal(), DuesBase::monthlyBase);
  /** The kind's index by stable id, built on first use. */
  public static final Index<DuesBase, RecordId> BY_ID = Index.lazyOnEach("id",
      (DuesBase r) -> r.id().map(java.util.List::of).orElse(java.util.List.of()));
  private static final Field<DuesBase, RecordId> ID = Field.optional("id", Formats.RECORD_ID, DuesBase::id);
  /** How a record is written in the format. */
  public static final RecordFormat<DuesBase> FORMAT = RecordFormat.of(DuesBase.class,
      v -> new DuesBase(v.get(MEMBER), v.get(FROM), v.get(MONTHLY_BASE), v.optional(ID)),
      ID, MEMBER, FROM, MONTHLY_BASE);

  /** Declared dues bases, {@code duesBases} in the format: by member, then month. */
  public static final RecordKind<DuesBase> KIND = RecordKind.of(DuesBase.class).format(FORMAT)
      .unique(UniqueKey.recordId(DuesBase::id, BY_ID)).names("duesBases", "duesBase")
      .order(java.util.Comparator.comparing(DuesBase::member).thenComparing(DuesBase::from).thenComparing(DuesBase::id, RecordId.ABSENT_FIRST))
      .refs(Ref.toMember("member", DuesBase::member)).indexes(BY_MEMBER, BY_ID).columnar().build();

  /**
   * @throws org.dangjian.core.ValidationException ({@code invalid-amount}) for a negative base or
   *     fractions of a fen
   */
  public DuesBase {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(monthlyBase, "monthlyBase");
    Money.check(monthlyBase, "monthlyBase");
  }

  /**
   * A record without a stable id.
   *
   * @param member see the record
   * @param from see the record
   * @param monthlyBase see the record
   */
  public DuesBase(MemberId member, YearMonth from, BigDecimal monthlyBase) {
    this(member, from, monthlyBase, Optional.empty());
  }

  /**
   * @param value the stable id
   * @return this record with that id
   */
  public DuesBase withId(RecordId value) {
    return new DuesBase(member, from, monthlyBase, Optional.of(value));
  }
}
