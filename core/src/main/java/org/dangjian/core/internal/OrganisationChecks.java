package org.dangjian.core.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dangjian.core.Problem;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.org.OrganisationKind;
import org.jspecify.annotations.Nullable;

/**
 * Structural checks of an organisation list, shared by {@code OrgTree.of} and the dataset validator.
 * Problems use the paths {@code organisations[i]...} of the list's order. Not API.
 */
public final class OrganisationChecks {
  private OrganisationChecks() {}

  /** Duplicate ids, dangling parents, cycles, kind placement, and active children of dissolved parents. */
  public static void checkTree(List<Organisation> organisations, List<Problem> problems) {
    checkTree(organisations, problems, Externals.NONE);
  }

  /**
   * @param organisations the organisations
   * @param problems where problems go
   * @param externals organisations of other parts: a parent among them holds (its own checks are that part's)
   */
  public static void checkTree(List<Organisation> organisations, List<Problem> problems, Externals externals) {
    Map<OrganisationId, Organisation> byId = firstById(organisations, problems);
    for (int i = 0; i < organisations.size(); i++) {
      Organisation organisation = organisations.get(i);
      String at = "organisations[" + i + "]";
      Optional<OrganisationId> parentId = organisation.parent();
      if (parentId.isEmpty()) {
        if (organisation.kind() == OrganisationKind.GROUP) {
          problems.add(Problem.of(at + ".parent", "group-not-under-branch",
              "group '" + organisation.id() + "' has no parent; a group (党小组) sits directly under a branch"));
        }
        continue;
      }
      Organisation parent = byId.get(parentId.get());
      if (parent == null && externals.organisation(parentId.get())) {
        continue;
      }
      if (parent == null) {
        problems.add(Problem.of(at + ".parent", "dangling-reference",
            "parent '" + parentId.get() + "' of '" + organisation.id() + "' is not among the organisations"));
        continue;
      }
      Optional<String> cycle = cycleThrough(organisation, byId);
      if (cycle.isPresent()) {
        problems.add(Problem.of(at + ".parent", "cycle",
            "'" + organisation.id() + "' is its own ancestor: " + cycle.get()));
        continue;
      }
      OrganisationKind kind = organisation.kind();
      if (kind == OrganisationKind.GROUP && !parent.kind().isBranch()) {
        problems.add(Problem.of(at + ".parent", "group-not-under-branch",
            "group '" + organisation.id() + "' sits under " + describe(parent) + "; a group (党小组) sits directly under a branch"));
      } else if (parent.kind() == OrganisationKind.GROUP) {
        problems.add(Problem.of(at + ".parent", "child-of-group",
            describe(organisation) + " sits under group '" + parent.id() + "'; nothing may sit under a group (党小组)"));
      } else if (!kind.mayBeUnder(parent.kind())) {
        problems.add(Problem.of(at + ".parent", "parent-kind-not-allowed",
            describe(organisation) + " may not sit under " + describe(parent)));
      }
      // A group may have been moved under a newer branch in a merge; anything else is established under its parent.
      if (kind != OrganisationKind.GROUP && organisation.established().isBefore(parent.established())) {
        problems.add(Problem.of(at + ".established", "invalid-date", "'" + organisation.id() + "' was established on "
            + organisation.established() + ", before its parent '" + parent.id() + "' (established " + parent.established() + ")"));
      }
      if (organisation.isActive() && !parent.isActive()) {
        problems.add(Problem.of(at + ".parent", "parent-dissolved",
            "'" + organisation.id() + "' is active but its parent '" + parent.id() + "' was dissolved on "
                + parent.dissolved().orElseThrow()));
      }
    }
  }

  /**
   * Walks up from {@code start} and reports whether {@code ancestor} is reached; safe on broken trees.
   *
   * @param byId the organisation with an id, or null
   * @return whether {@code start} is {@code ancestor} or lies under it
   */
  public static boolean isWithin(OrganisationId start, OrganisationId ancestor,
      java.util.function.Function<OrganisationId, @Nullable Organisation> byId) {
    Set<OrganisationId> seen = new HashSet<>();
    Optional<OrganisationId> at = Optional.of(start);
    while (at.isPresent() && seen.add(at.get())) {
      if (at.get().equals(ancestor)) {
        return true;
      }
      Organisation organisation = byId.apply(at.get());
      at = organisation == null ? Optional.empty() : organisation.parent();
    }
    return false;
  }

  /** Indexes by id, reporting every repeat of an id already seen. */
  public static Map<OrganisationId, Organisation> firstById(List<Organisation> organisations, List<Problem> problems) {
    Map<OrganisationId, Organisation> byId = new HashMap<>();
    Map<OrganisationId, Integer> firstAt = new HashMap<>();
    for (int i = 0; i < organisations.size(); i++) {
      Organisation organisation = organisations.get(i);
      Integer first = firstAt.putIfAbsent(organisation.id(), i);
      if (first != null) {
        problems.add(duplicate("organisations", i, first, organisation.id().value()));
      } else {
        byId.put(organisation.id(), organisation);
      }
    }
    return byId;
  }

  /** @return the problem for an id seen before, naming where it was first */
  public static Problem duplicate(String collection, int at, int first, String id) {
    return Problem.of(collection + "[" + at + "].id", "duplicate-id",
        "id '" + id + "' is used again; first at " + collection + "[" + first + "]");
  }

  /** @return for example {@code branch 'zx1-b1'} */
  public static String describe(Organisation organisation) {
    return organisation.kind().labelEn() + " '" + organisation.id() + "'";
  }

  private static Optional<String> cycleThrough(Organisation start, Map<OrganisationId, Organisation> byId) {
    StringBuilder trail = new StringBuilder(start.id().value());
    Set<OrganisationId> seen = new HashSet<>();
    seen.add(start.id());
    Optional<OrganisationId> at = start.parent();
    while (at.isPresent()) {
      trail.append(" → ").append(at.get());
      if (at.get().equals(start.id())) {
        return Optional.of(trail.toString());
      }
      if (!seen.add(at.get())) {
        return Optional.empty(); // a cycle above, not through start; reported at its own members
      }
      Organisation next = byId.get(at.get());
      at = next == null ? Optional.empty() : next.parent();
    }
    return Optional.empty();
  }
}
