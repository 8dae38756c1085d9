package org.dangjian.core.internal;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * An immutable index from keys to sorted lists of the records that name them (a record may name several
 * keys: an activity names each attendee), which grows by one record without copying the whole index:
 * the lists of keys changed since the base live in a small overlay, folded into a new base once it
 * holds {@link GrowingList#FOLD_AT} keys. Thread-safe.
 *
 * @param <K> the key type
 * @param <V> the record type
 */
public final class GrowingIndex<K, V> {
  private final Function<? super V, ? extends Collection<K>> keys;
  private final Comparator<? super V> order;
  private final Map<K, ImmutableList<V>> base;
  private final Map<K, ImmutableList<V>> overlay;

  private GrowingIndex(Function<? super V, ? extends Collection<K>> keys, Comparator<? super V> order,
      Map<K, ImmutableList<V>> base, Map<K, ImmutableList<V>> overlay) {
    this.keys = keys;
    this.order = order;
    this.base = base;
    this.overlay = overlay;
  }

  /**
   * @param records the records, in any order
   * @param keys the keys a record is filed under (each once)
   * @param order the order of each key's list; records comparing equal keep their given order
   * @return the index
   */
  public static <K, V> GrowingIndex<K, V> of(Collection<V> records, Function<? super V, ? extends Collection<K>> keys,
      Comparator<? super V> order) {
    List<V> sorted = new ArrayList<>(records);
    sorted.sort(order);
    Map<K, ImmutableList.Builder<V>> lists = new HashMap<>();
    for (V record : sorted) {
      Collection<K> named = keys.apply(record);
      for (K key : named.size() > 1 ? new java.util.LinkedHashSet<>(named) : named) {
        lists.computeIfAbsent(key, k -> ImmutableList.builder()).add(record);
      }
    }
    Map<K, ImmutableList<V>> base = new HashMap<>(lists.size() * 4 / 3 + 1);
    lists.forEach((key, list) -> base.put(key, list.build()));
    return new GrowingIndex<>(Objects.requireNonNull(keys), Objects.requireNonNull(order), base, Map.of());
  }

  /**
   * @param key a key
   * @return the records filed under it, in order; empty if none
   */
  public List<V> get(K key) {
    ImmutableList<V> list = overlay.get(key);
    if (list == null) {
      list = base.get(key);
    }
    return list == null ? ImmutableList.of() : list;
  }

  /** @return whether some record is filed under the key */
  public boolean containsKey(K key) {
    return overlay.containsKey(key) || base.containsKey(key);
  }

  /**
   * @param record a record
   * @return an index holding it too, under each of its keys, after the records comparing equal to it
   */
  public GrowingIndex<K, V> plus(V record) {
    Map<K, ImmutableList<V>> grown = new HashMap<>(overlay);
    for (K key : keys.apply(record)) {
      grown.put(key, GrowingList.insert(get(key), record, order));
    }
    if (grown.size() >= GrowingList.FOLD_AT) {
      Map<K, ImmutableList<V>> folded = new HashMap<>(base);
      folded.putAll(grown);
      return new GrowingIndex<>(keys, order, folded, Map.of());
    }
    return new GrowingIndex<>(keys, order, base, grown);
  }
}
