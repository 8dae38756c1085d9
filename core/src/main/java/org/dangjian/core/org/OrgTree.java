package org.dangjian.core.org;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dangjian.core.Problem;
import org.dangjian.core.ValidationException;
import org.dangjian.core.internal.OrganisationChecks;

/**
 * The organisation hierarchy as an immutable, indexed tree: from an education working committee or
 * bureau committee down through school committees, general branches and branches to groups.
 *
 * <p>Built once with {@link #of(Collection)}, which checks the structure (unique ids, parents that
 * exist, no cycles, groups only under branches, nothing under a group); every query after that is a
 * lookup. Children and roots are ordered by id, and {@link #organisations()} lists the whole tree in
 * path order (a parent before its children). Dissolved organisations stay in the tree, marked as
 * such, so that history can be read.
 *
 * <p>Immutable and thread-safe.
 */
public final class OrgTree {

  private final ImmutableMap<OrganisationId, Organisation> byId;
  private final ImmutableList<Organisation> preOrder;
  private final ImmutableMap<OrganisationId, Integer> position;
  private final int[] subtreeEnd;
  private final ImmutableMap<OrganisationId, OrgPath> paths;
  private final ImmutableMap<OrganisationId, ImmutableList<Organisation>> children;
  private final ImmutableList<Organisation> roots;

  private OrgTree(List<Organisation> organisations) {
    Map<OrganisationId, List<Organisation>> childLists = new TreeMap<>();
    List<Organisation> rootList = new ArrayList<>();
    Map<OrganisationId, Organisation> sorted = new TreeMap<>();
    for (Organisation organisation : organisations) {
      sorted.put(organisation.id(), organisation);
    }
    for (Organisation organisation : sorted.values()) {
      organisation.parent().filter(sorted::containsKey).ifPresentOrElse(
          p -> childLists.computeIfAbsent(p, k -> new ArrayList<>()).add(organisation),
          () -> rootList.add(organisation));
    }
    this.byId = ImmutableMap.copyOf(sorted);
    this.roots = ImmutableList.copyOf(rootList);
    ImmutableMap.Builder<OrganisationId, ImmutableList<Organisation>> childIndex = ImmutableMap.builder();
    childLists.forEach((parent, list) -> childIndex.put(parent, ImmutableList.copyOf(list)));
    this.children = childIndex.build();

    // Depth-first, pre-order: each subtree is a contiguous run of the list.
    List<Organisation> order = new ArrayList<>(sorted.size());
    Map<OrganisationId, OrgPath> pathIndex = new HashMap<>();
    Map<OrganisationId, Integer> at = new HashMap<>();
    int[] ends = new int[sorted.size()];
    Deque<Object> stack = new ArrayDeque<>();
    for (int r = roots.size() - 1; r >= 0; r--) {
      stack.push(roots.get(r));
    }
    while (!stack.isEmpty()) {
      Object next = stack.pop();
      if (next instanceof Integer closing) {
        ends[closing] = order.size();
        continue;
      }
      Organisation organisation = (Organisation) next;
      int index = order.size();
      order.add(organisation);
      at.put(organisation.id(), index);
      List<OrganisationId> path = new ArrayList<>();
      organisation.parent().filter(pathIndex::containsKey).ifPresent(p -> path.addAll(pathIndex.get(p).ids()));
      path.add(organisation.id());
      pathIndex.put(organisation.id(), new OrgPath(path));
      stack.push(index);
      List<Organisation> kids = children.getOrDefault(organisation.id(), ImmutableList.of());
      for (int k = kids.size() - 1; k >= 0; k--) {
        stack.push(kids.get(k));
      }
    }
    this.preOrder = ImmutableList.copyOf(order);
    this.position = ImmutableMap.copyOf(at);
    this.subtreeEnd = ends;
    ImmutableMap.Builder<OrganisationId, OrgPath> pathMap = ImmutableMap.builder();
    for (Organisation organisation : order) {
      pathMap.put(organisation.id(), pathIndex.get(organisation.id()));
    }
    this.paths = pathMap.build();
  }

  /**
   * Builds the tree, checking its structure.
   *
   * @param organisations every organisation, in any order
   * @return the tree
   * @throws ValidationException listing every structural problem, with paths {@code organisations[i]...}
   *     in the order given
   */
  public static OrgTree of(Collection<Organisation> organisations) {
    return of(organisations, id -> false);
  }

  /**
   * Builds the tree of one part of a partitioned region: an organisation whose parent lives in another
   * part is a root here, its path starting with itself.
   *
   * @param organisations every organisation of the part, in any order
   * @param external whether an organisation the part does not hold lives in another part
   * @return the tree
   * @throws ValidationException listing every structural problem
   */
  public static OrgTree of(Collection<Organisation> organisations, java.util.function.Predicate<OrganisationId> external) {
    List<Organisation> list = List.copyOf(organisations);
    List<Problem> problems = new ArrayList<>();
    OrganisationChecks.checkTree(list, problems, org.dangjian.core.internal.Externals.of(id -> false, external));
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return new OrgTree(list);
  }

  /** @return how many organisations the tree holds, dissolved ones included */
  public int size() {
    return preOrder.size();
  }

  /** @return every organisation in path order: each parent before its children, siblings by id */
  public List<Organisation> organisations() {
    return preOrder;
  }

  /** @return the organisations without a parent, by id */
  public List<Organisation> roots() {
    return roots;
  }

  /**
   * @param id an organisation id
   * @return whether the tree holds it
   */
  public boolean contains(OrganisationId id) {
    java.util.Objects.requireNonNull(id, "id");
    return byId.containsKey(id);
  }

  /**
   * @param id an organisation id
   * @return the organisation, if the tree holds it
   */
  public Optional<Organisation> find(OrganisationId id) {
    java.util.Objects.requireNonNull(id, "id");
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * @param id an organisation id
   * @return the organisation
   * @throws ValidationException ({@code unknown-organisation}) if the tree does not hold it
   */
  public Organisation get(OrganisationId id) {
    java.util.Objects.requireNonNull(id, "id");
    Organisation organisation = byId.get(id);
    if (organisation == null) {
      throw unknown(id);
    }
    return organisation;
  }

  /**
   * @param id an organisation id
   * @return the organisation directly above it; empty for a root
   */
  public Optional<Organisation> parent(OrganisationId id) {
    return get(id).parent().map(byId::get);
  }

  /**
   * @param id an organisation id
   * @return the organisations directly under it, by id, dissolved ones included
   */
  public List<Organisation> children(OrganisationId id) {
    get(id);
    return children.getOrDefault(id, ImmutableList.of());
  }

  /**
   * @param id an organisation id
   * @return the organisations above it, nearest first, ending with the root
   */
  public List<Organisation> ancestors(OrganisationId id) {
    java.util.Objects.requireNonNull(id, "id");
    List<OrganisationId> ids = path(id).ids();
    List<Organisation> ancestors = new ArrayList<>(ids.size() - 1);
    for (int i = ids.size() - 2; i >= 0; i--) {
      ancestors.add(byId.get(ids.get(i)));
    }
    return List.copyOf(ancestors);
  }

  /**
   * @param id an organisation id
   * @return the organisation and everything under it, in path order
   */
  public List<Organisation> subtree(OrganisationId id) {
    java.util.Objects.requireNonNull(id, "id");
    int start = index(id);
    return preOrder.subList(start, subtreeEnd[start]);
  }

  /**
   * @param id an organisation id
   * @return its path from the root
   */
  public OrgPath path(OrganisationId id) {
    java.util.Objects.requireNonNull(id, "id");
    OrgPath path = paths.get(id);
    if (path == null) {
      throw unknown(id);
    }
    return path;
  }

  /**
   * @param id an organisation id
   * @return 0 for a root, 1 for its children, and so on
   */
  public int depth(OrganisationId id) {
    java.util.Objects.requireNonNull(id, "id");
    return path(id).depth();
  }

  /**
   * @param id an organisation id
   * @param ancestor another organisation id
   * @return whether {@code id} is {@code ancestor} or lies under it
   */
  public boolean isWithin(OrganisationId id, OrganisationId ancestor) {
    java.util.Objects.requireNonNull(id, "id");
    java.util.Objects.requireNonNull(ancestor, "ancestor");
    int start = index(ancestor);
    int at = index(id);
    return at >= start && at < subtreeEnd[start];
  }

  /**
   * @param id a branch, joint branch or group
   * @return the branch itself, or for a group the branch it sits in; empty for other kinds
   */
  public Optional<Organisation> branchOf(OrganisationId id) {
    java.util.Objects.requireNonNull(id, "id");
    Organisation organisation = get(id);
    if (organisation.kind().isBranch()) {
      return Optional.of(organisation);
    }
    return organisation.kind() == OrganisationKind.GROUP ? parent(id) : Optional.empty();
  }

  /**
   * @param kind a kind
   * @return the organisations of that kind, in path order
   */
  public List<Organisation> ofKind(OrganisationKind kind) {
    return preOrder.stream().filter(o -> o.kind() == kind).toList();
  }

  /**
   * @param id an organisation of the tree
   * @return its place in path order: its index in {@link #organisations()}, which {@link #pathOrder()} compares
   * @throws ValidationException ({@code unknown-organisation}) if the tree does not hold it
   */
  public int positionOf(OrganisationId id) {
    return index(java.util.Objects.requireNonNull(id, "id"));
  }

  /** @return a comparator putting organisation ids of this tree in path order */
  public Comparator<OrganisationId> pathOrder() {
    return Comparator.comparingInt(this::index);
  }

  private int index(OrganisationId id) {
    Integer at = position.get(id);
    if (at == null) {
      throw unknown(id);
    }
    return at;
  }

  private static ValidationException unknown(OrganisationId id) {
    return ValidationException.of("", "unknown-organisation", "the tree holds no organisation '" + id + "'");
  }

  @Override
  public boolean equals(Object other) {
    return this == other || other instanceof OrgTree that && byId.equals(that.byId);
  }

  @Override
  public int hashCode() {
    return byId.hashCode();
  }

  /** @return a short description: the number of organisations and the roots */
  @Override
  public String toString() {
    return "OrgTree[" + size() + " organisations, roots " + roots.stream().map(o -> o.id().value()).toList() + "]";
  }
}
