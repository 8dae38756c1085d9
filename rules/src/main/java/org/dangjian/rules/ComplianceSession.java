package org.dangjian.rules;

import com.google.common.collect.HashMultiset;
import com.google.common.collect.Multiset;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.dangjian.core.DangjianException;
import org.dangjian.core.ValidationException;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dataset.DatasetChange;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.org.OrgTree;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.time.ReportingPeriod;
import org.dangjian.rules.spi.Dependencies;
import org.dangjian.rules.spi.Dependencies.Records;
import org.dangjian.rules.spi.EvaluationContext;
import org.dangjian.rules.spi.EvaluationScope;
import org.dangjian.rules.spi.FindingSink;

/**
 * Keeps a compliance evaluation current as records arrive — a dashboard's view of a city's schools
 * while meetings are recorded. {@link #start} evaluates the whole dataset once; {@link #apply} takes one
 * {@link DatasetChange} (an activity, a member event, a dues payment, a ledger entry), re-runs only the
 * rules that read that kind of record — per-branch rules ({@link Dependencies#isPerBranch()}) only for
 * the branches the change touches, per-organisation rules ({@link Dependencies#perOrganisation}) after a
 * member event only for the organisations related to the member — and keeps everything else. {@link #report()} is always equal to
 * {@link ComplianceEngine#evaluate(Dataset, RuleSet, ReportingPeriod, LocalDate)} on {@link #dataset()}.
 *
 * <p>Which branches a change touches: for an activity, the branch of the organisation that held it and
 * the branches of every member it names (attendees, absentees, host, recorder, lecturer); for a member
 * event, the member's branch before and after it; for a dues payment or a ledger entry, the member's
 * branch (and the approver's). A change that moves the earliest activity or dues month of the dataset
 * re-runs the rules reading that kind whole, since months before the first record are not judged.
 *
 * <p>A change that is refused (a {@link ValidationException} naming the record's field, or an illegal
 * lifecycle transition) leaves the session as it was; so does a rule that fails. The organisations and
 * units cannot change within a session: start a new one after restructuring. Thread-safe: changes from
 * several threads are applied one at a time (each {@link #apply} sees the one before), and the reports it
 * returns are immutable.
 */
public final class ComplianceSession {
  private final RuleSet ruleSet;
  private final ReportingPeriod window;
  private final LocalDate asOf;
  private final List<RuleEntry> entries;
  private final ReportOrder order;
  /** Organisations in path order, and each one's position. */
  private final List<Organisation> organisations;
  private final Map<OrganisationId, Integer> position = new HashMap<>();
  /** Scope keys in path order: every organisation that is not a group. */
  private final List<OrganisationId> keys = new ArrayList<>();
  private final Map<OrganisationId, KeyResults> results = new HashMap<>();
  /** The same results, in the order of {@link #keys}. */
  private final List<KeyResults> resultsInOrder = new ArrayList<>();
  /** Each key's place in {@link #keys}. */
  private final Map<OrganisationId, Integer> keyPlace = new HashMap<>();
  /** Per entry, the places of the keys holding results of it: an entry re-run whole changes those and no others. */
  private final java.util.BitSet[] holders;
  /** Per organisation by position: own required, held, findings; then the same for its subtree. */
  private final int[][] own;
  private final int[][] subtree;
  /** Per organisation by position: its summary, or null when its counts changed since the last report. */
  private final OrganisationSummary[] summary;

  /** Whether an entry is per organisation and reads members, so that member events need {@link #relatedOrganisations}. */
  private final boolean relatesMembers;
  private RelatedOrganisations relatedOrganisations;

  private Dataset dataset;
  private ComplianceReport report;

  private ComplianceSession(Dataset dataset, RuleSet ruleSet, ReportingPeriod window, LocalDate asOf) {
    this.dataset = dataset;
    this.ruleSet = ruleSet;
    this.window = window;
    this.asOf = asOf;
    this.entries = ruleSet.entries();
    this.order = new ReportOrder(dataset.tree());
    this.organisations = dataset.organisations();
    for (int i = 0; i < organisations.size(); i++) {
      Organisation organisation = organisations.get(i);
      position.put(organisation.id(), i);
      if (EvaluationScope.keyOf(dataset.tree(), organisation.id()).equals(organisation.id())) {
        keyPlace.put(organisation.id(), keys.size());
        keys.add(organisation.id());
        KeyResults kept = new KeyResults(entries.size());
        results.put(organisation.id(), kept);
        resultsInOrder.add(kept);
      }
    }
    this.holders = new java.util.BitSet[entries.size()];
    for (int i = 0; i < holders.length; i++) {
      holders[i] = new java.util.BitSet(keys.size());
    }
    this.own = new int[organisations.size()][3];
    this.subtree = new int[organisations.size()][3];
    this.summary = new OrganisationSummary[organisations.size()];
    this.relatesMembers = entries.stream().map(e -> e.rule().dependencies())
        .anyMatch(d -> d.isPerOrganisation() && d.reads(Records.MEMBERS));
  }

  /**
   * Evaluates a dataset in full and keeps the results by rule and branch.
   *
   * @param dataset the records
   * @param ruleSet the resolved rule set
   * @param window the period to evaluate
   * @param asOf the day of evaluation, within the window
   * @return the session
   * @throws ValidationException ({@code invalid-date}) if {@code asOf} lies outside the window
   * @throws DangjianException naming the rule if a rule fails
   */
  public static ComplianceSession start(Dataset dataset, RuleSet ruleSet, ReportingPeriod window, LocalDate asOf) {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(ruleSet, "ruleSet");
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(ruleSet, "ruleSet");
    Objects.requireNonNull(window, "window");
    ComplianceEngine.requireWithin(window, asOf);
    ComplianceSession session = new ComplianceSession(dataset, ruleSet, window, asOf);
    Map<OrganisationId, List<List<Finding>>> findings = new HashMap<>();
    Map<OrganisationId, List<List<Requirement>>> requirements = new HashMap<>();
    Set<Integer> all = new TreeSet<>();
    for (int i = 0; i < session.entries.size(); i++) {
      session.run(i, dataset, EvaluationScope.whole(dataset), findings, requirements);
      all.add(i);
    }
    session.commit(findings, requirements, new LinkedHashSet<>(session.keys), Map.of(), all, null);
    return session;
  }

  /** @return the records, with every change applied so far */
  public synchronized Dataset dataset() {
    return dataset;
  }

  /** @return the resolved rule set */
  public RuleSet ruleSet() {
    return ruleSet;
  }

  /** @return the period evaluated */
  public ReportingPeriod window() {
    return window;
  }

  /** @return the day of evaluation */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * The report on the current records: built on the first call after a change from the results kept
   * per branch (no rule runs), then kept until the next change.
   *
   * @return the report, equal to a full evaluation of {@link #dataset()}
   */
  public synchronized ComplianceReport report() {
    if (report == null) {
      // The keys' lists joined without copying (keys are in path order, so the joins are sorted).
      List<List<Finding>> findings = new ArrayList<>(keys.size());
      List<List<Requirement>> requirements = new ArrayList<>(keys.size());
      List<DueItem> due = new ArrayList<>();
      for (KeyResults kept : resultsInOrder) {
        findings.add(kept.findings);
        requirements.add(kept.requirements);
        due.addAll(kept.due);
      }
      due.sort(order.due);
      List<OrganisationSummary> summaries = new ArrayList<>(organisations.size());
      for (int i = 0; i < organisations.size(); i++) {
        if (summary[i] == null) {
          summary[i] = new OrganisationSummary(organisations.get(i).id(), own[i][0], own[i][1], own[i][2],
              subtree[i][0], subtree[i][1], subtree[i][2]);
        }
        summaries.add(summary[i]);
      }
      report = new ComplianceReport(ruleSet.id() + "@" + ruleSet.version(), window, asOf, ConcatenatedList.of(findings),
          ConcatenatedList.of(requirements), summaries, due);
    }
    return report;
  }

  /**
   * @return each finding of the current report with where it stands in its correction (整改) on the day of
   *     evaluation, from the session's dataset
   */
  public synchronized List<FindingLife> findingLives() {
    return FindingLife.of(report(), dataset());
  }

  /**
   * Applies one change to the dataset and re-evaluates what it touches.
   *
   * @param change the new record
   * @return what changed in the report, and what was re-run
   * @throws ValidationException listing the new record's problems ({@link Dataset#with(DatasetChange)}); nothing changes
   * @throws org.dangjian.core.member.IllegalTransitionException if the lifecycle refuses a member event; nothing changes
   * @throws DangjianException naming the rule if a rule fails; nothing changes
   */
  public synchronized Update apply(DatasetChange change) {
    Objects.requireNonNull(change, "change");
    Dataset next = dataset.with(change);
    java.util.function.Predicate<Dependencies> readsChanged;
    Set<OrganisationId> touched = new LinkedHashSet<>();
    boolean whole = false;
    // For a member event, the organisations related to the member: where per-organisation rules are re-run.
    Set<OrganisationId> related = Set.of();
    if (change instanceof DatasetChange.RecordChange<?> added) {
      readsChanged = touch(next, added, touched);
      // Months and days before the earliest record of a kind are not judged: a new earliest one changes them all.
      whole = !next.firstActivityDate().equals(dataset.firstActivityDate()) || !next.firstDuesMonth().equals(dataset.firstDuesMonth());
    } else {
      readsChanged = d -> d.reads(Records.MEMBERS);
      MemberId member = ((DatasetChange.MemberEventAdded) change).member();
      touched.add(keyOfMember(dataset, member));
      touched.add(keyOfMember(next, member));
      if (relatesMembers) {
        related = relatedOrganisations().of(dataset, next, member);
      }
    }
    EvaluationScope scope = EvaluationScope.of(next, touched);
    EvaluationScope relatedScope = related.isEmpty() ? null : EvaluationScope.of(next, related);
    Map<OrganisationId, List<List<Finding>>> findings = new HashMap<>();
    Map<OrganisationId, List<List<Requirement>>> requirements = new HashMap<>();
    Set<OrganisationId> changed = new LinkedHashSet<>(touched);
    Map<Integer, Set<OrganisationId>> scoped = new HashMap<>();
    Set<Integer> unscoped = new TreeSet<>();
    List<String> perBranch = new ArrayList<>();
    List<String> perOrganisation = new ArrayList<>();
    List<String> rerunWhole = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Dependencies dependencies = entries.get(i).rule().dependencies();
      if (!readsChanged.test(dependencies)) {
        continue;
      }
      if (dependencies.isPerBranch() && !whole) {
        run(i, next, scope, findings, requirements);
        scoped.put(i, touched);
        perBranch.add(entries.get(i).id());
      } else if (dependencies.isPerOrganisation() && relatedScope != null) {
        run(i, next, relatedScope, findings, requirements);
        scoped.put(i, related);
        perOrganisation.add(entries.get(i).id());
        // Only the related keys whose results of the entry differ: the others stay as they are.
        for (OrganisationId key : related) {
          if (!changed.contains(key) && !sameResults(key, i, findings, requirements)) {
            changed.add(key);
          }
        }
      } else {
        run(i, next, EvaluationScope.whole(next), findings, requirements);
        unscoped.add(i);
        rerunWhole.add(entries.get(i).id());
        // Every key that held or now holds results of the entry, where they differ: the others stay as they are.
        for (int k = holders[i].nextSetBit(0); k >= 0; k = holders[i].nextSetBit(k + 1)) {
          OrganisationId key = keys.get(k);
          if (!changed.contains(key) && !sameResults(key, i, findings, requirements)) {
            changed.add(key);
          }
        }
        for (Set<OrganisationId> holding : List.of(findings.keySet(), requirements.keySet())) {
          for (OrganisationId key : holding) {
            if (!changed.contains(key) && !sameResults(key, i, findings, requirements)) {
              changed.add(key);
            }
          }
        }
      }
    }
    Update.Builder update = new Update.Builder();
    commit(findings, requirements, changed, scoped, unscoped, update);
    dataset = next;
    report = null;
    if (relatedOrganisations != null) {
      if (change instanceof DatasetChange.RecordChange<?> added) {
        relate(next, added);
      } else {
        relatedOrganisations.history(next.member(((DatasetChange.MemberEventAdded) change).member()).orElseThrow());
      }
    }
    Set<OrganisationId> reevaluatedKeys = new LinkedHashSet<>(touched);
    if (!perOrganisation.isEmpty()) {
      reevaluatedKeys.addAll(related);
    }
    List<OrganisationId> reevaluated = new ArrayList<>(reevaluatedKeys);
    reevaluated.sort(dataset.tree().pathOrder());
    return update.build(change, reevaluated, perBranch, perOrganisation, rerunWhole);
  }

  /** @return the relations of members to organisations, built on the first member event */
  private RelatedOrganisations relatedOrganisations() {
    if (relatedOrganisations == null) {
      relatedOrganisations = RelatedOrganisations.of(dataset, kind -> entries.stream()
          .map(e -> e.rule().dependencies()).anyMatch(d -> d.isPerOrganisation() && d.reads(kind)));
    }
    return relatedOrganisations;
  }

  private <T> void relate(Dataset next, DatasetChange.RecordChange<T> added) {
    relatedOrganisations.add(next, added.kind(), added.record());
  }

  /**
   * Adds the keys a new record touches — its organisation's and those of every member and organisation it
   * names (for an activity: the branch that held it and the branches of everyone it names) — and says which
   * rules read it.
   */
  private static <T> java.util.function.Predicate<Dependencies> touch(Dataset next, DatasetChange.RecordChange<T> added,
      Set<OrganisationId> touched) {
    org.dangjian.core.record.RecordKind.Touched named = added.kind().touches(added.record());
    named.organisations().forEach(organisation -> touched.add(EvaluationScope.keyOf(next.tree(), organisation)));
    named.members().forEach(member -> touched.add(keyOfMember(next, member)));
    return d -> d.reads(added.kind());
  }

  private static OrganisationId keyOfMember(Dataset dataset, MemberId member) {
    return EvaluationScope.keyOf(dataset.tree(), dataset.member(member).map(Member::branch).orElseThrow());
  }

  /** Runs entry {@code i} on a scope, filing its results by key into slot {@code i}; results outside the scope are dropped. */
  private void run(int i, Dataset on, EvaluationScope scope, Map<OrganisationId, List<List<Finding>>> findings,
      Map<OrganisationId, List<List<Requirement>>> requirements) {
    RuleEntry entry = entries.get(i);
    OrgTree tree = on.tree();
    FindingSink sink = new FindingSink() {
      @Override
      public void finding(Finding finding) {
        OrganisationId key = EvaluationScope.keyOf(tree, finding.organisation());
        if (scope.isWhole() || scope.keys().contains(key)) {
          slot(findings, key, i).add(finding);
        }
      }

      @Override
      public void requirement(Requirement requirement) {
        OrganisationId key = EvaluationScope.keyOf(tree, requirement.organisation());
        if (scope.isWhole() || scope.keys().contains(key)) {
          slot(requirements, key, i).add(requirement);
        }
      }
    };
    try {
      entry.rule().evaluate(new EvaluationContext(on, ruleSet, entry, window, asOf, sink, scope));
    } catch (RuntimeException e) {
      throw ComplianceEngine.failed(entry, e);
    }
  }

  private <T> List<T> slot(Map<OrganisationId, List<List<T>>> byKey, OrganisationId key, int i) {
    List<List<T>> slots = byKey.computeIfAbsent(key, k -> {
      List<List<T>> empty = new ArrayList<>(entries.size());
      for (int e = 0; e < entries.size(); e++) {
        empty.add(null);
      }
      return empty;
    });
    if (slots.get(i) == null) {
      slots.set(i, new ArrayList<>());
    }
    return slots.get(i);
  }

  /** @return whether entry {@code i}'s new results for the key are those the key holds */
  private boolean sameResults(OrganisationId key, int i, Map<OrganisationId, List<List<Finding>>> findings,
      Map<OrganisationId, List<List<Requirement>>> requirements) {
    KeyResults kept = results.get(key);
    List<List<Finding>> newFindings = findings.get(key);
    List<List<Requirement>> newRequirements = requirements.get(key);
    List<Finding> found = newFindings == null || newFindings.get(i) == null ? List.of() : newFindings.get(i);
    List<Requirement> required = newRequirements == null || newRequirements.get(i) == null ? List.of() : newRequirements.get(i);
    return kept.findingsBy[i].equals(found) && kept.requirementsBy[i].equals(required);
  }

  /**
   * Puts new results in place. For each changed key, an entry re-run on some keys (per branch, or per
   * organisation) replaces its results if the key was among them, an entry re-run whole replaces them
   * everywhere (with nothing, where it found nothing). Then the key's lists, due items and counts are
   * rebuilt, and its ancestors' subtree counts adjusted. Nothing here can fail, so a change is applied
   * whole or not at all.
   */
  private void commit(Map<OrganisationId, List<List<Finding>>> findings, Map<OrganisationId, List<List<Requirement>>> requirements,
      Set<OrganisationId> changed, Map<Integer, Set<OrganisationId>> scoped, Set<Integer> whole, Update.Builder update) {
    for (OrganisationId key : changed) {
      KeyResults kept = results.get(key);
      List<List<Finding>> newFindings = findings.get(key);
      List<List<Requirement>> newRequirements = requirements.get(key);
      Update.Builder differences = update == null ? null : new Update.Builder();
      for (int i = 0; i < entries.size(); i++) {
        Set<OrganisationId> scope = scoped.get(i);
        if (whole.contains(i) || scope != null && scope.contains(key)) {
          List<Finding> findingsBefore = kept.findingsBy[i];
          List<Requirement> requirementsBefore = kept.requirementsBy[i];
          kept.findingsBy[i] = newFindings == null || newFindings.get(i) == null ? List.of() : List.copyOf(newFindings.get(i));
          kept.requirementsBy[i] = newRequirements == null || newRequirements.get(i) == null
              ? List.of() : List.copyOf(newRequirements.get(i));
          holders[i].set(keyPlace.get(key), kept.has(i));
          // Each result names its entry, so the key's differences are the replaced entries' differences.
          if (differences != null) {
            differences.diff(findingsBefore, kept.findingsBy[i], requirementsBefore, kept.requirementsBy[i]);
          }
        }
      }
      kept.rebuild(order, asOf);
      recount(key, kept);
      if (update != null) {
        update.addAll(differences, order);
      }
    }
  }

  /** Recounts the own figures of the key's organisations and carries the differences up their ancestors. */
  private void recount(OrganisationId key, KeyResults kept) {
    Map<OrganisationId, int[]> counts = new HashMap<>();
    for (Requirement r : kept.requirements) {
      if (ReportOrder.isOver(r.period(), asOf)) {
        int[] c = counts.computeIfAbsent(r.organisation(), k -> new int[3]);
        c[0] += r.required();
        c[1] += r.heldTowardsRequirement();
      }
    }
    for (Finding f : kept.findings) {
      counts.computeIfAbsent(f.organisation(), k -> new int[3])[2]++;
    }
    for (Organisation organisation : EvaluationScope.organisationsOf(dataset.tree(), key)) {
      int at = position.get(organisation.id());
      int[] now = counts.getOrDefault(organisation.id(), new int[3]);
      int[] delta = {now[0] - own[at][0], now[1] - own[at][1], now[2] - own[at][2]};
      if (delta[0] == 0 && delta[1] == 0 && delta[2] == 0) {
        continue;
      }
      own[at] = now;
      add(subtree[at], delta);
      summary[at] = null;
      for (Organisation ancestor : dataset.tree().ancestors(organisation.id())) {
        int above = position.get(ancestor.id());
        add(subtree[above], delta);
        summary[above] = null;
      }
    }
  }

  private static void add(int[] to, int[] delta) {
    for (int i = 0; i < 3; i++) {
      to[i] += delta[i];
    }
  }

  /** What one key holds: each entry's results, and the key's sorted lists and due items. */
  private static final class KeyResults {
    final List<Finding>[] findingsBy;
    final List<Requirement>[] requirementsBy;
    List<Finding> findings = List.of();
    List<Requirement> requirements = List.of();
    List<DueItem> due = List.of();

    @SuppressWarnings("unchecked")
    KeyResults(int entries) {
      findingsBy = new List[entries];
      requirementsBy = new List[entries];
      java.util.Arrays.fill(findingsBy, List.of());
      java.util.Arrays.fill(requirementsBy, List.of());
    }

    boolean has(int entry) {
      return !findingsBy[entry].isEmpty() || !requirementsBy[entry].isEmpty();
    }

    /** Rebuilds the sorted lists: the entries' results in entry order, then sorted stably, as the engine does. */
    void rebuild(ReportOrder order, LocalDate asOf) {
      List<Finding> allFindings = new ArrayList<>();
      List<Requirement> allRequirements = new ArrayList<>();
      for (int i = 0; i < findingsBy.length; i++) {
        allFindings.addAll(findingsBy[i]);
        allRequirements.addAll(requirementsBy[i]);
      }
      allFindings.sort(order.findings);
      allRequirements.sort(order.requirements);
      findings = List.copyOf(allFindings);
      requirements = List.copyOf(allRequirements);
      List<DueItem> owed = new ArrayList<>();
      ReportOrder.addDue(requirements, asOf, owed);
      due = List.copyOf(owed);
    }

  }

  /**
   * What one change did: findings that appeared and disappeared, requirements whose counts changed (old
   * and new versions), the branches and organisations re-evaluated (scope keys, in path order), and the
   * rule entries re-run per branch, per organisation or whole.
   *
   * @param change the change applied
   * @param findingsAdded findings in the new report and not the old
   * @param findingsRemoved findings in the old report and not the new
   * @param requirementsAdded requirements in the new report and not the old
   * @param requirementsRemoved requirements in the old report and not the new
   * @param reevaluated the scope keys the change touched, and after a member event that re-ran a
   *     per-organisation entry the organisations related to the member
   * @param rerunPerBranch entries re-run for the branches the change touched only
   * @param rerunPerOrganisation entries re-run for the organisations related to the member of a member
   *     event only ({@link Dependencies#perOrganisation})
   * @param rerunWhole entries re-run over the whole dataset
   */
  public record Update(DatasetChange change, List<Finding> findingsAdded, List<Finding> findingsRemoved,
      List<Requirement> requirementsAdded, List<Requirement> requirementsRemoved, List<OrganisationId> reevaluated,
      List<String> rerunPerBranch, List<String> rerunPerOrganisation, List<String> rerunWhole) {
    /** Copies the lists. */
    public Update {
      Objects.requireNonNull(change, "change");
      findingsAdded = List.copyOf(findingsAdded);
      findingsRemoved = List.copyOf(findingsRemoved);
      requirementsAdded = List.copyOf(requirementsAdded);
      requirementsRemoved = List.copyOf(requirementsRemoved);
      reevaluated = List.copyOf(reevaluated);
      rerunPerBranch = List.copyOf(rerunPerBranch);
      rerunPerOrganisation = List.copyOf(rerunPerOrganisation);
      rerunWhole = List.copyOf(rerunWhole);
    }

    /**
     * An update in which no entry was re-run per organisation: the form before that mode existed.
     *
     * @param change the change applied
     * @param findingsAdded findings in the new report and not the old
     * @param findingsRemoved findings in the old report and not the new
     * @param requirementsAdded requirements in the new report and not the old
     * @param requirementsRemoved requirements in the old report and not the new
     * @param reevaluated the scope keys the change touched
     * @param rerunPerBranch entries re-run for those keys only
     * @param rerunWhole entries re-run over the whole dataset
     */
    public Update(DatasetChange change, List<Finding> findingsAdded, List<Finding> findingsRemoved,
        List<Requirement> requirementsAdded, List<Requirement> requirementsRemoved, List<OrganisationId> reevaluated,
        List<String> rerunPerBranch, List<String> rerunWhole) {
      this(change, findingsAdded, findingsRemoved, requirementsAdded, requirementsRemoved, reevaluated, rerunPerBranch, List.of(),
          rerunWhole);
    }

    /** @return whether the report is unchanged */
    public boolean isEmpty() {
      return findingsAdded.isEmpty() && findingsRemoved.isEmpty() && requirementsAdded.isEmpty() && requirementsRemoved.isEmpty();
    }

    private static final class Builder {
      private final List<Finding> added = new ArrayList<>();
      private final List<Finding> removed = new ArrayList<>();
      private final List<Requirement> requirementsAdded = new ArrayList<>();
      private final List<Requirement> requirementsRemoved = new ArrayList<>();

      void diff(List<Finding> before, List<Finding> after, List<Requirement> requirementsBefore, List<Requirement> requirementsAfter) {
        differences(before, after, added, removed);
        differences(requirementsBefore, requirementsAfter, requirementsAdded, requirementsRemoved);
      }

      /**
       * Adds what {@code after} has and {@code before} has not to {@code added}, and the other way round to
       * {@code removed}, counting repeats. A rule re-run emits its results in the same order as before, so
       * the common beginning and end are set aside first, one pair at a time, and only what lies between
       * is counted.
       */
      private static <T> void differences(List<T> before, List<T> after, List<T> added, List<T> removed) {
        int start = 0;
        int endBefore = before.size();
        int endAfter = after.size();
        while (start < endBefore && start < endAfter && before.get(start).equals(after.get(start))) {
          start++;
        }
        while (endBefore > start && endAfter > start && before.get(endBefore - 1).equals(after.get(endAfter - 1))) {
          endBefore--;
          endAfter--;
        }
        if (start == endBefore && start == endAfter) {
          return;
        }
        difference(after.subList(start, endAfter), before.subList(start, endBefore), added);
        difference(before.subList(start, endBefore), after.subList(start, endAfter), removed);
      }

      /** Adds one key's differences, each list in the report's order, as the key's sorted lists would give them. */
      void addAll(Builder key, ReportOrder order) {
        key.added.sort(order.findings);
        key.removed.sort(order.findings);
        key.requirementsAdded.sort(order.requirements);
        key.requirementsRemoved.sort(order.requirements);
        added.addAll(key.added);
        removed.addAll(key.removed);
        requirementsAdded.addAll(key.requirementsAdded);
        requirementsRemoved.addAll(key.requirementsRemoved);
      }

      /** Adds to {@code into} the elements of {@code of} not matched in {@code minus}, counting repeats. */
      private static <T> void difference(Collection<T> of, Collection<T> minus, List<T> into) {
        if (minus.isEmpty()) {
          into.addAll(of);
          return;
        }
        Multiset<T> left = HashMultiset.create(minus);
        for (T element : of) {
          if (!left.remove(element)) {
            into.add(element);
          }
        }
      }

      Update build(DatasetChange change, List<OrganisationId> reevaluated, List<String> perBranch, List<String> perOrganisation,
          List<String> whole) {
        return new Update(change, added, removed, requirementsAdded, requirementsRemoved, reevaluated, perBranch, perOrganisation, whole);
      }
    }
  }

  /** @return for example {@code ComplianceSession[cn-national@1, 2024 as of 2024-12-31, Dataset[…]]} */
  @Override
  public String toString() {
    return "ComplianceSession[" + ruleSet.id() + "@" + ruleSet.version() + ", " + window + " as of " + asOf + ", " + dataset + "]";
  }

}
