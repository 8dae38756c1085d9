package org.dangjian.core.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.dangjian.core.ValidationException;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.record.Index;
import org.dangjian.core.record.Field;
import org.dangjian.core.record.Formats;
import org.dangjian.core.record.RecordFormat;
import org.dangjian.core.record.ValueFormat;
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

  private static final Field<LedgerEntry, LocalDate> DATE = Field.required("date", ValueFormat.date(), LedgerEntry::date);
  private static final Field<LedgerEntry, MemberId> MEMBER = Field.required("member", Formats.MEMBER_ID, LedgerEntry::member);
  private static final Field<LedgerEntry, String> CATEGORY = Field.required("category", ValueFormat.text().withSchema(java.util.Map.of("$ref", "#/$defs/activityTypeCode")), LedgerEntry::category);
  private static final Field<LedgerEntry, BigDecimal> POINTS = Field.required("points", ValueFormat.decimal().withSchema(java.util.Map.of("type", "number", "minimum", -1000, "maximum", 1000)), LedgerEntry::points);
  private static final Field<LedgerEntry, String> NOTE = Field.optional("note", ValueFormat.text(), LedgerEntry::note);
  private static final Field<LedgerEntry, MemberId> APPROVER = Field.optional("approver", Formats.MEMBER_ID, LedgerEntry::approver);
  /** How a record is written in the format. */
  public static final RecordFormat<LedgerEntry> FORMAT = RecordFormat.of(LedgerEntry.class,
      v -> new LedgerEntry(v.get(DATE), v.get(MEMBER), v.get(CATEGORY), v.get(POINTS), v.optional(NOTE), v.optional(APPROVER)),
      DATE, MEMBER, CATEGORY, POINTS, NOTE, APPROVER);

  /** Point-ledger entries (日常积分), {@code ledger} in the format: by member, date, category and points; a session takes new ones. */
  public static final RecordKind<LedgerEntry> KIND = RecordKind.of(LedgerEntry.class).format(FORMAT).names("ledger", "ledgerEntry")
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
