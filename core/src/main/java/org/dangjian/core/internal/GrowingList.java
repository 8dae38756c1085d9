package org.dangjian.core.internal;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * An immutable sorted list that grows by one element without copying everything: additions live in a
 * small sorted overlay, merged into the whole list only when someone asks for it (once, then kept), and
 * folded into a new base once the overlay reaches {@link #FOLD_AT}. Adding costs the overlay's size;
 * asking for the whole list after additions costs one merge. Thread-safe.
 *
 * @param <V> the element type
 */
public final class GrowingList<V> {
  /** Overlay size at which additions are folded into the base. */
  static final int FOLD_AT = 256;

  private final Comparator<? super V> order;
  private final ImmutableList<V> base;
  private final ImmutableList<V> added;
  private final Supplier<ImmutableList<V>> all;

  private GrowingList(Comparator<? super V> order, ImmutableList<V> base, ImmutableList<V> added) {
    this.order = order;
    this.base = base;
    this.added = added;
    this.all = added.isEmpty() ? () -> base : Suppliers.memoize(() -> merge(base, added, order));
  }

  /**
   * @param values the elements, in any order
   * @param order the list's order; elements comparing equal keep their given order
   * @return the sorted list
   */
  public static <V> GrowingList<V> of(Collection<V> values, Comparator<? super V> order) {
    return new GrowingList<>(Objects.requireNonNull(order), ImmutableList.sortedCopyOf(order, values), ImmutableList.of());
  }

  /** @return every element, in order */
  public List<V> all() {
    return all.get();
  }

  /** @return whether there is no element */
  public boolean isEmpty() {
    return base.isEmpty() && added.isEmpty();
  }

  /**
   * @param value an element
   * @return a list holding it too, after the elements comparing equal to it
   */
  public GrowingList<V> plus(V value) {
    ImmutableList<V> grown = insert(added, value, order);
    if (grown.size() >= FOLD_AT) {
      return new GrowingList<>(order, merge(base, grown, order), ImmutableList.of());
    }
    return new GrowingList<>(order, base, grown);
  }

  /** @return a copy of {@code sorted} with {@code value} inserted after every element not after it */
  static <V> ImmutableList<V> insert(List<V> sorted, V value, Comparator<? super V> order) {
    int at = upperBound(sorted, value, order);
    ImmutableList.Builder<V> copy = ImmutableList.builderWithExpectedSize(sorted.size() + 1);
    copy.addAll(sorted.subList(0, at)).add(value).addAll(sorted.subList(at, sorted.size()));
    return copy.build();
  }

  private static <V> int upperBound(List<V> sorted, V value, Comparator<? super V> order) {
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

  /** Merges two sorted lists; of elements comparing equal, those of {@code first} come first. */
  private static <V> ImmutableList<V> merge(List<V> first, List<V> second, Comparator<? super V> order) {
    List<V> merged = new ArrayList<>(first.size() + second.size());
    int i = 0;
    int j = 0;
    while (i < first.size() && j < second.size()) {
      if (order.compare(second.get(j), first.get(i)) < 0) {
        merged.add(second.get(j++));
      } else {
        merged.add(first.get(i++));
      }
    }
    merged.addAll(first.subList(i, first.size()));
    merged.addAll(second.subList(j, second.size()));
    return ImmutableList.copyOf(Collections.unmodifiableList(merged));
  }
}
