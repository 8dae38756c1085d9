package org.dangjian.core.internal;

import com.google.common.collect.ImmutableList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * An immutable index from keys to sorted lists of the records that name them (a record may name several
 * keys: an activity names each attendee), which grows by one record without copying the whole index:
 * keys are spread by hash over buckets of about 8–16 keys, so that adding a record copies the array of
 * buckets (a flat copy) and the small maps of its keys' buckets. Thread-safe.
 *
 * @param <K> the key type
 * @param <V> the record type
 */
public final class GrowingIndex<K, V> {
  /** About how many keys share a bucket: copying one bucket's map costs more per key (scattered in memory) than copying the array. */
  private static final int BUCKET_KEYS = 16;

  private final Function<? super V, ? extends Collection<K>> keys;
  private final Comparator<? super V> order;
  private final Map<K, ImmutableList<V>>[] buckets;

  private GrowingIndex(Function<? super V, ? extends Collection<K>> keys, Comparator<? super V> order,
      Map<K, ImmutableList<V>>[] buckets) {
    this.keys = keys;
    this.order = order;
    this.buckets = buckets;
  }

  /**
   * @param records the records, in any order
   * @param keys the keys a record is filed under (a key named twice counts once)
   * @param order the order of each key's list; records comparing equal keep their given order
   * @return the index
   */
  public static <K, V> GrowingIndex<K, V> of(Collection<V> records, Function<? super V, ? extends Collection<K>> keys,
      Comparator<? super V> order) {
    return ofSorted(Sorted.copyOf(records, order), keys, order);
  }

  /**
   * @param sorted the records, already in the order
   * @param keys the keys a record is filed under
   * @param order the order of each key's list
   * @return the index
   */
  public static <K, V> GrowingIndex<K, V> ofSorted(List<V> sorted, Function<? super V, ? extends Collection<K>> keys,
      Comparator<? super V> order) {
    Map<K, ImmutableList.Builder<V>> lists = new HashMap<>();
    for (V record : sorted) {
      for (K key : distinct(keys.apply(record))) {
        lists.computeIfAbsent(key, k -> ImmutableList.builder()).add(record);
      }
    }
    int count = Integer.highestOneBit(Math.max(16, lists.size() / BUCKET_KEYS) * 2 - 1);
    @SuppressWarnings("unchecked")
    Map<K, ImmutableList<V>>[] buckets = new Map[count];
    for (int i = 0; i < count; i++) {
      buckets[i] = new HashMap<>();
    }
    lists.forEach((key, list) -> buckets[bucketOf(key, count)].put(key, list.build()));
    return new GrowingIndex<>(Objects.requireNonNull(keys), Objects.requireNonNull(order), buckets);
  }

  private static <K> Collection<K> distinct(Collection<K> named) {
    return named.size() > 1 ? new LinkedHashSet<>(named) : named;
  }

  private static int bucketOf(Object key, int count) {
    int h = key.hashCode();
    return (h ^ (h >>> 16)) & (count - 1);
  }

  /**
   * @param key a key
   * @return the records filed under it, in order; empty if none
   */
  public List<V> get(K key) {
    ImmutableList<V> list = buckets[bucketOf(key, buckets.length)].get(key);
    return list == null ? ImmutableList.of() : list;
  }

  /** @return whether some record is filed under the key */
  public boolean containsKey(K key) {
    return buckets[bucketOf(key, buckets.length)].containsKey(key);
  }

  /**
   * @param record a record
   * @return an index holding it too, under each of its keys, after the records comparing equal to it
   */
  public GrowingIndex<K, V> plus(V record) {
    Map<K, ImmutableList<V>>[] copy = buckets.clone();
    for (K key : distinct(keys.apply(record))) {
      int at = bucketOf(key, copy.length);
      if (copy[at] == buckets[at]) { // not copied yet for this record
        copy[at] = new HashMap<>(copy[at]);
      }
      copy[at].put(key, GrowingList.insert(get(key), record, order));
    }
    return new GrowingIndex<>(keys, order, copy);
  }
}
