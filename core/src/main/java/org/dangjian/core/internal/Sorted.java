package org.dangjian.core.internal;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;

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
