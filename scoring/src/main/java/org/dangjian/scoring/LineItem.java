package org.dangjian.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.dangjian.core.Labels;
import org.jspecify.annotations.Nullable;

/**
 * One line of a score card: which item, how many points it gave after caps, groups and vetoes, when,
 * the record it rests on, and — when the points differ from what the occurrence was worth — why.
 * Immutable; made by {@link #of}, dated by {@link #withDate} and explained by {@link #withNote}.
 */
public final class LineItem {
  private final String item;
  private final String block;
  private final @Nullable LocalDate date;
  private final BigDecimal worth;
  private final BigDecimal points;
  private final String evidence;
  private final @Nullable Labels note;

  LineItem(String item, String block, @Nullable LocalDate date, BigDecimal worth, BigDecimal points, String evidence,
      @Nullable Labels note) {
    this.item = Objects.requireNonNull(item, "item");
    this.block = Objects.requireNonNull(block, "block");
    this.date = date;
    this.worth = Objects.requireNonNull(worth, "worth");
    this.points = Objects.requireNonNull(points, "points");
    this.evidence = Objects.requireNonNull(evidence, "evidence");
    this.note = note;
  }

  /**
   * An undated line that needs no note.
   *
   * @param item the item's id
   * @param block the block it counts in
   * @param worth what the occurrence was worth on its own
   * @param points what it counts for
   * @param evidence the record, as {@code kind:id} (for example {@code activity:sx-tpd-2024-03-14})
   * @return the line
   */
  public static LineItem of(String item, String block, BigDecimal worth, BigDecimal points, String evidence) {
    return new LineItem(item, block, null, worth, points, evidence, null);
  }

  /**
   * @param value the day of the occurrence
   * @return this line, on that day
   */
  public LineItem withDate(LocalDate value) {
    return new LineItem(item, block, Objects.requireNonNull(value, "date"), worth, points, evidence, note);
  }

  /**
   * @param value why the points differ from the worth (a cap, a non-stacking group, a veto), in Chinese and English
   * @return this line, with that note
   */
  public LineItem withNote(Labels value) {
    return new LineItem(item, block, date, worth, points, evidence, Objects.requireNonNull(value, "note"));
  }

  /** @return the item's id */
  public String item() {
    return item;
  }

  /** @return the block it counts in */
  public String block() {
    return block;
  }

  /** @return the day of the occurrence, if it has one */
  public Optional<LocalDate> date() {
    return Optional.ofNullable(date);
  }

  /** @return what the occurrence was worth on its own */
  public BigDecimal worth() {
    return worth;
  }

  /** @return what it counts for */
  public BigDecimal points() {
    return points;
  }

  /** @return the record, as {@code kind:id} (for example {@code activity:sx-tpd-2024-03-14}) */
  public String evidence() {
    return evidence;
  }

  /** @return why {@link #points()} differs from {@link #worth()}, if it does, in Chinese and English */
  public Optional<Labels> note() {
    return Optional.ofNullable(note);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof LineItem l && item.equals(l.item) && block.equals(l.block) && Objects.equals(date, l.date)
        && worth.equals(l.worth) && points.equals(l.points) && evidence.equals(l.evidence) && Objects.equals(note, l.note);
  }

  @Override
  public int hashCode() {
    return Objects.hash(item, block, date, worth, points, evidence, note);
  }

  @Override
  public String toString() {
    return "LineItem[" + item + " (" + block + ") " + (date == null ? "undated" : date) + ", worth=" + worth.toPlainString()
        + ", points=" + points.toPlainString() + ", " + evidence + (note == null ? "" : ", note=" + note.en()) + "]";
  }
}
