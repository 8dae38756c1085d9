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
import org.dangjian.core.record.RecordId;
import org.dangjian.core.record.ValueFormat;
import org.dangjian.core.record.RecordKind;
import org.dangjian.core.record.Ref;
import org.dangjian.core.record.UniqueKey;

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
 * @param id the record's stable id, where the source gives one
 */
public record LedgerEntry(LocalDate date, MemberId member, String category, BigDecimal points, Optional<String> note,
    Optional<MemberId> approver, Optional<RecordId> id) {
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);

  /** The kind's index by member. */
  public static final Index<LedgerEntry, MemberId> BY_MEMBER = Index.on("member", LedgerEntry::member);

  /** The day of the entry, {@code date} in the format. */
  public static final Field<LedgerEntry, LocalDate> DATE = Field.required("date", ValueFormat.date(), LedgerEntry::date);
  private static final Field<LedgerEntry, MemberId> MEMBER = Field.required("member", Formats.MEMBER_ID, LedgerEntry::member);
  /** The entry's category code, {@code category} in the format. */
  public static final Field<LedgerEntry, String> CATEGORY = Field.required("category", ValueFormat.text().shared().withSchema(java.util.Map.of("$ref", "#/$defs/activityTypeCode")), LedgerEntry::category);
  /** The points, {@code points} in the format. */
  public static final Field<LedgerEntry, BigDecimal> POINTS = Field.required("points", ValueFormat.decimal().withSchema(java.util.Map.of("type", "number", "minimum", -1000, "maximum", 1000)), LedgerEntry::points);
  private static final Field<LedgerEntry, String> NOTE = Field.optional("note", ValueFormat.text(), LedgerEntry::note);
  private static final Field<LedgerEntry, MemberId> APPROVER = Field.optional("approver", Formats.MEMBER_ID, LedgerEntry::approver);
  /** The kind's index by stable id, built on first use. */
  public static final Index<LedgerEntry, RecordId> BY_ID = Index.lazyOnEach("id",
      (LedgerEntry r) -> r.id().map(java.util.List::of).orElse(java.util.List.of()));
  private static final Field<LedgerEntry, RecordId> ID = Field.optional("id", Formats.RECORD_ID, LedgerEntry::id);
  /** How a record is written in the format. */
  public static final RecordFormat<LedgerEntry> FORMAT = RecordFormat.of(LedgerEntry.class,
      v -> new LedgerEntry(v.get(DATE), v.get(MEMBER), v.get(CATEGORY), v.get(POINTS), v.optional(NOTE), v.optional(APPROVER), v.optional(ID)),
      ID, DATE, MEMBER, CATEGORY, POINTS, NOTE, APPROVER);

  /** Point-ledger entries (日常积分), {@code ledger} in the format: by member, date, category and points; a session takes new ones. */
  public static final RecordKind<LedgerEntry> KIND = RecordKind.of(LedgerEntry.class).format(FORMAT)
      .unique(UniqueKey.recordId(LedgerEntry::id, BY_ID)).names("ledger", "ledgerEntry")
      .order(java.util.Comparator.comparing(LedgerEntry::member).thenComparing(LedgerEntry::date)
          .thenComparing(LedgerEntry::category).thenComparing(LedgerEntry::points).thenComparing(LedgerEntry::id, RecordId.ABSENT_FIRST))
      .refs(Ref.toMember("member", LedgerEntry::member), Ref.toMemberIfAny("approver", LedgerEntry::approver))
      .indexes(BY_MEMBER, BY_ID).appendable().columnar().build();

  /**
   * @throws ValidationException ({@code invalid-code}, {@code invalid-value}) for a malformed category or
   *     points with more than two decimals or beyond ±1000
   */
  public LedgerEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(points, "points");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(approver, "approver");
    if (!org.dangjian.core.internal.Patterns.isCode(category)) {
      throw ValidationException.of("category", "invalid-code", "'" + category + "' is not a category code: lower-case words joined by hyphens");
    }
    if ((points.scale() > 2 && points.stripTrailingZeros().scale() > 2) || points.abs().compareTo(THOUSAND) > 0) {
      throw ValidationException.of("points", "invalid-value", org.dangjian.core.internal.Numbers.describe(points) + " is not a number of points: at most two decimals, within ±1000");
    }
  }

  /**
   * A record without a stable id.
   *
   * @param date see the record
   * @param member see the record
   * @param category see the record
   * @param points see the record
   * @param note see the record
   * @param approver see the record
   */
  public LedgerEntry(LocalDate date, MemberId member, String category, BigDecimal points, Optional<String> note,
    Optional<MemberId> approver) {
    this(date, member, category, points, note, approver, Optional.empty());
  }

  /**
   * @return the entry as evidence names it: {@code ledger:<id>} where it has a record id, else
   *     {@code ledger:<member>@<date>/<category>}
   */
  public String evidence() {
    return id.map(value -> "ledger:" + value.value()).orElseGet(() -> "ledger:" + member + "@" + date + "/" + category);
  }

  /**
   * @param value the stable id
   * @return this record with that id
   */
  public LedgerEntry withId(RecordId value) {
    return new LedgerEntry(date, member, category, points, note, approver, Optional.of(value));
  }
}
