package org.dangjian.core.member;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A sanction and the span of its effect: from the day it took effect to the day before {@code until}.
 *
 * @param sanction the sanction
 * @param from the first day of its effect
 * @param until the first day it no longer has effect: the end of its length, or the day it was lifted
 */
public record SanctionInForce(SanctionKind sanction, LocalDate from, LocalDate until) {

  /** Checks for nulls. */
  public SanctionInForce {
    Objects.requireNonNull(sanction, "sanction");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
  }

  /**
   * @param date a day
   * @return whether the sanction has effect on that day
   */
  public boolean inForceOn(LocalDate date) {
    return !date.isBefore(from) && date.isBefore(until);
  }
}
