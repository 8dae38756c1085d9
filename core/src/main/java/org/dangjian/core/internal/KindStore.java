package org.dangjian.core.internal;

import com.google.common.base.Supplier;
import com.google.common.base.Suppliers;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.dangjian.core.record.Index;
import org.dangjian.core.record.RecordKind;
import org.dangjian.core.record.Records;

/**
 * The records of one kind in a dataset — a {@link GrowingList} in the kind's order and a {@link
 * GrowingIndex} per declared index (built with the store, or on first use for a lazy one) — which grows
 * by one record sharing everything else. Immutable and thread-safe. Not API.
 *
 * @param <T> the record type
 */
public final class KindStore<T> implements Records<T> {
  private final RecordKind<T> kind;
  private final GrowingList<T> list;
  /** One per {@code kind.indexes()}, in that order. */
  private final List<Supplier<GrowingIndex<Object, T>>> indexes;

  private KindStore(RecordKind<T> kind, GrowingList<T> list, List<Supplier<GrowingIndex<Object, T>>> indexes) {
    this.kind = kind;
    this.list = list;
    this.indexes = List.copyOf(indexes);
  }

  /**
   * @param kind the kind
   * @param records its records, in any order
   * @return the store, sorted and indexed
   */
  public static <T> KindStore<T> of(RecordKind<T> kind, Collection<T> records) {
    GrowingList<T> list = GrowingList.of(records, kind.order());
    List<Supplier<GrowingIndex<Object, T>>> indexes = new ArrayList<>();
    for (Index<T, ?> index : kind.indexes()) {
      Supplier<GrowingIndex<Object, T>> build = () -> GrowingIndex.of(list.all(), keysOf(index), kind.order());
      indexes.add(index.lazy() ? Suppliers.memoize(build) : Suppliers.ofInstance(build.get()));
    }
    return new KindStore<>(kind, list, indexes);
  }

  @SuppressWarnings("unchecked") // an index's keys are its key type; stored as Object keys
  private static <T> java.util.function.Function<? super T, ? extends Collection<Object>> keysOf(Index<T, ?> index) {
    return (java.util.function.Function<? super T, ? extends Collection<Object>>) index.keys();
  }

  /** @return the kind */
  public RecordKind<T> kind() {
    return kind;
  }

  @Override
  public List<T> all() {
    return list.all();
  }

  @Override
  public int size() {
    return list.all().size();
  }

  /** @return the first record in the kind's order, if any */
  public Optional<T> first() {
    return list.isEmpty() ? Optional.empty() : Optional.of(list.first());
  }

  @Override
  public <K> List<T> by(Index<T, K> index, K key) {
    return indexOf(index).get(key);
  }

  /**
   * @param index one of the kind's indexes
   * @param key a key
   * @return whether any record is filed under it
   */
  public <K> boolean has(Index<T, K> index, K key) {
    return indexOf(index).containsKey(key);
  }

  private GrowingIndex<Object, T> indexOf(Index<T, ?> index) {
    List<Index<T, ?>> declared = kind.indexes();
    for (int i = 0; i < declared.size(); i++) {
      if (declared.get(i) == index) {
        return indexes.get(i).get();
      }
    }
    throw new IllegalArgumentException(index + " is not an index of " + kind);
  }

  /**
   * @param record one more record of the kind, already checked
   * @return a store with it, sharing the rest; every index is brought up to date
   */
  public KindStore<T> plus(T record) {
    List<Supplier<GrowingIndex<Object, T>>> grown = new ArrayList<>();
    for (Supplier<GrowingIndex<Object, T>> index : indexes) {
      GrowingIndex<Object, T> plus = index.get().plus(record);
      grown.add(Suppliers.ofInstance(plus));
    }
    return new KindStore<>(kind, list.plus(record), grown);
  }
}
