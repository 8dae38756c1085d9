package org.dangjian.core.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.dangjian.core.ValidationException;
import org.dangjian.core.internal.Builds;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.record.Index;
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
 */
public record Commitment(MemberId member, int year, LocalDate made, List<CommitmentItem> items) {
  /** The kind's index by member. */
  public static final Index<Commitment, MemberId> BY_MEMBER = Index.on("member", Commitment::member);

  /** Year-start commitments (年初承诺), {@code commitments} in the format: one per member and year. */
  public static final RecordKind<Commitment> KIND = RecordKind.of(Commitment.class).names("commitments", "commitment")
      .order(java.util.Comparator.comparing(Commitment::member).thenComparingInt(Commitment::year))
      .unique(UniqueKey.of(c -> c.member() + "@" + c.year(),
          (c, first) -> "'" + c.member() + "' has a second commitment for " + c.year() + "; first at " + first))
      .refs(Ref.toMember("member", Commitment::member)).indexes(BY_MEMBER).build();

  /**
   * @throws ValidationException for a year outside 1900–2100 or no items
   */
  public Commitment {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(made, "made");
    items = List.copyOf(items);
    Builds.requireYear(year, "year");
    if (items.isEmpty()) {
      throw ValidationException.of("items", "invalid-value", "a commitment has at least one item");
    }
  }
}
