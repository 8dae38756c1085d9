package org.dangjian.core.internal;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * An immutable sorted list that grows by one element without copying everything: the elements live in
 * sorted chunks of about √n, so that adding one copies one chunk and the list of chunks; the flat list
 * is put together (a plain copy, no comparisons) only when someone asks for it, then kept. Elements
 * comparing equal keep their order of arrival. Thread-safe.
 *
 * @param <V> the element type
 */
public final class GrowingList<V> {
  private final Comparator<? super V> order;
  /** Non-empty sorted chunks, each after the previous; empty list for no elements. */
  private final ImmutableList<List<V>> chunks;
  private final int chunkSize;
  private final int size;
  private final Supplier<List<V>> all;

  private GrowingList(Comparator<? super V> order, ImmutableList<List<V>> chunks, int chunkSize, int size,
      @org.jspecify.annotations.Nullable List<V> all) {
    this.order = order;
    this.chunks = chunks;
    this.chunkSize = chunkSize;
    this.size = size;
    this.all = all != null ? () -> all : chunks.size() == 1 ? () -> chunks.get(0) : Suppliers.memoize(this::flatten);
  }

  /**
   * @param values the elements, in any order
   * @param order the list's order; elements comparing equal keep their given order
   * @return the sorted list
   */
  public static <V> GrowingList<V> of(Collection<V> values, Comparator<? super V> order) {
    return ofSorted(Sorted.copyOf(values, Objects.requireNonNull(order)), order);
  }

  /**
   * @param sorted the elements, already in the list's order: an immutable list (a {@link ColumnList}, or
   *     an {@link ImmutableList}), which the list's chunks are views of
   * @param order the list's order
   * @return the list
   */
  public static <V> GrowingList<V> ofSorted(List<V> sorted, Comparator<? super V> order) {
    int chunkSize = chunkSizeFor(sorted.size());
    ImmutableList.Builder<List<V>> chunks = ImmutableList.builder();
    for (int from = 0; from < sorted.size(); from += chunkSize) {
      chunks.add(sorted.subList(from, Math.min(sorted.size(), from + chunkSize)));
    }
    return new GrowingList<>(order, chunks.build(), chunkSize, sorted.size(), sorted);
  }

  /** @return about the square root of the size, at least 64: the copies per addition and the chunks balance */
  static int chunkSizeFor(int size) {
    return Math.max(64, (int) Math.sqrt(size));
  }

  /**
   * The chunks as one list: copied when they hold their elements, else (chunks of a {@link ColumnList}, whose
   * elements are made when asked for) a view that finds an element's chunk by its offset.
   */
  private List<V> flatten() {
    if (chunks.stream().allMatch(ImmutableList.class::isInstance)) {
      ImmutableList.Builder<V> flat = ImmutableList.builderWithExpectedSize(size);
      chunks.forEach(flat::addAll);
      return flat.build();
    }
    return new Joined<>(chunks, size);
  }

  /** Sorted chunks read as one list. */
  private static final class Joined<V> extends java.util.AbstractList<V> implements java.util.RandomAccess {
    private final List<List<V>> chunks;
    /** The index of each chunk's first element. */
    private final int[] starts;
    private final int size;

    Joined(List<List<V>> chunks, int size) {
      this.chunks = chunks;
      this.size = size;
      this.starts = new int[chunks.size()];
      int start = 0;
      for (int c = 0; c < starts.length; c++) {
        starts[c] = start;
        start += chunks.get(c).size();
      }
    }

    @Override
    public V get(int index) {
      Objects.checkIndex(index, size);
      int c = java.util.Arrays.binarySearch(starts, index);
      if (c < 0) {
        c = -c - 2; // the chunk starting before the index
      }
      return chunks.get(c).get(index - starts[c]);
    }

    @Override
    public int size() {
      return size;
    }
  }

  /** @return every element, in order */
  public List<V> all() {
    return all.get();
  }

  /** @return whether there is no element */
  public boolean isEmpty() {
    return size == 0;
  }

  /** @return the first element; the list must not be empty */
  public V first() {
    return chunks.get(0).get(0);
  }

  /**
   * @param value a value
   * @return whether an element equal to it is in the list, found among the chunks that may hold it
   */
  public boolean containsEqual(V value) {
    int low = 0;
    int high = chunks.size();
    while (low < high) { // the first chunk whose last element is not before the value
      int mid = (low + high) >>> 1;
      List<V> chunk = chunks.get(mid);
      if (order.compare(chunk.get(chunk.size() - 1), value) < 0) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    for (int c = low; c < chunks.size() && order.compare(chunks.get(c).get(0), value) <= 0; c++) {
      if (Sorted.containsEqual(chunks.get(c), value, order)) {
        return true;
      }
    }
    return false;
  }

  /**
   * @param value an element
   * @return a list holding it too, after the elements comparing equal to it
   */
  public GrowingList<V> plus(V value) {
    if (chunks.isEmpty()) {
      return new GrowingList<>(order, ImmutableList.of(ImmutableList.of(value)), chunkSize, 1, null);
    }
    // The last chunk whose first element is not after the value (or the first chunk).
    int low = 0;
    int high = chunks.size() - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (order.compare(chunks.get(mid).get(0), value) <= 0) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    List<List<V>> next = new ArrayList<>(chunks.size() + 2);
    next.addAll(chunks.subList(0, low));
    List<V> chunk = chunks.get(low);
    if (!(chunk instanceof ImmutableList)) {
      // A view of a ColumnList, whose elements are made when read: split around the new element rather than
      // copied, so that adding one record makes none of the others.
      int at = insertionPoint(chunk, value, order);
      if (at > 0) {
        next.add(chunk.subList(0, at));
      }
      next.add(ImmutableList.of(value));
      if (at < chunk.size()) {
        next.add(chunk.subList(at, chunk.size()));
      }
      next.addAll(chunks.subList(low + 1, chunks.size()));
      return new GrowingList<>(order, ImmutableList.copyOf(next), chunkSize, size + 1, null);
    }
    ImmutableList<V> grown = insert(chunk, value, order);
    if (grown.size() > 2 * chunkSize) {
      int half = grown.size() / 2;
      next.add(grown.subList(0, half));
      next.add(grown.subList(half, grown.size()));
    } else {
      next.add(grown);
    }
    next.addAll(chunks.subList(low + 1, chunks.size()));
    return new GrowingList<>(order, ImmutableList.copyOf(next), chunkSize, size + 1, null);
  }

  /** @return the index after every element of {@code sorted} not after {@code value} */
  private static <V> int insertionPoint(List<V> sorted, V value, Comparator<? super V> order) {
    int low = 0;
    int high = sorted.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (order.compare(sorted.get(mid), value) <= 0) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** @return a copy of {@code sorted} with {@code value} inserted after every element not after it */
  static <V> ImmutableList<V> insert(List<V> sorted, V value, Comparator<? super V> order) {
    int low = insertionPoint(sorted, value, order);
    ImmutableList.Builder<V> copy = ImmutableList.builderWithExpectedSize(sorted.size() + 1);
    copy.addAll(sorted.subList(0, low)).add(value).addAll(sorted.subList(low, sorted.size()));
    return copy.build();
  }
}
