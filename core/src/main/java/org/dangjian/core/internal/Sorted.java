package org.dangjian.core.internal;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

/** Sorting that costs one pass when the records already come in order, as a written dataset gives them. Not API. */
public final class Sorted {
  private Sorted() {}

  /**
   * @param values values, in any order
   * @param order their order
   * @return them sorted, equal values in the order given
   */
  public static <V> ImmutableList<V> copyOf(Collection<V> values, Comparator<? super V> order) {
    return inOrder(values, order) ? ImmutableList.copyOf(values) : ImmutableList.sortedCopyOf(order, values);
  }

  /**
   * @param sorted values in the order
   * @param value a value
   * @param order the order
   * @return whether a value equal to it is among them (looked for among those comparing equal to it)
   */
  public static <V> boolean containsEqual(List<V> sorted, V value, Comparator<? super V> order) {
    int low = 0;
    int high = sorted.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (order.compare(sorted.get(mid), value) < 0) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    for (int i = low; i < sorted.size() && order.compare(sorted.get(i), value) == 0; i++) {
      if (sorted.get(i).equals(value)) {
        return true;
      }
    }
    return false;
  }

  /**
   * @param values values
   * @param order an order
   * @return whether each value is not after the next
   */
  public static <V> boolean inOrder(Collection<V> values, Comparator<? super V> order) {
    Iterator<V> each = values.iterator();
    if (!each.hasNext()) {
      return true;
    }
    V previous = each.next();
    while (each.hasNext()) {
      V next = each.next();
      if (order.compare(previous, next) > 0) {
        return false;
      }
      previous = next;
    }
    return true;
  }
}
