package org.dangjian.core.dataset;

import java.time.LocalDate;
import java.util.Objects;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.member.Placement;

/**
 * One member moved by a restructuring: from where, to where, on which day.
 *
 * @param member the member
 * @param from the branch and group before
 * @param to the branch and group after
 * @param on the day of the restructuring
 */
public record MemberReassignment(MemberId member, Placement from, Placement to, LocalDate on) {

  /** Checks for nulls. */
  public MemberReassignment {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(on, "on");
  }

  /** @return for example {@code m0012: zx1-b1/zx1-b1-g2 → zx1-b2/zx1-b1-g2 on 2024-09-01} */
  @Override
  public String toString() {
    return member + ": " + from + " → " + to + " on " + on;
  }
}
