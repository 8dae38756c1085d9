package org.dangjian.core.activity;

import org.dangjian.core.internal.Ids;

/**
 * Identifies an activity record: one meeting, lecture, talk or study session. Activity ids are plain text: {@value Ids#RULE}; they sort as text.
 *
 * @param value the identifier text
 */
public record ActivityId(String value) implements Comparable<ActivityId> {

  /**
   * @throws org.dangjian.core.ValidationException ({@code invalid-id}) when the text breaks the syntax
   */
  public ActivityId {
    Ids.check(value, "activity");
  }

  /**
   * @param value the identifier text
   * @return the id
   */
  public static ActivityId of(String value) {
    return new ActivityId(value);
  }

  @Override
  public int compareTo(ActivityId other) {
    return value.compareTo(other.value);
  }

  /** @return the identifier text */
  @Override
  public String toString() {
    return value;
  }
}
