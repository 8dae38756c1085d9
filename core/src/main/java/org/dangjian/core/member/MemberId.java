package org.dangjian.core.member;

import org.dangjian.core.internal.Ids;

/**
 * Identifies a Party member (党员), or a person on the way to membership (申请人, 积极分子, 发展对象). Member ids are plain text: {@value Ids#RULE}; they sort as text.
 *
 * @param value the identifier text
 */
public record MemberId(String value) implements Comparable<MemberId> {

  /**
   * @throws org.dangjian.core.ValidationException ({@code invalid-id}) when the text breaks the syntax
   */
  public MemberId {
    Ids.check(value, "member");
  }

  /**
   * @param value the identifier text
   * @return the id
   */
  public static MemberId of(String value) {
    return new MemberId(value);
  }

  @Override
  public int compareTo(MemberId other) {
    return value.compareTo(other.value);
  }

  /** @return the identifier text */
  @Override
  public String toString() {
    return value;
  }
}
