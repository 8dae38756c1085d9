package org.dangjian.core.internal;

import com.google.common.base.Supplier;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.dangjian.core.record.Index;
import org.dangjian.core.record.RecordKind;
import org.dangjian.core.record.Records;

/**
 * The records of one kind in a dataset, in the kind's order, with an index per declared index (built
 * with the store, or on first use for a lazy one). A kind a session appends to ({@link
 * RecordKind#appendable()}) is kept in a {@link GrowingList} and {@link GrowingIndex}es, which grow by one
 * record sharing everything else; other kinds in a compact immutable list and multimaps, turned into
 * growing structures only if a record is ever added. A {@linkplain RecordKind#columnar() columnar} kind's
 * records are held as a {@link ColumnList}, and its indexes hold each key's rows as views of it (a range
 * where the rows follow one another); a record added later is held as itself. Immutable and thread-safe.
 * Not API.
 *
 * @param <T> the record type
 */
public final class KindStore<T> implements Records<T> {
  private final RecordKind<T> kind;
  /** The records: growing for an appendable kind, else compact; exactly one is set. */
  private final @org.jspecify.annotations.Nullable GrowingList<T> growing;
  private final @org.jspecify.annotations.Nullable List<T> compact;
  /** One per {@code kind.indexes()}, in that order. */
  private final List<Slot<T>> indexes;

  /** An index as the store holds it: built, or built on first use (a lazy index nobody has asked for yet). */
  private static final class Slot<T> {
    private @org.jspecify.annotations.Nullable Supplier<Lookup<T>> build;
    private volatile @org.jspecify.annotations.Nullable Lookup<T> built;

    private Slot(@org.jspecify.annotations.Nullable Supplier<Lookup<T>> build, @org.jspecify.annotations.Nullable Lookup<T> built) {
      this.build = build;
      this.built = built;
    }

    static <T> Slot<T> of(Lookup<T> built) {
      return new Slot<>(null, built);
    }

    static <T> Slot<T> lazy(Supplier<Lookup<T>> build) {
      return new Slot<>(build, null);
    }

    boolean isBuilt() {
      return built != null;
    }

    Lookup<T> get() {
      Lookup<T> value = built;
      if (value == null) {
        synchronized (this) {
          value = built;
          if (value == null) {
            value = java.util.Objects.requireNonNull(build).get();
            built = value;
            build = null;
          }
        }
      }
      return value;
    }
  }

  /** An index as stored: compact, or growing. */
  private interface Lookup<T> {
    List<T> get(Object key);

    boolean containsKey(Object key);

    /** @return the index with one more record, growing from now on ({@code all}: the records before it, asked only if needed) */
    Lookup<T> plus(T record, java.util.function.Supplier<List<T>> all, RecordKind<T> kind, Index<T, ?> index);
  }

  private record Growing<T>(GrowingIndex<Object, T> index) implements Lookup<T> {
    @Override
    public List<T> get(Object key) {
      return index.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
      return index.containsKey(key);
    }

    @Override
    public Lookup<T> plus(T record, java.util.function.Supplier<List<T>> all, RecordKind<T> kind, Index<T, ?> declared) {
      return new Growing<>(index.plus(record));
    }
  }

  private record Compact<T>(ImmutableListMultimap<Object, T> index) implements Lookup<T> {
    @Override
    public List<T> get(Object key) {
      return index.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
      return index.containsKey(key);
    }

    @Override
    public Lookup<T> plus(T record, java.util.function.Supplier<List<T>> all, RecordKind<T> kind, Index<T, ?> declared) {
      return new Growing<>(GrowingIndex.of(all.get(), keysOf(declared), kind.order()).plus(record));
    }
  }

  private KindStore(RecordKind<T> kind, @org.jspecify.annotations.Nullable GrowingList<T> growing,
      @org.jspecify.annotations.Nullable List<T> compact, List<Slot<T>> indexes) {
    this.kind = kind;
    this.growing = growing;
    this.compact = compact;
    this.indexes = List.copyOf(indexes);
  }

  /**
   * @param kind the kind
   * @param records its records, in any order
   * @return the store, sorted and indexed
   * @throws IllegalArgumentException if a {@linkplain RecordKind#columnar() columnar} kind's format does not
   *     give back its records
   */
  public static <T> KindStore<T> of(RecordKind<T> kind, Collection<T> records) {
    ImmutableList<T> sorted = Sorted.copyOf(records, kind.order());
    if (kind.columnar() && !sorted.isEmpty()) {
      return columnar(kind, sorted);
    }
    GrowingList<T> growing = kind.appendable() ? GrowingList.ofSorted(sorted, kind.order()) : null;
    ImmutableList<T> compact = kind.appendable() ? null : sorted;
    List<Slot<T>> indexes = new ArrayList<>();
    for (Index<T, ?> index : kind.indexes()) {
      // A growing kind's index is built from the sorted records, so the growing list's chunks are not joined for it.
      Supplier<Lookup<T>> build = growing != null ? () -> new Growing<>(GrowingIndex.ofSorted(sorted, keysOf(index), kind.order()))
          : () -> new Compact<>(multimap(sorted, keysOf(index)));
      indexes.add(index.lazy() ? Slot.lazy(build) : Slot.of(build.get()));
    }
    return new KindStore<>(kind, growing, compact, indexes);
  }

  /**
   * A columnar kind's store: the records as columns, each index a key's rows as views of them. The eager
   * indexes take their keys from the records given, which are then dropped; a lazy one makes the records
   * again when first asked for.
   */
  private static <T> KindStore<T> columnar(RecordKind<T> kind, ImmutableList<T> sorted) {
    ColumnList<T> rows = ColumnList.of(kind.format(), sorted);
    List<Slot<T>> indexes = new ArrayList<>();
    for (Index<T, ?> index : kind.indexes()) {
      if (index.lazy()) {
        indexes.add(Slot.lazy(() -> new Growing<>(GrowingIndex.ofRows(rows, rows, keysOf(index), kind.order()))));
      } else {
        indexes.add(Slot.of(new Growing<>(GrowingIndex.ofRows(sorted, rows, keysOf(index), kind.order()))));
      }
    }
    GrowingList<T> growing = kind.appendable() ? GrowingList.ofSorted(rows, kind.order()) : null;
    return new KindStore<>(kind, growing, growing != null ? null : rows, indexes);
  }

  /** Each record under each of its distinct keys, in the list's order. */
  private static <T> ImmutableListMultimap<Object, T> multimap(List<T> sorted,
      Function<? super T, ? extends Collection<Object>> keys) {
    ImmutableListMultimap.Builder<Object, T> builder = ImmutableListMultimap.builder();
    for (T record : sorted) {
      Collection<Object> named = keys.apply(record);
      for (Object key : named.size() == 1 ? named : new LinkedHashSet<>(named)) {
        builder.put(key, record);
      }
    }
    return builder.build();
  }

  @SuppressWarnings("unchecked") // an index's keys are its key type; stored as Object keys
  private static <T> Function<? super T, ? extends Collection<Object>> keysOf(Index<T, ?> index) {
    return (Function<? super T, ? extends Collection<Object>>) index.keys();
  }

  /** @return the kind */
  public RecordKind<T> kind() {
    return kind;
  }

  @Override
  public List<T> all() {
    return growing != null ? growing.all() : java.util.Objects.requireNonNull(compact);
  }

  @Override
  public int size() {
    return all().size();
  }

  /**
   * @param field the name of a field of the kind's format
   * @return that field's value in each record, in the kind's order, made without making the records where
   *     they are held as columns: the value, or null where absent
   */
  public List<@org.jspecify.annotations.Nullable Object> values(String field) {
    List<T> all = all();
    if (all instanceof ColumnList<T> columns) {
      return columns.values(field);
    }
    int at = kind.format().indexOf(field);
    if (at < 0) {
      throw new IllegalArgumentException(kind.format() + " has no field '" + field + "'");
    }
    org.dangjian.core.record.Field<T, ?> declared = kind.format().fields().get(at);
    return com.google.common.collect.Lists.transform(all, record -> ColumnList.slot(declared, record));
  }

  @Override
  @SuppressWarnings("unchecked") // a column holds the values its field's format reads
  public <V> List<@org.jspecify.annotations.Nullable V> values(List<T> records, org.dangjian.core.record.Field<T, V> field) {
    int at = kind.format().fields().indexOf(field); // by identity: a field is equal to itself only
    if (at < 0) {
      throw new IllegalArgumentException(field + " is not a field of " + kind.format());
    }
    if (records instanceof ColumnList<T> columns && columns.holds(kind.format())
        && (field.mode() == org.dangjian.core.record.Field.Mode.REQUIRED || field.mode() == org.dangjian.core.record.Field.Mode.OPTIONAL)) {
      return (List<V>) (List<?>) columns.values(at);
    }
    return Records.super.values(records, field);
  }

  /** @return the first record in the kind's order, if any */
  public Optional<T> first() {
    if (growing != null) {
      return growing.isEmpty() ? Optional.empty() : Optional.of(growing.first()); // without joining the chunks
    }
    List<T> all = all();
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  @Override
  public <K> List<T> by(Index<T, K> index, K key) {
    return lookup(index).get(key);
  }

  /**
   * @param index one of the kind's indexes
   * @param key a key
   * @return whether any record is filed under it
   */
  public <K> boolean has(Index<T, K> index, K key) {
    return lookup(index).containsKey(key);
  }

  private Lookup<T> lookup(Index<T, ?> index) {
    List<Index<T, ?>> declared = kind.indexes();
    for (int i = 0; i < declared.size(); i++) {
      if (declared.get(i) == index) {
        return indexes.get(i).get();
      }
    }
    throw new IllegalArgumentException(index + " is not an index of " + kind);
  }

  /**
   * @param record a record of the kind
   * @return whether one equal to it in every field is held
   */
  public boolean containsEqual(T record) {
    return growing != null ? growing.containsEqual(record)
        : Sorted.containsEqual(java.util.Objects.requireNonNull(compact), record, kind.order());
  }

  /**
   * @param record one more record of the kind, already checked
   * @return a store with it, sharing the rest; every index is brought up to date
   */
  public KindStore<T> plus(T record) {
    GrowingList<T> base = growing != null ? growing : GrowingList.ofSorted(java.util.Objects.requireNonNull(compact), kind.order());
    GrowingList<T> longer = base.plus(record);
    List<Slot<T>> grown = new ArrayList<>();
    for (int i = 0; i < indexes.size(); i++) {
      Index<T, ?> declared = kind.indexes().get(i);
      if (indexes.get(i).isBuilt()) {
        grown.add(Slot.of(indexes.get(i).get().plus(record, this::all, kind, declared)));
      } else {
        // A lazy index nobody has asked for stays unbuilt: a new record does not build it.
        grown.add(Slot.lazy(() -> new Growing<>(GrowingIndex.ofSorted(longer.all(), keysOf(declared), kind.order()))));
      }
    }
    return new KindStore<>(kind, longer, null, grown);
  }
}
