package org.dangjian.core.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.dangjian.core.ValidationException;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.record.Index;
import org.dangjian.core.record.RecordKind;
import org.dangjian.core.record.Ref;

/**
 * One entry of a member's point ledger (日常积分): points added or taken off on a day, in a category a
 * scoring scheme knows (for example {@code volunteer-service} or {@code study-missed}), with a note and
 * who approved it.
 *
 * @param date the day
 * @param member whose ledger
 * @param category the scheme's category code
 * @param points points, positive or negative, at most two decimals
 * @param note what for
 * @param approver who approved the entry, where recorded
 */
public record LedgerEntry(LocalDate date, MemberId member, String category, BigDecimal points, Optional<String> note,
    Optional<MemberId> approver) {
  /** The kind's index by member. */
  public static final Index<LedgerEntry, MemberId> BY_MEMBER = Index.on("member", LedgerEntry::member);

  /** Point-ledger entries (日常积分), {@code ledger} in the format: by member, date, category and points; a session takes new ones. */
  public static final RecordKind<LedgerEntry> KIND = RecordKind.of(LedgerEntry.class).names("ledger", "ledgerEntry")
      .order(java.util.Comparator.comparing(LedgerEntry::member).thenComparing(LedgerEntry::date)
          .thenComparing(LedgerEntry::category).thenComparing(LedgerEntry::points))
      .refs(Ref.toMember("member", LedgerEntry::member), Ref.toMemberIfAny("approver", LedgerEntry::approver))
      .indexes(BY_MEMBER).appendable().build();

  /**
   * @throws ValidationException ({@code invalid-code}, {@code invalid-value}) for a malformed category or
   *     points with more than two decimals or beyond ±1000
   */
  public LedgerEntry {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(points, "points");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(approver, "approver");
    if (!org.dangjian.core.internal.Patterns.CODE.matcher(category).matches()) {
      throw ValidationException.of("category", "invalid-code", "'" + category + "' is not a category code: lower-case words joined by hyphens");
    }
    if (points.stripTrailingZeros().scale() > 2 || points.abs().compareTo(BigDecimal.valueOf(1000)) > 0) {
      throw ValidationException.of("points", "invalid-value", points.toPlainString() + " is not a number of points: at most two decimals, within ±1000");
    }
  }
}
