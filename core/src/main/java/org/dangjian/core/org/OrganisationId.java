package org.dangjian.core.org;

import org.dangjian.core.internal.Ids;

/**
 * Identifies a Party organisation (党组织), from a working committee down to a group. Organisation ids are plain text: {@value Ids#RULE}; they sort as text.
 *
 * @param value the identifier text
 */
public record OrganisationId(String value) implements Comparable<OrganisationId> {

  /**
   * @throws org.dangjian.core.ValidationException ({@code invalid-id}) when the text breaks the syntax
   */
  public OrganisationId {
    Ids.check(value, "organisation");
  }

  /**
   * @param value the identifier text
   * @return the id
   */
  public static OrganisationId of(String value) {
    return new OrganisationId(value);
  }

  @Override
  public int compareTo(OrganisationId other) {
    return value.compareTo(other.value);
  }

  /** @return the identifier text */
  @Override
  public String toString() {
    return value;
  }
}
