package org.dangjian.core.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dangjian.core.ValidationException;
import org.dangjian.core.internal.Builds;
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
 * A member's year-start commitment (年初承诺, 凤县2023): the items promised for a year, made on a day,
 * and reviewed at the year end (年底评议).
 *
 * @param member who committed
 * @param year the year committed for
 * @param made the day the commitment was made
 * @param items what was promised, at least one
 * @param id the record's stable id, where the source gives one
 */
public record Commitment(MemberId member, int year, LocalDate made, List<CommitmentItem> items, Optional<RecordId> id) {
  /** The kind's index by member. */
  public static final Index<Commitment, MemberId> BY_MEMBER = Index.on("member", Commitment::member);

  private static final Field<CommitmentItem, String> TITLE = Field.required("title", ValueFormat.text().shared(), CommitmentItem::title);
  private static final Field<CommitmentItem, String> TARGET = Field.optional("target", ValueFormat.text().shared(), CommitmentItem::target);
  private static final Field<CommitmentItem, CommitmentOutcome> OUTCOME = Field.optional("outcome",
      ValueFormat.code(CommitmentOutcome.class, "commitmentOutcome"), CommitmentItem::outcome);
  private static final RecordFormat<CommitmentItem> ITEM = RecordFormat.of(CommitmentItem.class,
      v -> new CommitmentItem(v.get(TITLE), v.optional(TARGET), v.optional(OUTCOME)), TITLE, TARGET, OUTCOME);
  private static final Field<Commitment, MemberId> MEMBER = Field.required("member", Formats.MEMBER_ID, Commitment::member);
  private static final Field<Commitment, Integer> YEAR = Formats.year(Commitment::year);
  private static final Field<Commitment, LocalDate> MADE = Field.required("made", ValueFormat.date(), Commitment::made);
  private static final Field<Commitment, CommitmentItem> ITEMS = Field.list("items", ValueFormat.object(ITEM), Commitment::items)
      .withSchema(java.util.Map.of("minItems", 1)).alwaysWritten();
  /** The kind's index by stable id, built on first use. */
  public static final Index<Commitment, RecordId> BY_ID = Index.lazyOnEach("id",
      (Commitment r) -> r.id().map(java.util.List::of).orElse(java.util.List.of()));
  private static final Field<Commitment, RecordId> ID = Field.optional("id", Formats.RECORD_ID, Commitment::id);
  /** How a record is written in the format. */
  public static final RecordFormat<Commitment> FORMAT = RecordFormat.of(Commitment.class,
      v -> new Commitment(v.get(MEMBER), v.get(YEAR), v.get(MADE), v.list(ITEMS), v.optional(ID)), ID, MEMBER, YEAR, MADE, ITEMS);

  /** Year-start commitments (年初承诺), {@code commitments} in the format: one per member and year. */
  public static final RecordKind<Commitment> KIND = RecordKind.of(Commitment.class).format(FORMAT)
      .unique(UniqueKey.recordId(Commitment::id, BY_ID)).names("commitments", "commitment")
      .order(java.util.Comparator.comparing(Commitment::member).thenComparingInt(Commitment::year))
      .unique(UniqueKey.of(c -> java.util.List.of(c.member(), c.year()),
          (c, first) -> "'" + c.member() + "' has a second commitment for " + c.year() + "; first at " + first))
      .refs(Ref.toMember("member", Commitment::member)).indexes(BY_MEMBER, BY_ID).build();

  /**
   * @throws ValidationException for a year outside 1900–2100 or no items
   */
  public Commitment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(made, "made");
    items = List.copyOf(items);
    Builds.requireYear(year, "year");
    if (items.isEmpty()) {
      throw ValidationException.of("items", "invalid-value", "a commitment has at least one item");
    }
  }

  /**
   * A record without a stable id.
   *
   * @param member see the record
   * @param year see the record
   * @param made see the record
   * @param items see the record
   */
  public Commitment(MemberId member, int year, LocalDate made, List<CommitmentItem> items) {
    this(member, year, made, items, Optional.empty());
  }

  /**
   * @return the commitment as evidence names it: {@code commitment:<id>} where it has a record id, else
   *     {@code commitment:<member>@<year>} (an item adds {@code /<its number>})
   */
  public String evidence() {
    return id.map(value -> "commitment:" + value.value()).orElseGet(() -> "commitment:" + member + "@" + year);
  }

  /**
   * @param value the stable id
   * @return this record with that id
   */
  public Commitment withId(RecordId value) {
    return new Commitment(member, year, made, items, Optional.of(value));
  }
}
