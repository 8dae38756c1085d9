package org.dangjian.core.member;

import java.util.Objects;
import java.util.Optional;
import org.dangjian.core.org.OrganisationId;

/**
 * Where a member belongs: a branch, and optionally a group inside it.
 *
 * @param branch the branch or joint branch
 * @param group the group within that branch, if any
 */
public record Placement(OrganisationId branch, Optional<OrganisationId> group) {

  /** Checks for nulls. */
  public Placement {
    Objects.requireNonNull(branch, "branch");
    Objects.requireNonNull(group, "group");
  }

  /**
   * @param branch the branch
   * @return a placement in the branch, outside any group
   */
  public static Placement inBranch(OrganisationId branch) {
    return new Placement(branch, Optional.empty());
  }

  /**
   * @param branch the branch
   * @param group the group within it
   * @return a placement in that group
   */
  public static Placement inGroup(OrganisationId branch, OrganisationId group) {
    Objects.requireNonNull(branch, "branch");
    Objects.requireNonNull(group, "group");
    return new Placement(branch, Optional.of(group));
  }

  /** @return {@code branch} or {@code branch/group} */
  @Override
  public String toString() {
    return group.map(g -> branch + "/" + g).orElse(branch.toString());
  }
}
