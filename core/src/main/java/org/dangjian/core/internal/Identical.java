package org.dangjian.core.internal;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.core.Problem;
import org.dangjian.core.record.RecordKind;

/**
 * Finds records of a kind that are identical in every field — a payment or ledger entry given twice would
 * otherwise count twice. Identical records are equal in the kind's order, so only neighbours in that order
 * are compared: one pass when the records come sorted, as a written dataset gives them. Not API.
 */
public final class Identical {
  private Identical() {}

  /**
   * @param kind the kind
   * @param records its records, in the order given (their positions name them in problems)
   * @param problems where a {@code duplicate-record} problem goes for each record identical to an earlier one
   */
  public static <T> void check(RecordKind<T> kind, List<T> records, List<Problem> problems) {
    int size = records.size();
    if (size < 2) {
      return;
    }
    Comparator<? super T> order = kind.order();
    Integer[] sorted = null;
    List<int[]> runs = runs(records, order, null); // one pass when the records come in order
    if (runs == null) {
      sorted = new Integer[size];
      Arrays.setAll(sorted, p -> p);
      Arrays.sort(sorted, (a, b) -> order.compare(records.get(a), records.get(b))); // stable: positions stay in order
      runs = runs(records, order, sorted);
    }
    for (int[] run : java.util.Objects.requireNonNull(runs)) {
      run(kind, records, sorted, run[0], run[1], problems);
    }
  }

  /**
   * @return the spans (from, to) of two or more neighbours comparing equal, in the records or in their sorted
   *     view; null if the records are not in order
   */
  private static <T> @org.jspecify.annotations.Nullable List<int[]> runs(List<T> records, Comparator<? super T> order,
      Integer @org.jspecify.annotations.Nullable [] sorted) {
    List<int[]> runs = new java.util.ArrayList<>();
    int start = 0;
    for (int i = 1; i <= records.size(); i++) {
      int compared = i == records.size() ? -1 : order.compare(records.get(at(sorted, i - 1)), records.get(at(sorted, i)));
      if (compared > 0) {
        return null;
      }
      if (compared < 0) {
        if (i - start > 1) {
          runs.add(new int[] {start, i});
        }
        start = i;
      }
    }
    return runs;
  }

  /**
   * @param kind a kind
   * @param record one of its records
   * @return whether one of the kind's unique keys names the record: a record identical to it has the same key,
   *     and the key's own check reports it
   */
  public static <T> boolean isKeyed(RecordKind<T> kind, T record) {
    for (org.dangjian.core.record.UniqueKey<T> key : kind.uniqueKeys()) {
      if (key.keyOf(record) != null) {
        return true;
      }
    }
    return false;
  }

  private static int at(Integer @org.jspecify.annotations.Nullable [] sorted, int i) {
    return sorted == null ? i : sorted[i];
  }

  /** Records equal in the order, positions {@code from} to {@code to} of the sorted view. */
  private static <T> void run(RecordKind<T> kind, List<T> records, Integer @org.jspecify.annotations.Nullable [] sorted, int from,
      int to, List<Problem> problems) {
    Map<T, Integer> first = new HashMap<>();
    int[] positions = new int[to - from];
    for (int i = from; i < to; i++) {
      positions[i - from] = at(sorted, i);
    }
    Arrays.sort(positions); // the earliest given is the first, whatever the sort
    for (int position : positions) {
      if (isKeyed(kind, records.get(position))) {
        continue; // its unique key reports the second one
      }
      Integer before = first.putIfAbsent(records.get(position), position);
      if (before != null) {
        problems.add(Problem.of(kind.collection() + "[" + position + "]", "duplicate-record",
            "the same as " + kind.collection() + "[" + before + "] in every field; a record is given once (give each "
                + "its own id if both happened)"));
      }
    }
  }
}
