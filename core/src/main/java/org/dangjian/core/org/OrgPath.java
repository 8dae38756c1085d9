package org.dangjian.core.org;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The path of an organisation from its root down to itself. Paths sort segment by segment, so a
 * parent comes before its children and siblings sort by id: the order reports are printed in.
 *
 * @param ids the organisation ids from the root to the organisation, at least one
 */
public record OrgPath(List<OrganisationId> ids) implements Comparable<OrgPath> {

  /** Copies the list; a path is never empty. */
  public OrgPath {
    java.util.Objects.requireNonNull(ids, "ids");
    ids = List.copyOf(ids);
    if (ids.isEmpty()) {
      throw new IllegalArgumentException("a path has at least one organisation");
    }
  }

  /** @return the organisation the path leads to */
  public OrganisationId leaf() {
    return ids.get(ids.size() - 1);
  }

  /** @return the root of the tree the path starts from */
  public OrganisationId root() {
    return ids.get(0);
  }

  /** @return 0 for a root, 1 for its children, and so on */
  public int depth() {
    return ids.size() - 1;
  }

  /**
   * @param other another path
   * @return whether this path starts with {@code other} (an organisation is within itself)
   */
  public boolean startsWith(OrgPath other) {
    return other.ids.size() <= ids.size() && ids.subList(0, other.ids.size()).equals(other.ids);
  }

  @Override
  public int compareTo(OrgPath other) {
    int shared = Math.min(ids.size(), other.ids.size());
    for (int i = 0; i < shared; i++) {
      int c = ids.get(i).compareTo(other.ids.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(ids.size(), other.ids.size());
  }

  /** @return the ids joined by {@code /}, for example {@code bureau/zx1/zx1-b1} */
  @Override
  public String toString() {
    return ids.stream().map(OrganisationId::value).collect(Collectors.joining("/"));
  }
}
