package org.dangjian.core.member;

import java.time.LocalDate;
import java.util.Objects;
import org.dangjian.core.internal.Builds;

/**
 * The introduction letter (组织关系介绍信) that carries a member's relations between organisations.
 * A letter not received by its validity date leaves a "口袋党员"; the compliance engine judges that.
 *
 * @param number the letter's number
 * @param issued the day it was issued
 * @param validUntil the last day it is valid
 */
public record TransferLetter(String number, LocalDate issued, LocalDate validUntil) {

  /** Checks the values: a number, and a validity not before the issue. */
  public TransferLetter {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(issued, "issued");
    Objects.requireNonNull(validUntil, "validUntil");
    Builds.requireText(number, "number");
    Builds.requireOrder(issued, validUntil, "validUntil");
  }
}
