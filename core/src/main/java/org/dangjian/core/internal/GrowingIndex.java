package org.dangjian.core.internal;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * An immutable index from keys to sorted lists of the records that name them (a record may name several
 * keys: an activity names each attendee), which grows by one record without copying the whole index:
 * keys are spread by hash over buckets of about 8–16 keys, so that adding a record copies the array of
 * buckets (a flat copy) and the small arrays of its keys' buckets.
 *
 * <p>A key's records are held either as a list, or — for an index over a stored list whose records of a
 * key follow one another ({@link #ofRows}: a kind ordered by member, indexed by member) — as the range of
 * rows alone, a view of which is made when asked for. A bucket is four parallel arrays (hashes, keys,
 * lists, ranges), about 20 bytes a key. Thread-safe.
 *
 * @param <K> the key type
 * @param <V> the record type
 */
public final class GrowingIndex<K, V> {
  /** About how many keys share a bucket: copying one bucket costs more per key (scattered in memory) than copying the array. */
  private static final int BUCKET_KEYS = 16;
  private static final Bucket EMPTY = new Bucket(new int[0], new Object[0], new Object[0], null);

  private final Function<? super V, ? extends Collection<K>> keys;
  private final Comparator<? super V> order;
  /** The list that ranges are of; null when no key is held as a range. */
  private final @Nullable List<V> stored;
  private final Bucket[] buckets;

  /** One bucket's keys: a key's records are its list, or (list null) the range of {@code stored}, from and to packed. */
  private record Bucket(int[] hashes, Object[] keys, @Nullable Object[] lists, long @Nullable [] ranges) {
    int find(Object key, int hash) {
      for (int i = 0; i < hashes.length; i++) {
        if (hashes[i] == hash && (keys[i] == key || keys[i].equals(key))) { // shared keys are mostly the very object
          return i;
        }
      }
      return -1;
    }

    /** @return this bucket with the key's records now the list given (the key added if new) */
    Bucket with(Object key, int hash, List<?> list) {
      int at = find(key, hash);
      int size = hashes.length;
      int[] h = at < 0 ? Arrays.copyOf(hashes, size + 1) : hashes;
      Object[] k = at < 0 ? Arrays.copyOf(keys, size + 1) : keys;
      Object[] l = Arrays.copyOf(lists, at < 0 ? size + 1 : size);
      long[] r = ranges == null ? null : Arrays.copyOf(ranges, at < 0 ? size + 1 : size);
      int slot = at < 0 ? size : at;
      h[slot] = hash;
      k[slot] = key;
      l[slot] = list;
      return new Bucket(h, k, l, r);
    }
  }

  private GrowingIndex(Function<? super V, ? extends Collection<K>> keys, Comparator<? super V> order,
      @Nullable List<V> stored, Bucket[] buckets) {
    this.keys = Objects.requireNonNull(keys);
    this.order = Objects.requireNonNull(order);
    this.stored = stored;
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
    Map<K, ImmutableList.Builder<V>> lists = new LinkedHashMap<>();
    for (V record : sorted) {
      for (K key : distinct(keys.apply(record))) {
        lists.computeIfAbsent(key, k -> ImmutableList.builder()).add(record);
      }
    }
    Map<K, Object> entries = new LinkedHashMap<>();
    lists.forEach((key, list) -> entries.put(key, list.build()));
    return build(entries, keys, order, null);
  }

  /**
   * An index over a stored list, each key's records held as their range of rows where they follow one
   * another, else as a view of the rows named.
   *
   * @param records the stored records as the keys are taken from (the records given to make the store, or
   *     the store itself), row by row
   * @param stored the stored list the views are of
   * @param keys the keys a record is filed under
   * @param order the order of each key's list (the stored list's)
   * @return the index
   */
  public static <K, V> GrowingIndex<K, V> ofRows(List<V> records, List<V> stored, Function<? super V, ? extends Collection<K>> keys,
      Comparator<? super V> order) {
    Map<K, Rows> rows = new LinkedHashMap<>();
    for (int row = 0; row < records.size(); row++) {
      for (K key : distinct(keys.apply(records.get(row)))) {
        rows.computeIfAbsent(key, k -> new Rows()).add(row);
      }
    }
    Map<K, Object> entries = new LinkedHashMap<>();
    rows.forEach((key, of) -> entries.put(key, of.entry(stored)));
    return build(entries, keys, order, stored);
  }

  /** Buckets of the entries: each a list, or a range packed in a {@link Long}. */
  private static <K, V> GrowingIndex<K, V> build(Map<K, Object> entries, Function<? super V, ? extends Collection<K>> keys,
      Comparator<? super V> order, @Nullable List<V> stored) {
    int count = Integer.highestOneBit(Math.max(16, entries.size() / BUCKET_KEYS) * 2 - 1);
    List<List<Map.Entry<K, Object>>> spread = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      spread.add(new ArrayList<>());
    }
    entries.entrySet().forEach(e -> spread.get(bucketOf(e.getKey().hashCode(), count)).add(e));
    Bucket[] buckets = new Bucket[count];
    for (int b = 0; b < count; b++) {
      List<Map.Entry<K, Object>> in = spread.get(b);
      if (in.isEmpty()) {
        buckets[b] = EMPTY;
        continue;
      }
      int[] hashes = new int[in.size()];
      Object[] bucketKeys = new Object[in.size()];
      Object[] lists = new Object[in.size()];
      long[] ranges = null;
      for (int i = 0; i < in.size(); i++) {
        hashes[i] = in.get(i).getKey().hashCode();
        bucketKeys[i] = in.get(i).getKey();
        if (in.get(i).getValue() instanceof Long range) {
          if (ranges == null) {
            ranges = new long[in.size()];
          }
          ranges[i] = range;
        } else {
          lists[i] = in.get(i).getValue();
        }
      }
      buckets[b] = new Bucket(hashes, bucketKeys, lists, ranges);
    }
    return new GrowingIndex<>(keys, order, stored, buckets);
  }

  /** The rows filed under one key, while they are counted: a range until a row does not follow the last. */
  private static final class Rows {
    private int first = -1;
    private int last = -1;
    private int @Nullable [] scattered;
    private int count;

    void add(int row) {
      if (first < 0) {
        first = row;
      } else if (scattered == null && row != last + 1) {
        scattered = new int[Math.max(8, 2 * (count + 1))];
        for (int i = 0; i < count; i++) {
          scattered[i] = first + i;
        }
      }
      if (scattered != null) {
        if (count == scattered.length) {
          scattered = Arrays.copyOf(scattered, 2 * count);
        }
        scattered[count] = row;
      }
      last = row;
      count++;
    }

    /** @return the range packed ({@code from << 32 | to}), or a view of the rows named */
    <V> Object entry(List<V> stored) {
      return scattered == null ? (Object) (((long) first << 32) | (last + 1)) : new Picked<>(stored, Arrays.copyOf(scattered, count));
    }
  }

  /** Some rows of a stored list, in order. */
  private static final class Picked<V> extends java.util.AbstractList<V> implements java.util.RandomAccess {
    private final List<V> stored;
    private final int[] rows;

    Picked(List<V> stored, int[] rows) {
      this.stored = stored;
      this.rows = rows;
    }

    @Override
    public V get(int index) {
      return stored.get(rows[index]);
    }

    @Override
    public int size() {
      return rows.length;
    }
  }

  private static <K> Collection<K> distinct(Collection<K> named) {
    return named.size() > 1 ? new LinkedHashSet<>(named) : named;
  }

  /**
   * A hash's bucket, from its high bits mixed by a multiplication (a bucket's keys share their low bits
   * otherwise, and a map of them would put them all in one slot).
   */
  private static int bucketOf(int hash, int count) {
    return (hash * 0x9E3779B9) >>> (Integer.numberOfLeadingZeros(count) + 1); // count: a power of two, at least 16
  }

  /**
   * @param key a key
   * @return the records filed under it, in order; empty if none
   */
  @SuppressWarnings("unchecked") // a bucket's lists hold the index's records
  public List<V> get(K key) {
    int hash = key.hashCode();
    Bucket bucket = buckets[bucketOf(hash, buckets.length)];
    int at = bucket.find(key, hash);
    if (at < 0) {
      return ImmutableList.of();
    }
    Object list = bucket.lists()[at];
    if (list != null) {
      return (List<V>) list;
    }
    long range = Objects.requireNonNull(bucket.ranges())[at];
    return Objects.requireNonNull(stored).subList((int) (range >>> 32), (int) range);
  }

  /** @return whether some record is filed under the key */
  public boolean containsKey(K key) {
    int hash = key.hashCode();
    return buckets[bucketOf(hash, buckets.length)].find(key, hash) >= 0;
  }

  /**
   * @param record a record
   * @return an index holding it too, under each of its keys, after the records comparing equal to it
   */
  public GrowingIndex<K, V> plus(V record) {
    Bucket[] copy = buckets.clone();
    for (K key : distinct(keys.apply(record))) {
      int hash = key.hashCode();
      int at = bucketOf(hash, copy.length);
      copy[at] = copy[at].with(key, hash, GrowingList.insert(get(key), record, order));
    }
    return new GrowingIndex<>(keys, order, stored, copy);
  }
}
