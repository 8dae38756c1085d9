package org.dangjian.rules;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.RandomAccess;

/**
 * An immutable list that is several immutable lists one after another, without copying them: a
 * {@link ComplianceSession}'s report joins the results it keeps per branch this way, so that assembling
 * it costs one step per branch, not per requirement. Element access finds the part by binary search.
 */
final class ConcatenatedList<T> extends AbstractList<T> implements RandomAccess {
  private final List<List<T>> parts;
  /** ends[i]: the number of elements in parts 0..i. */
  private final int[] ends;

  private ConcatenatedList(List<List<T>> parts) {
    this.parts = parts;
    this.ends = new int[parts.size()];
    int total = 0;
    for (int i = 0; i < parts.size(); i++) {
      total += parts.get(i).size();
      ends[i] = total;
    }
  }

  /**
   * @param parts immutable lists without nulls (callers' guarantee: {@code List.copyOf} results)
   * @return them one after another
   */
  static <T> ConcatenatedList<T> of(List<List<T>> parts) {
    return new ConcatenatedList<>(List.copyOf(parts));
  }

  /**
   * @param list a list
   * @return the list itself if it is a concatenation (already immutable and without nulls), else an immutable copy
   */
  static <T> List<T> copyOf(List<T> list) {
    return list instanceof ConcatenatedList<T> ? list : List.copyOf(list);
  }

  @Override
  public T get(int index) {
    if (index < 0 || index >= size()) {
      throw new IndexOutOfBoundsException("index " + index + " of " + size());
    }
    int part = Arrays.binarySearch(ends, index + 1);
    if (part < 0) {
      part = -part - 1;
    } else {
      while (part > 0 && ends[part - 1] == index + 1) {
        part--; // an empty part before ends at the same count
      }
    }
    return parts.get(part).get(index - (part == 0 ? 0 : ends[part - 1]));
  }

  @Override
  public int size() {
    return ends.length == 0 ? 0 : ends[ends.length - 1];
  }

  @Override
  public Iterator<T> iterator() {
    return new Iterator<>() {
      private int part;
      private Iterator<T> current = parts.isEmpty() ? null : parts.get(0).iterator();

      @Override
      public boolean hasNext() {
        while (current != null && !current.hasNext()) {
          part++;
          current = part < parts.size() ? parts.get(part).iterator() : null;
        }
        return current != null;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }
}
