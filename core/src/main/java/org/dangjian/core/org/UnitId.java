package org.dangjian.core.org;

import org.dangjian.core.internal.Ids;

/**
 * Identifies a unit (单位): a school, kindergarten, vocational centre or office. Unit ids are plain text: {@value Ids#RULE}; they sort as text.
 *
 * @param value the identifier text
 */
public record UnitId(String value) implements Comparable<UnitId> {

  /**
   * @throws org.dangjian.core.ValidationException ({@code invalid-id}) when the text breaks the syntax
   */
  public UnitId {
    Ids.check(value, "unit");
  }

  /**
   * @param value the identifier text
   * @return the id
   */
  public static UnitId of(String value) {
    return new UnitId(value);
  }

  @Override
  public int compareTo(UnitId other) {
    return value.compareTo(other.value);
  }

  /** @return the identifier text */
  @Override
  public String toString() {
    return value;
  }
}
