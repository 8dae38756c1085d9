package org.dangjian.core.record;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dangjian.core.Problem;

/**
 * A kind of record a dataset holds — activities, dues payments, ledger entries… — declared once, like
 * {@code java.time}'s {@code ChronoField}: a value that knows its job. It names its collection and its
 * element in the format ({@code "ledger"}, {@code "ledgerEntry"}: {@code ledger[3].member} in a file,
 * {@code ledgerEntry.member} for a single new record), the order records are kept in, the references it
 * makes, its natural keys, its indexes, and any check of its own. The dataset checks, stores and indexes
 * every kind with these alone.
 *
 * <p>Kinds are compared by identity: declare each once, as a constant ({@code LedgerEntry.KIND}), and
 * register it in {@link RecordKinds}. Immutable and thread-safe.
 *
 * @param <T> the record type
 */
public final class RecordKind<T> {
  private final Class<T> type;
  private final String collection;
  private final String element;
  private final Comparator<? super T> order;
  private final List<Ref<T>> refs;
  private final List<UniqueKey<T>> uniqueKeys;
  private final List<Index<T, ?>> indexes;
  private final RecordCheck<T> check;
  private final boolean appendable;
  private final boolean columnar;
  private final RecordFormat<T> format;
  private final java.util.function.@org.jspecify.annotations.Nullable Function<? super T, org.dangjian.core.org.OrganisationId> organisation;
  private final List<Along<T, ?>> along;

  private RecordKind(Builder<T> b) {
    this.type = b.type;
    this.collection = Objects.requireNonNull(b.collection, "collection name");
    this.element = Objects.requireNonNull(b.element, "element name");
    this.order = Objects.requireNonNull(b.order, "order");
    this.refs = List.copyOf(b.refs);
    this.uniqueKeys = List.copyOf(b.uniqueKeys);
    this.indexes = List.copyOf(b.indexes);
    this.check = b.check;
    this.appendable = b.appendable;
    this.columnar = b.columnar;
    this.organisation = b.organisation;
    this.along = List.copyOf(b.along);
    this.format = Objects.requireNonNull(b.format, "format");
    if (format.type() != type) {
      throw new IllegalArgumentException("the format is of " + format.type().getSimpleName() + ", the kind of " + type.getSimpleName());
    }
  }

  /**
   * A record of another kind a record of this one names by its stable id: the dataset refuses a record naming
   * one it does not hold, and a partition takes it along into every part the record goes to (a correction,
   * the inspection whose issue it corrects).
   *
   * @param field the field's name in the format
   * @param kind the other kind
   * @param byId the other kind's index by stable id
   * @param id the id the record names, if it names one
   * @param <T> this kind's records
   * @param <R> the other kind's records
   */
  public record Along<T, R>(String field, RecordKind<R> kind, Index<R, RecordId> byId,
      java.util.function.Function<? super T, Optional<RecordId>> id) {
    /** Checks for null. */
    public Along {
      Objects.requireNonNull(field, "field");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(byId, "byId");
      Objects.requireNonNull(id, "id");
    }
  }

  /** @return the records of other kinds a record takes along into a part, in the order declared */
  public List<Along<T, ?>> along() {
    return along;
  }

  /** @return how a record is written in the format: its fields, read and written by them, and its JSON Schema */
  public RecordFormat<T> format() {
    return format;
  }

  /**
   * @param type the record type
   * @return a builder of the kind
   */
  public static <T> Builder<T> of(Class<T> type) {
    return new Builder<>(type);
  }

  /** @return the record type */
  public Class<T> type() {
    return type;
  }

  /** @return the collection's name in the format, for example {@code ledger} */
  public String collection() {
    return collection;
  }

  /** @return one record's name, for example {@code ledgerEntry}, used in the paths of a single new record */
  public String element() {
    return element;
  }

  /** @return the order the dataset keeps the records in; records comparing equal keep their order */
  public Comparator<? super T> order() {
    return order;
  }

  /** @return the references a record makes */
  public List<Ref<T>> refs() {
    return refs;
  }

  /** @return the natural keys no two records share */
  public List<UniqueKey<T>> uniqueKeys() {
    return uniqueKeys;
  }

  /** @return the indexes */
  public List<Index<T, ?>> indexes() {
    return indexes;
  }

  /**
   * @return whether a session takes new records of the kind one at a time ({@code DatasetChange}): the
   *     dataset then keeps it in structures that grow by one record cheaply, at some memory; other kinds
   *     are kept compact
   */
  public boolean appendable() {
    return appendable;
  }

  /**
   * @return whether a dataset stores the kind's records as columns, one per field of its format, and makes
   *     a record again each time it is asked for: a fraction of the memory for a kind of many small records
   *     (the ledger, dues payments, ballots), at the cost of making records on every read
   */
  public boolean columnar() {
    return columnar;
  }

  /**
   * Checks records of this kind together: natural keys, then each record's references and own check,
   * with paths {@code collection[i]…}.
   *
   * @param records the records, in the order given
   * @param context the dataset's core records
   * @param problems where problems go
   */
  public void check(List<T> records, CheckContext context, List<Problem> problems) {
    List<Map<Object, Integer>> seen = new ArrayList<>();
    uniqueKeys.forEach(k -> seen.add(new HashMap<>()));
    for (int i = 0; i < records.size(); i++) {
      T record = records.get(i);
      for (int k = 0; k < uniqueKeys.size(); k++) {
        Object value = uniqueKeys.get(k).keyOf(record);
        Integer first = value == null ? null : seen.get(k).putIfAbsent(value, i);
        if (first != null) {
          UniqueKey<T> key = uniqueKeys.get(k);
          problems.add(Problem.of(key.pathOf(collection + "[" + i + "]"), "duplicate-id", key.message(record, collection + "[" + first + "]")));
        }
      }
      // The record's path is written out only for a record with problems: checked again with it (checks are pure).
      int before = problems.size();
      checkOne(record, collection, context, problems);
      if (problems.size() > before) {
        problems.subList(before, problems.size()).clear();
        checkOne(record, collection + "[" + i + "]", context, problems);
      }
    }
  }

  /**
   * Checks one record's references and own check — not its keys against other records.
   *
   * @param record the record
   * @param at its path, for example {@code ledger[3]} or {@code ledgerEntry}
   * @param context the dataset's core records
   * @param problems where problems go
   */
  public void checkOne(T record, String at, CheckContext context, List<Problem> problems) {
    check.check(record, at, context, problems);
    for (Ref<T> ref : refs) {
      ref.check(record, at, context, problems);
    }
    for (Along<T, ?> named : along) {
      checkAlong(named, record, at, context, problems);
    }
  }

  private static <T, R> void checkAlong(Along<T, R> named, T record, String at, CheckContext context, List<Problem> problems) {
    named.id().apply(record).ifPresent(id -> context.recordsBy(named.kind(), named.byId(), id).filter(List::isEmpty).ifPresent(none ->
        problems.add(Problem.of(at + "." + named.field(), "dangling-reference", named.kind().element() + " '" + id
            + "' is not among the " + named.kind().collection()))));
  }

  /**
   * What a new record touches, for a session to re-evaluate and for a partition to place it: the
   * organisation responsible for it (if the kind names one) and every organisation, member and unit its
   * references name.
   *
   * @param record a record
   * @return the organisations, the members and the units, each once, in the order named
   */
  public Touched touches(T record) {
    java.util.Set<org.dangjian.core.org.OrganisationId> organisations = new java.util.LinkedHashSet<>();
    java.util.Set<org.dangjian.core.member.MemberId> members = new java.util.LinkedHashSet<>();
    java.util.Set<org.dangjian.core.org.UnitId> units = new java.util.LinkedHashSet<>();
    if (organisation != null) {
      organisations.add(organisation.apply(record));
    }
    for (Ref<T> ref : refs) {
      for (Object id : ref.idsOf(record)) {
        if (ref.toMember()) {
          members.add((org.dangjian.core.member.MemberId) id);
        } else if (ref.toUnit()) {
          units.add((org.dangjian.core.org.UnitId) id);
        } else {
          organisations.add((org.dangjian.core.org.OrganisationId) id);
        }
      }
    }
    return new Touched(List.copyOf(organisations), List.copyOf(members), List.copyOf(units));
  }

  /**
   * The organisations, members and units a record names.
   *
   * @param organisations the organisations, the responsible one first
   * @param members the members
   * @param units the units (schools)
   */
  public record Touched(List<org.dangjian.core.org.OrganisationId> organisations, List<org.dangjian.core.member.MemberId> members,
      List<org.dangjian.core.org.UnitId> units) {
    /** Refuses a null component, naming it. */
    public Touched {
      Objects.requireNonNull(organisations, "organisations");
      Objects.requireNonNull(members, "members");
      Objects.requireNonNull(units, "units");
    }

    /**
     * @param organisations the organisations, the responsible one first
     * @param members the members
     */
    public Touched(List<org.dangjian.core.org.OrganisationId> organisations, List<org.dangjian.core.member.MemberId> members) {
      this(organisations, members, List.of());
    }
  }

  /**
   * @param record a record of another kind's type, perhaps
   * @return it, as this kind's type
   * @throws ClassCastException if it is not of this kind's type
   */
  public T cast(Object record) {
    return type.cast(record);
  }

  /** @return the element name, for example {@code ledgerEntry} */
  @Override
  public String toString() {
    return element;
  }

  /**
   * A check of one record beyond its references, such as an activity's organisation existing that day. It only
   * adds problems, the same each time for the same record: a dataset may run it twice for a record with
   * problems, first with a path standing for the record's and then with the record's own.
   */
  @FunctionalInterface
  public interface RecordCheck<T> {
    /**
     * @param record the record
     * @param at its path
     * @param context the dataset's core records
     * @param problems where problems go
     */
    void check(T record, String at, CheckContext context, List<Problem> problems);
  }

  /** Declares a kind; {@link #build()} gives the immutable kind. */
  public static final class Builder<T> {
    private final Class<T> type;
    private String collection;
    private String element;
    private Comparator<? super T> order;
    private final List<Ref<T>> refs = new ArrayList<>();
    private final List<UniqueKey<T>> uniqueKeys = new ArrayList<>();
    private final List<Index<T, ?>> indexes = new ArrayList<>();
    private RecordCheck<T> check = (record, at, context, problems) -> { };
    private boolean appendable;
    private boolean columnar;
    private RecordFormat<T> format;
    private java.util.function.@org.jspecify.annotations.Nullable Function<? super T, org.dangjian.core.org.OrganisationId> organisation;
    private final List<Along<T, ?>> along = new ArrayList<>();

    private Builder(Class<T> type) {
      this.type = Objects.requireNonNull(type, "type");
    }

    /**
     * @param collectionName the collection's name in the format, for example {@code ledger}
     * @param elementName one record's name, for example {@code ledgerEntry}
     * @return this builder
     */
    public Builder<T> names(String collectionName, String elementName) {
      this.collection = collectionName;
      this.element = elementName;
      return this;
    }

    /**
     * @param value how a record is written in the format
     * @return this builder
     */
    public Builder<T> format(RecordFormat<T> value) {
      this.format = Objects.requireNonNull(value, "format");
      return this;
    }

    /**
     * @param value the order records are kept in
     * @return this builder
     */
    public Builder<T> order(Comparator<? super T> value) {
      this.order = value;
      return this;
    }

    /**
     * @param values references the records make
     * @return this builder
     */
    @SafeVarargs
    public final Builder<T> refs(Ref<T>... values) {
      refs.addAll(List.of(values));
      return this;
    }

    /**
     * @param value a key no two records share
     * @return this builder
     */
    public Builder<T> unique(UniqueKey<T> value) {
      uniqueKeys.add(value);
      return this;
    }

    /**
     * @param values indexes of the records
     * @return this builder
     */
    @SafeVarargs
    public final Builder<T> indexes(Index<T, ?>... values) {
      indexes.addAll(List.of(values));
      return this;
    }

    /**
     * @param value a check of one record beyond its references
     * @return this builder
     */
    public Builder<T> check(RecordCheck<T> value) {
      this.check = Objects.requireNonNull(value, "check");
      return this;
    }

    /**
     * @param value the organisation responsible for a record (the one that held an activity), whose
     *     results a new record may change
     * @return this builder
     */
    public Builder<T> organisation(java.util.function.Function<? super T, org.dangjian.core.org.OrganisationId> value) {
      this.organisation = Objects.requireNonNull(value, "organisation");
      return this;
    }

    /**
     * @param field the field's name in the format
     * @param kind another kind, registered before this one
     * @param byId its index by stable id
     * @param id the id of its record a record of this kind names, if it names one
     * @return this builder: the dataset refuses a record naming one it does not hold, and a partition takes
     *     that record along into every part a record of this kind goes to
     */
    public <R> Builder<T> takesAlong(String field, RecordKind<R> kind, Index<R, RecordId> byId,
        java.util.function.Function<? super T, Optional<RecordId>> id) {
      along.add(new Along<>(field, kind, byId, id));
      return this;
    }

    /**
     * Declares that a session takes new records of the kind one at a time.
     *
     * @return this builder
     */
    public Builder<T> appendable() {
      this.appendable = true;
      return this;
    }

    /**
     * Declares that a dataset stores the kind's records as columns ({@link RecordKind#columnar()}). The
     * format must then give back each record from its fields' values, equal to the one stored; a dataset
     * holding a record it does not give back is refused with an {@link IllegalArgumentException}.
     *
     * @return this builder
     */
    public Builder<T> columnar() {
      this.columnar = true;
      return this;
    }

    /** @return the kind */
    public RecordKind<T> build() {
      return new RecordKind<>(this);
    }
  }
}
