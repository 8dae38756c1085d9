package org.dangjian.rules.spi;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dangjian.core.ValidationException;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.member.Member;
import org.dangjian.core.org.OrgTree;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.org.OrganisationKind;

/**
 * The part of a dataset a rule is asked to judge: all of it, or — when a {@link
 * org.dangjian.rules.ComplianceSession} re-runs a {@linkplain Dependencies#isPerBranch() per-branch} rule
 * after a change — some <em>scope keys</em>. An organisation's scope key is its branch if it is a group
 * (党小组), else the organisation itself; a member's is the key of their branch. The lists are computed
 * once, on first use. Immutable and thread-safe.
 */
public final class EvaluationScope {
  private static final Comparator<Activity> ACTIVITY_ORDER = Comparator.comparing(Activity::date).thenComparing(Activity::id);

  private final Dataset dataset;
  private final Set<OrganisationId> keys;
  private final boolean whole;
  private final Supplier<List<Organisation>> organisations;
  private final Supplier<List<Member>> members;
  private final Supplier<List<Activity>> activities;

  private EvaluationScope(Dataset dataset, Set<OrganisationId> keys, boolean whole) {
    this.dataset = dataset;
    this.keys = keys;
    this.whole = whole;
    this.organisations = whole ? dataset::organisations : Suppliers.memoize(this::findOrganisations);
    this.members = whole ? dataset::members : Suppliers.memoize(this::findMembers);
    this.activities = whole ? dataset::activities : Suppliers.memoize(this::findActivities);
  }

  /**
   * @param dataset the records
   * @return all of them
   */
  public static EvaluationScope whole(Dataset dataset) {
    return new EvaluationScope(Objects.requireNonNull(dataset, "dataset"), Set.of(), true);
  }

  /**
   * @param dataset the records
   * @param keys scope keys: organisations of the dataset that are not groups
   * @return the organisations with those keys, their members and activities
   * @throws ValidationException ({@code unknown-organisation}, {@code invalid-value}) for an unknown key or a group
   */
  public static EvaluationScope of(Dataset dataset, Collection<OrganisationId> keys) {
    for (OrganisationId key : keys) {
      if (dataset.tree().get(key).kind() == OrganisationKind.GROUP) {
        throw ValidationException.of("", "invalid-value", "'" + key + "' is a group; its scope key is its branch");
      }
    }
    return new EvaluationScope(dataset, Set.copyOf(keys), false);
  }

  /**
   * @param tree an organisation tree
   * @param organisation one of its organisations
   * @return its scope key: its branch if it is a group, else itself
   */
  public static OrganisationId keyOf(OrgTree tree, OrganisationId organisation) {
    Organisation found = tree.get(organisation);
    if (found.kind() != OrganisationKind.GROUP) {
      return organisation;
    }
    return tree.parent(organisation).map(Organisation::id).orElse(organisation);
  }

  /**
   * @param tree an organisation tree
   * @param key a scope key of it
   * @return the organisations with that key, in path order: a branch and its groups, or the key alone
   */
  public static List<Organisation> organisationsOf(OrgTree tree, OrganisationId key) {
    Organisation organisation = tree.get(key);
    return organisation.kind().isBranch() ? tree.subtree(key) : List.of(organisation);
  }

  /** @return whether this is the whole dataset */
  public boolean isWhole() {
    return whole;
  }

  /** @return the scope keys, empty for the whole dataset */
  public Set<OrganisationId> keys() {
    return keys;
  }

  /**
   * @param organisation an organisation of the dataset
   * @return whether it is within the scope
   */
  public boolean includes(OrganisationId organisation) {
    return whole || keys.contains(keyOf(dataset.tree(), organisation));
  }

  /** @return the organisations in scope, in path order, dissolved ones included */
  public List<Organisation> organisations() {
    return organisations.get();
  }

  /** @return the members whose branch is in scope, by id */
  public List<Member> members() {
    return members.get();
  }

  /** @return the activities held by organisations in scope, by date, then id */
  public List<Activity> activities() {
    return activities.get();
  }

  private List<Organisation> findOrganisations() {
    OrgTree tree = dataset.tree();
    List<OrganisationId> sorted = new ArrayList<>(keys);
    sorted.sort(tree.pathOrder());
    List<Organisation> found = new ArrayList<>();
    for (OrganisationId key : sorted) {
      found.addAll(organisationsOf(tree, key));
    }
    return List.copyOf(found);
  }

  private List<Member> findMembers() {
    List<Member> found = new ArrayList<>();
    for (OrganisationId key : keys) {
      if (dataset.tree().get(key).kind().isBranch()) {
        found.addAll(dataset.membersOf(key));
      }
    }
    found.sort(Comparator.comparing(Member::id));
    return List.copyOf(found);
  }

  private List<Activity> findActivities() {
    List<Activity> found = new ArrayList<>();
    for (Organisation organisation : organisations()) {
      found.addAll(dataset.activitiesOf(organisation.id()));
    }
    found.sort(ACTIVITY_ORDER);
    return List.copyOf(found);
  }

  /** @return for example {@code EvaluationScope[b1, b2]} or {@code EvaluationScope[whole]} */
  @Override
  public String toString() {
    return "EvaluationScope[" + (whole ? "whole" : String.join(", ", keys.stream().map(OrganisationId::value).sorted().toList())) + "]";
  }
}
