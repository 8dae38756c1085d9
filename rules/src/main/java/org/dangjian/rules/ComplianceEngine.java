package org.dangjian.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;
import org.dangjian.core.DangjianException;
import org.dangjian.core.ValidationException;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.org.OrgTree;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.parallel.Fanout;
import org.dangjian.core.time.ReportingPeriod;
import org.dangjian.rules.spi.EvaluationContext;
import org.dangjian.rules.spi.EvaluationScope;
import org.dangjian.rules.spi.FindingSink;

/**
 * Evaluates a dataset against a resolved rule set for a window: every rule runs, and their findings
 * and requirements become a {@link ComplianceReport}. The rules run side by side on the calling thread
 * and an executor's (the common fork-join pool's unless given one), each into lists of its own that are
 * joined in the set's order, so the report is the same whatever the threads. Stateless and thread-safe;
 * the same input gives the same report.
 */
public final class ComplianceEngine {
  private ComplianceEngine() {}

  /**
   * Evaluates a whole window, as of its last day.
   *
   * @param dataset the records
   * @param ruleSet the resolved rule set
   * @param window the period to evaluate, for example the year 2024
   * @return the report
   */
  public static ComplianceReport evaluate(Dataset dataset, RuleSet ruleSet, ReportingPeriod window) {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(ruleSet, "ruleSet");
    Objects.requireNonNull(window, "window");
    return evaluate(dataset, ruleSet, window, window.end());
  }

  /**
   * Evaluates a window as of a day within it: periods ending after that day are due, not violated.
   *
   * @param dataset the records
   * @param ruleSet the resolved rule set
   * @param window the period to evaluate
   * @param asOf the day of evaluation, within the window
   * @return the report
   * @throws ValidationException ({@code invalid-date}) if {@code asOf} lies outside the window
   * @throws DangjianException naming the rule if a rule fails
   */
  public static ComplianceReport evaluate(Dataset dataset, RuleSet ruleSet, ReportingPeriod window, LocalDate asOf) {
    return evaluate(dataset, ruleSet, window, asOf, Fanout.defaultExecutor(), Fanout.defaultParallelism());
  }

  /**
   * Evaluates a window as of a day within it, running the rules on the calling thread and up to {@code
   * threads - 1} of the executor's. {@code Runnable::run} with 1 evaluates on the caller alone.
   *
   * @param dataset the records
   * @param ruleSet the resolved rule set
   * @param window the period to evaluate
   * @param asOf the day of evaluation, within the window
   * @param executor lends threads
   * @param threads how many threads take part at most, the caller's included (1 or more)
   * @return the report, the same for any executor and number of threads
   * @throws ValidationException ({@code invalid-date}) if {@code asOf} lies outside the window
   * @throws DangjianException naming the rule if a rule fails (the first in the set's order if several do)
   * @throws IllegalArgumentException if {@code threads} is less than 1
   */
  public static ComplianceReport evaluate(Dataset dataset, RuleSet ruleSet, ReportingPeriod window, LocalDate asOf,
      Executor executor, int threads) {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(ruleSet, "ruleSet");
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(executor, "executor");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be 1 or more, not " + threads);
    }
    requireWithin(window, asOf);
    List<RuleEntry> entries = ruleSet.entries();
    // On several threads, a per-branch rule runs as CHUNKS tasks, each judging a run of branches in the tree's
    // order (a scope, as a session re-runs it), so that the threads share out the heavy rules evenly; the
    // rules judged whole go first. One thread runs each rule once, over everything.
    List<EvaluationScope> scopes = threads > 1 ? chunks(dataset, CHUNKS) : List.of();
    List<int[]> tasks = new ArrayList<>();
    for (int e = 0; e < entries.size(); e++) {
      if (scopes.isEmpty() || !entries.get(e).rule().dependencies().isPerBranch()) {
        tasks.add(new int[] {e, -1});
      }
    }
    for (int e = 0; e < entries.size(); e++) {
      if (!scopes.isEmpty() && entries.get(e).rule().dependencies().isPerBranch()) {
        for (int c = 0; c < scopes.size(); c++) {
          tasks.add(new int[] {e, c});
        }
      }
    }
    // Each task's results, by entry, then chunk: the runs the report is merged from.
    int perEntry = Math.max(1, scopes.size());
    @SuppressWarnings("unchecked")
    List<Finding>[] foundByRun = new List[entries.size() * perEntry];
    @SuppressWarnings("unchecked")
    List<Requirement>[] requiredByRun = new List[entries.size() * perEntry];
    // Each run's elements' places in the tree's order, the merge's first key, worked out with the run.
    int[][] foundPlaces = new int[entries.size() * perEntry][];
    int[][] requiredPlaces = new int[entries.size() * perEntry][];
    DangjianException[] failures = new DangjianException[entries.size() * perEntry];
    // Each task's results sorted on the thread that found them; the sorted runs merged after, on the caller.
    ReportOrder order = new ReportOrder(dataset.tree());
    Fanout.run(tasks.size(), threads - 1, executor, () -> task -> {
      int index = tasks.get(task)[0];
      int chunk = tasks.get(task)[1];
      RuleEntry entry = entries.get(index);
      List<Finding> found = new ArrayList<>();
      List<Requirement> required = new ArrayList<>();
      FindingSink sink = new FindingSink() {
        @Override
        public void finding(Finding finding) {
          found.add(finding);
        }

        @Override
        public void requirement(Requirement requirement) {
          required.add(requirement);
        }
      };
      try {
        entry.rule().evaluate(chunk < 0 ? new EvaluationContext(dataset, ruleSet, entry, window, asOf, sink)
            : new EvaluationContext(dataset, ruleSet, entry, window, asOf, sink, scopes.get(chunk)));
      } catch (RuntimeException e) {
        failures[index * perEntry + Math.max(chunk, 0)] = failed(entry, e);
        return;
      }
      found.sort(order.findings);
      required.sort(order.requirements);
      int slot = index * perEntry + Math.max(chunk, 0);
      foundByRun[slot] = found;
      requiredByRun[slot] = required;
      foundPlaces[slot] = ReportOrder.firstKeys(found, order.findingPlace);
      requiredPlaces[slot] = ReportOrder.firstKeys(required, order.requirementPlace);
    });
    // Every rule ran: of those that failed, the first in the set's order (and a rule's first run of branches) is reported,
    // whatever the threads.
    for (DangjianException failure : failures) {
      if (failure != null) {
        throw failure;
      }
    }
    // Merged with ties taken in the rules' order: the very lists a stable sort of the rules' results one after another
    // gives (a rule's chunks judge different organisations, so their results never tie).
    // On several threads the merges are cut by organisation into pieces merged at once.
    int wanted = threads > 1 ? Math.min(MERGE_PIECES_PER_THREAD * threads, MAX_MERGE_PIECES) : 1;
    ReportOrder.Pieces<Finding> foundPieces = new ReportOrder.Pieces<>(present(foundByRun), present(foundPlaces), order.findings, wanted);
    ReportOrder.Pieces<Requirement> requiredPieces =
        new ReportOrder.Pieces<>(present(requiredByRun), present(requiredPlaces), order.requirements, wanted);
    Fanout.run(foundPieces.count() + requiredPieces.count(), threads - 1, executor, () -> piece -> {
      if (piece < requiredPieces.count()) {
        requiredPieces.merge(piece);
      } else {
        foundPieces.merge(piece - requiredPieces.count());
      }
    });
    return sortedReport(ruleSet, window, asOf, order, foundPieces.merged(), requiredPieces.merged(),
        summaries(dataset.tree(), present(foundPlaces), present(requiredByRun), present(requiredPlaces), asOf));
  }

  /** How many runs of branches a per-branch rule is split into on several threads. */
  private static final int CHUNKS = 8;

  /** Into how many pieces, per thread, the merge of the findings and of the requirements is cut (so that a slow piece is not the tail), up to a bound. */
  private static final int MERGE_PIECES_PER_THREAD = 4;
  private static final int MAX_MERGE_PIECES = 32;

  /** @return the dataset's scope keys in the tree's order, cut into up to {@code count} runs of about equal members, as scopes */
  private static List<EvaluationScope> chunks(Dataset dataset, int count) {
    OrgTree tree = dataset.tree();
    List<OrganisationId> keys = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    long members = 0;
    for (Organisation organisation : tree.organisations()) {
      if (organisation.kind() != org.dangjian.core.org.OrganisationKind.GROUP) {
        int size = organisation.kind().isBranch() ? dataset.membersOf(organisation.id()).size() : 0;
        keys.add(organisation.id());
        sizes.add(size);
        members += size;
      }
    }
    List<EvaluationScope> scopes = new ArrayList<>();
    List<OrganisationId> run = new ArrayList<>();
    long inRun = 0;
    for (int k = 0; k < keys.size(); k++) {
      run.add(keys.get(k));
      inRun += sizes.get(k);
      if (scopes.size() < count - 1 && inRun * count >= members) {
        scopes.add(EvaluationScope.of(dataset, run));
        run = new ArrayList<>();
        inRun = 0;
      }
    }
    if (!run.isEmpty() || scopes.isEmpty()) {
      scopes.add(EvaluationScope.of(dataset, run));
    }
    return List.copyOf(scopes);
  }

  /** @return the runs that were filled (a chunked entry's unused slots, and one-run entries' other slots, are null) */
  private static <T> List<T> present(T[] runs) {
    List<T> present = new ArrayList<>(runs.length);
    for (T run : runs) {
      if (run != null) {
        present.add(run);
      }
    }
    return present;
  }

  /** The report of what the rules found and required: sorted in the tree's order, with the summaries and what is due. */
  static ComplianceReport report(Dataset dataset, RuleSet ruleSet, ReportingPeriod window, LocalDate asOf, List<Finding> findings,
      List<Requirement> requirements) {
    ReportOrder order = new ReportOrder(dataset.tree());
    findings.sort(order.findings);
    requirements.sort(order.requirements);
    List<OrganisationSummary> summaries = summaries(dataset.tree(), List.of(ReportOrder.firstKeys(findings, order.findingPlace)),
        List.of(requirements), List.of(ReportOrder.firstKeys(requirements, order.requirementPlace)), asOf);
    return sortedReport(ruleSet, window, asOf, order, findings, requirements, summaries);
  }

  /** The report of findings and requirements already in the report's order, with their summaries. */
  private static ComplianceReport sortedReport(RuleSet ruleSet, ReportingPeriod window, LocalDate asOf, ReportOrder order,
      List<Finding> findings, List<Requirement> requirements, List<OrganisationSummary> summaries) {
    List<DueItem> due = new ArrayList<>();
    ReportOrder.addDue(requirements, asOf, due);
    due.sort(order.due);
    return new ComplianceReport(ruleSet.id() + "@" + ruleSet.version(), window, asOf, findings, requirements, summaries, due);
  }

  /** @return a rule's failure, naming the rule and its type */
  static DangjianException failed(RuleEntry entry, RuntimeException e) {
    return new DangjianException("rule '" + entry.id() + "' (" + entry.type() + ") failed: " + e, e);
  }

  /** @throws ValidationException ({@code invalid-date}) if the day of evaluation lies outside the window */
  static void requireWithin(ReportingPeriod window, LocalDate asOf) {
    if (!window.contains(asOf)) {
      throw ValidationException.of("asOf", "invalid-date", "the day of evaluation " + asOf + " lies outside the window " + window);
    }
  }

  /**
   * @param tree the tree
   * @param findingPlaces per run of findings, each one's organisation's place in the tree's path order
   * @param requirements runs of requirements
   * @param requirementPlaces per run of requirements, each one's organisation's place
   * @param asOf the day of evaluation: the requirements of periods over by then count
   * @return each organisation's summary, in the tree's order
   */
  private static List<OrganisationSummary> summaries(OrgTree tree, List<int[]> findingPlaces, List<List<Requirement>> requirements,
      List<int[]> requirementPlaces, LocalDate asOf) {
    List<Organisation> organisations = tree.organisations();
    int[][] own = new int[organisations.size()][3];
    for (int run = 0; run < requirements.size(); run++) {
      List<Requirement> required = requirements.get(run);
      int[] places = requirementPlaces.get(run);
      for (int i = 0; i < places.length; i++) {
        Requirement r = required.get(i);
        if (ReportOrder.isOver(r.period(), asOf)) {
          int[] counts = own[places[i]];
          counts[0] += r.required();
          counts[1] += r.heldTowardsRequirement();
        }
      }
    }
    for (int[] places : findingPlaces) {
      for (int place : places) {
        own[place][2]++;
      }
    }
    return rollUp(organisations, positions(organisations), own);
  }

  /** @return each organisation's index in the list */
  static Map<OrganisationId, Integer> positions(List<Organisation> organisations) {
    Map<OrganisationId, Integer> position = new HashMap<>(organisations.size() * 2);
    for (int i = 0; i < organisations.size(); i++) {
      position.put(organisations.get(i).id(), i);
    }
    return position;
  }

  /**
   * @param organisations a tree's organisations, in path order
   * @param position each one's index
   * @param own each one's own counts: required, held, findings
   * @return the summaries, with the counts summed over each organisation's subtree
   */
  static List<OrganisationSummary> rollUp(List<Organisation> organisations, Map<OrganisationId, Integer> position, int[][] own) {
    // Subtree sums bottom-up: in path order every organisation comes after its parent, so walking it
    // backwards adds each subtree into its parent once it is complete.
    int[][] all = new int[organisations.size()][];
    for (int i = 0; i < organisations.size(); i++) {
      all[i] = own[i].clone();
    }
    for (int i = organisations.size() - 1; i >= 0; i--) {
      Integer parent = organisations.get(i).parent().map(position::get).orElse(null);
      if (parent != null) {
        for (int k = 0; k < 3; k++) {
          all[parent][k] += all[i][k];
        }
      }
    }
    List<OrganisationSummary> summaries = new ArrayList<>(organisations.size());
    for (int i = 0; i < organisations.size(); i++) {
      summaries.add(new OrganisationSummary(organisations.get(i).id(), own[i][0], own[i][1], own[i][2], all[i][0], all[i][1], all[i][2]));
    }
    return summaries;
  }
}
