package org.dangjian.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.dangjian.core.org.OrgTree;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.time.ReportingPeriod;

/** The orders of a {@link ComplianceReport}'s lists and what is due, shared by the engine and the session. */
final class ReportOrder {
  final Comparator<Finding> findings;
  final Comparator<Requirement> requirements;
  final Comparator<DueItem> due;

  /** The first key of both orders: the place of a finding's or a requirement's organisation in the tree's path order. */
  final java.util.function.ToIntFunction<Finding> findingPlace;
  final java.util.function.ToIntFunction<Requirement> requirementPlace;

  ReportOrder(OrgTree tree) {
    Comparator<OrganisationId> byPath = tree.pathOrder();
    findingPlace = f -> tree.positionOf(f.organisation());
    requirementPlace = r -> tree.positionOf(r.organisation());
    findings = Comparator.comparing(Finding::organisation, byPath)
        .thenComparing(f -> f.period().map(ReportingPeriod::start).orElse(LocalDate.MIN))
        .thenComparing(Finding::ruleId)
        .thenComparing(Finding::subject)
        .thenComparing(Finding::messageCode)
        .thenComparing(f -> f.arguments().toString());
    requirements = Comparator.comparing(Requirement::organisation, byPath)
        .thenComparing(Requirement::period)
        .thenComparing(Requirement::ruleId)
        .thenComparing(r -> r.unit().map(org.dangjian.core.org.UnitId::value).orElse(""));
    due = Comparator.comparing(DueItem::deadline).thenComparing(DueItem::organisation, byPath).thenComparing(DueItem::ruleId)
        .thenComparing(d -> d.unit().map(org.dangjian.core.org.UnitId::value).orElse(""));
  }

  /**
   * Merges sorted runs into one sorted list; of equal elements, those of an earlier run come first, so the
   * result is what a stable sort of the runs one after another gives.
   *
   * @param runs lists each sorted by the order
   * @param first the order's first key, compared before the order
   * @param order the order, which must sort by the first key first
   * @return a new list of every element
   */
  static <T> List<T> merge(List<? extends List<T>> runs, java.util.function.ToIntFunction<? super T> first, Comparator<? super T> order) {
    List<int[]> keys = new java.util.ArrayList<>(runs.size());
    for (List<T> run : runs) {
      keys.add(firstKeys(run, first));
    }
    return merge(runs, keys, order);
  }

  /**
   * @param run a run
   * @param first the order's first key
   * @return each element's first key, by position in the run (worked out where the run was made, on its thread)
   */
  static <T> int[] firstKeys(List<T> run, java.util.function.ToIntFunction<? super T> first) {
    int[] keys = new int[run.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = first.applyAsInt(run.get(i));
    }
    return keys;
  }

  /**
   * As {@link #merge(List, java.util.function.ToIntFunction, Comparator)}, with each run's first keys given.
   *
   * @param runs lists each sorted by the order
   * @param firstKeys per run, each element's first key ({@link #firstKeys})
   * @param order the order, which must sort by the first key first
   * @return a new list of every element
   */
  static <T> List<T> merge(List<? extends List<T>> runs, List<int[]> firstKeys, Comparator<? super T> order) {
    int total = 0;
    int[] heap = new int[runs.size()];
    int size = 0;
    for (int r = 0; r < runs.size(); r++) {
      total += runs.get(r).size();
      if (!runs.get(r).isEmpty()) {
        heap[size++] = r;
      }
    }
    List<T> merged = new java.util.ArrayList<>(total);
    if (size == 1) {
      merged.addAll(runs.get(heap[0]));
      return merged;
    }
    int[] next = new int[runs.size()];
    // A binary heap of the runs that have elements left, by their next element, then by run.
    java.util.function.IntBinaryOperator compare = (a, b) -> {
      int ka = firstKeys.get(a)[next[a]];
      int kb = firstKeys.get(b)[next[b]];
      int c = ka != kb ? Integer.compare(ka, kb) : order.compare(runs.get(a).get(next[a]), runs.get(b).get(next[b]));
      return c != 0 ? c : Integer.compare(a, b);
    };
    for (int i = size / 2 - 1; i >= 0; i--) {
      siftDown(heap, size, i, compare);
    }
    while (size > 0) {
      int r = heap[0];
      List<T> run = runs.get(r);
      merged.add(run.get(next[r]++));
      if (next[r] == run.size()) {
        heap[0] = heap[--size];
      }
      siftDown(heap, size, 0, compare);
    }
    return merged;
  }

  private static void siftDown(int[] heap, int size, int at, java.util.function.IntBinaryOperator compare) {
    while (true) {
      int least = at;
      int left = 2 * at + 1;
      if (left < size && compare.applyAsInt(heap[left], heap[least]) < 0) {
        least = left;
      }
      if (left + 1 < size && compare.applyAsInt(heap[left + 1], heap[least]) < 0) {
        least = left + 1;
      }
      if (least == at) {
        return;
      }
      int swap = heap[at];
      heap[at] = heap[least];
      heap[least] = swap;
      at = least;
    }
  }

  /**
   * Adds what is still owed in the current period of each requirement — the one the day after the day of
   * evaluation falls in.
   */
  static void addDue(List<Requirement> requirements, LocalDate asOf, List<DueItem> due) {
    LocalDate next = asOf.plusDays(1);
    for (Requirement r : requirements) {
      if (r.period().contains(next) && !r.isMet()) {
        DueItem item = DueItem.of(r.organisation(), r.type(), r.period(), r.period().end(), r.required() - r.held(), r.ruleId());
        due.add(r.unit().map(item::withUnit).orElse(item));
      }
    }
  }

  /** @return whether a period is over on the day, so that its requirements count towards the rates */
  static boolean isOver(ReportingPeriod period, LocalDate asOf) {
    return !period.end().isAfter(asOf);
  }
}
