package org.dangjian.core.org;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.dangjian.core.internal.Builds;
import org.dangjian.core.member.MemberId;

/**
 * One position in a {@link Committee}: who held which role, from when, and until when.
 *
 * @param role the role, for example 书记
 * @param member who holds it
 * @param from the first day held
 * @param to the last day held; empty while the position is held
 */
public record Position(CommitteeRole role, MemberId member, LocalDate from, Optional<LocalDate> to) {

  /**
   * @throws org.dangjian.core.ValidationException ({@code end-before-start}) when {@code to} is before
   *     {@code from}
   */
  public Position {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    to.ifPresent(end -> Builds.requireOrder(from, end, "to"));
  }

  /**
   * @param role the role
   * @param member who holds it
   * @param from the first day held
   * @return a position still held
   */
  public static Position of(CommitteeRole role, MemberId member, LocalDate from) {
    return new Position(role, member, from, Optional.empty());
  }

  /**
   * @param end the last day held
   * @return this position, ended on that day
   */
  public Position endedOn(LocalDate end) {
    return new Position(role, member, from, Optional.of(end));
  }

  /** @return whether the position has no end: it is still held */
  public boolean isOpen() {
    return to.isEmpty();
  }

  /**
   * @param date a day
   * @return whether the position was held on that day
   */
  public boolean heldOn(LocalDate date) {
    return !date.isBefore(from) && to.map(end -> !date.isAfter(end)).orElse(true);
  }
}
