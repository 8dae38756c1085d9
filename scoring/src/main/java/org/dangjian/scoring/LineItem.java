package org.dangjian.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a score card: which item, how many points it gave after caps, groups and vetoes, when,
 * the record it rests on, and — when the points differ from what the occurrence was worth — why.
 *
 * @param item the item's id
 * @param block the block it counts in
 * @param date the day of the occurrence, if it has one
 * @param worth what the occurrence was worth on its own
 * @param points what it counts for
 * @param evidence the record, as {@code kind:id} (for example {@code activity:sx-tpd-2024-03-14})
 * @param note why {@code points} differs from {@code worth}, if it does (a cap, a non-stacking group, a veto), in Chinese
 *     and English
 */
public record LineItem(String item, String block, Optional<LocalDate> date, BigDecimal worth, BigDecimal points,
    String evidence, Optional<org.dangjian.core.Labels> note) {

  /** Checks for nulls. */
  public LineItem {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(block, "block");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(worth, "worth");
    Objects.requireNonNull(points, "points");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(note, "note");
  }
}
