package org.dangjian.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
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
    List<int[]> keys = new ArrayList<>(runs.size());
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
    Pieces<T> pieces = new Pieces<>(runs, firstKeys, order, 1);
    pieces.merge(0);
    return pieces.merged();
  }

  /**
   * A merge of sorted runs cut by first key into pieces that can be merged at once, each on any thread:
   * the cuts fall between first keys (so elements that tie on the first key share a piece) and split the
   * elements about evenly, so that the pieces one after another are the whole merge.
   *
   * @param <T> the element type
   */
  static final class Pieces<T> {
    /** Below this many elements in all, a merge is one piece: cutting costs more than it saves. */
    static final int MIN_PIECE = 4096;

    private final List<? extends List<T>> runs;
    private final List<int[]> firstKeys;
    private final Comparator<? super T> order;
    /** starts[p][r]: where piece p begins in run r; row {@code pieces} holds the runs' sizes. */
    private final int[][] starts;
    private final List<List<T>> merged;

    /**
     * @param runs lists each sorted by the order
     * @param firstKeys per run, each element's first key, not negative ({@link #firstKeys})
     * @param order the order, which must sort by the first key first
     * @param wanted how many pieces to cut into at most (fewer when there are fewer than {@link #MIN_PIECE} elements a piece)
     */
    Pieces(List<? extends List<T>> runs, List<int[]> firstKeys, Comparator<? super T> order, int wanted) {
      this(runs, firstKeys, order, wanted, MIN_PIECE);
    }

    /** As the constructor above, with the fewest elements a piece given (tests cut small merges). */
    Pieces(List<? extends List<T>> runs, List<int[]> firstKeys, Comparator<? super T> order, int wanted, int minPiece) {
      this.runs = runs;
      this.firstKeys = firstKeys;
      this.order = order;
      long total = 0;
      int maxKey = -1;
      for (int r = 0; r < runs.size(); r++) {
        int[] keys = firstKeys.get(r);
        total += keys.length;
        if (keys.length > 0) {
          maxKey = Math.max(maxKey, keys[keys.length - 1]);
        }
      }
      int count = (int) Math.max(1, Math.min(wanted, total / minPiece));
      int[] cuts = cuts(firstKeys, total, maxKey, count);
      starts = new int[count + 1][runs.size()];
      for (int p = 1; p < count; p++) {
        for (int r = 0; r < runs.size(); r++) {
          starts[p][r] = lowerBound(firstKeys.get(r), cuts[p]);
        }
      }
      for (int r = 0; r < runs.size(); r++) {
        starts[count][r] = runs.get(r).size();
      }
      merged = new ArrayList<>(Collections.nCopies(count, List.of()));
    }

    /** @return the first key each piece begins at (piece 0 at the least), cut where the running count of elements passes each share */
    private static int[] cuts(List<int[]> firstKeys, long total, int maxKey, int count) {
      int[] cuts = new int[count];
      if (count == 1) {
        return cuts;
      }
      long[] perKey = new long[maxKey + 1];
      for (int[] keys : firstKeys) {
        for (int key : keys) {
          perKey[key]++;
        }
      }
      long below = 0;
      int piece = 1;
      for (int key = 0; key <= maxKey && piece < count; key++) {
        while (piece < count && below >= total * piece / count) {
          cuts[piece++] = key;
        }
        below += perKey[key];
      }
      while (piece < count) {
        cuts[piece++] = maxKey + 1;
      }
      return cuts;
    }

    /** @return the first index whose key is at least the key given */
    private static int lowerBound(int[] keys, int key) {
      int low = 0;
      int high = keys.length;
      while (low < high) {
        int mid = (low + high) >>> 1;
        if (keys[mid] < key) {
          low = mid + 1;
        } else {
          high = mid;
        }
      }
      return low;
    }

    /** @return how many pieces */
    int count() {
      return merged.size();
    }

    /** Merges one piece (each piece once, on any thread; the pieces write apart). */
    void merge(int piece) {
      int[] from = starts[piece];
      int[] to = starts[piece + 1];
      int total = 0;
      int[] heap = new int[runs.size()];
      int size = 0;
      for (int r = 0; r < runs.size(); r++) {
        total += to[r] - from[r];
        if (from[r] < to[r]) {
          heap[size++] = r;
        }
      }
      List<T> into = new ArrayList<>(total);
      if (size == 1) {
        into.addAll(runs.get(heap[0]).subList(from[heap[0]], to[heap[0]]));
      } else if (size > 1) {
        mergeRuns(heap, size, from.clone(), to, into);
      }
      synchronized (merged) {
        merged.set(piece, List.copyOf(into));
      }
    }

    /** @return the pieces one after another, once each is merged */
    List<T> merged() {
      synchronized (merged) {
        return merged.size() == 1 ? merged.get(0) : ConcatenatedList.of(merged);
      }
    }

    private void mergeRuns(int[] heap, int size, int[] next, int[] end, List<T> into) {
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
        into.add(runs.get(r).get(next[r]++));
        if (next[r] == end[r]) {
          heap[0] = heap[--size];
        }
        siftDown(heap, size, 0, compare);
      }
    }
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
