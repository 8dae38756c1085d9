package org.dangjian.core.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.dangjian.core.ValidationException;
import org.dangjian.core.internal.Builds;
import org.dangjian.core.member.MemberId;

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
