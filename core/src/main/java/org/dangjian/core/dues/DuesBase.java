package org.dangjian.core.dues;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Objects;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.record.Index;
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

  /** Declared dues bases, {@code duesBases} in the format: by member, then month. */
  public static final RecordKind<DuesBase> KIND = RecordKind.of(DuesBase.class).names("duesBases", "duesBase")
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
