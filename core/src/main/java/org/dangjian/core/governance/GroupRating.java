package org.dangjian.core.governance;

import java.util.Objects;
import org.dangjian.core.ValidationException;
import org.dangjian.core.assessment.ReportGrade;

/**
 * How one group of raters rated a {@link DutyReport}: how many gave each grade, the raters not named.
 *
 * @param group who rated
 * @param good how many rated it 好
 * @param fairlyGood how many rated it 较好
 * @param average how many rated it 一般
 * @param poor how many rated it 差
 */
public record GroupRating(RaterGroup group, int good, int fairlyGood, int average, int poor) {
  /** The most raters one group may count: beyond it a figure is refused as a typing error. */
  public static final int MAX_RATERS = 100_000;

  /**
   * @throws ValidationException ({@code invalid-value}) for a negative count, a group of more than {@value
   *     #MAX_RATERS}, or no rater at all
   */
  public GroupRating {
    Objects.requireNonNull(group, "group");
    if (good < 0 || fairlyGood < 0 || average < 0 || poor < 0) {
      throw ValidationException.of("", "invalid-value", "a count of raters cannot be negative");
    }
    long raters = (long) good + fairlyGood + average + poor;
    if (raters == 0 || raters > MAX_RATERS) {
      throw ValidationException.of("", "invalid-value", raters + " raters: a group rating counts from 1 to " + MAX_RATERS + " raters");
    }
  }

  /** @return how many rated */
  public int raters() {
    return good + fairlyGood + average + poor;
  }

  /**
   * @param grade a grade
   * @return how many gave it
   */
  public int count(ReportGrade grade) {
    return switch (grade) {
      case GOOD -> good;
      case FAIRLY_GOOD -> fairlyGood;
      case AVERAGE -> average;
      case POOR -> poor;
    };
  }
}
