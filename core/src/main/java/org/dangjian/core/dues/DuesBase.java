package org.dangjian.core.dues;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.record.Index;
import org.dangjian.core.record.Field;
import org.dangjian.core.record.Formats;
import org.dangjian.core.record.RecordFormat;
import org.dangjian.core.record.ValueFormat;
import org.dangjian.core.record.RecordKind;
import org.dangjian.core.record.Ref;

/**
 * A member's declared monthly base for dues (党费基数): regular monthly salary after tax, from a month
 * on, until the next declaration (党费规定 第二条).
 *
 * @param member whose base it is
 * @param from the first month it applies to
 * @param monthlyBase yuan, at most two decimals, not negative
 */
public record DuesBase(MemberId member, YearMonth from, BigDecimal monthlyBase) {
  /** The kind's index by member. */
  public static final Index<DuesBase, MemberId> BY_MEMBER = Index.on("member", DuesBase::member);

  private static final Field<DuesBase, MemberId> MEMBER = Field.required("member", Formats.MEMBER_ID, DuesBase::member);
  private static final Field<DuesBase, java.time.YearMonth> FROM = Field.required("from", ValueFormat.month(), DuesBase::from);
  private static final Field<DuesBase, BigDecimal> MONTHLY_BASE = Field.required("monthlyBase", ValueFormat.decimal(), DuesBase::monthlyBase);
  /** How a record is written in the format. */
  public static final RecordFormat<DuesBase> FORMAT = RecordFormat.of(DuesBase.class,
      v -> new DuesBase(v.get(MEMBER), v.get(FROM), v.get(MONTHLY_BASE)),
      MEMBER, FROM, MONTHLY_BASE);

  /** Declared dues bases, {@code duesBases} in the format: by member, then month. */
  public static final RecordKind<DuesBase> KIND = RecordKind.of(DuesBase.class).format(FORMAT).names("duesBases", "duesBase")
      .order(java.util.Comparator.comparing(DuesBase::member).thenComparing(DuesBase::from))
      .refs(Ref.toMember("member", DuesBase::member)).indexes(BY_MEMBER).build();

  /**
   * @throws org.dangjian.core.ValidationException ({@code invalid-amount}) for a negative base or
   *     fractions of a fen
   */
  public DuesBase {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(monthlyBase, "monthlyBase");
    Money.check(monthlyBase, "monthlyBase");
  }
}
