package org.dangjian.core.record;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The records of one kind in a dataset, in the kind's order, with the kind's indexes.
 *
 * @param <T> the record type
 */
public interface Records<T> {

  /** @return every record, in the kind's order */
  List<T> all();

  /**
   * @param index one of the kind's indexes
   * @param key a key
   * @return the records filed under the key, in the kind's order; empty if none
   * @throws IllegalArgumentException if the index is not the kind's
   */
  <K> List<T> by(Index<T, K> index, K key);

  /**
   * One field's values over the records filed under a key, in the kind's order, read without making the
   * records where the kind is held as columns (a {@linkplain RecordKind#columnar() columnar} kind): for a
   * loop that reads a field or two of many records and keeps few of them.
   * <pre>{@code
   * List<String> categories = dataset.records(LedgerEntry.KIND).values(LedgerEntry.BY_MEMBER, member, LedgerEntry.CATEGORY);
   * }</pre>
   * The {@code i}-th value is that of the {@code i}-th record of {@link #by by(index, key)}.
   *
   * @param index one of the kind's indexes
   * @param key a key
   * @param field a required or optional field of the kind's format
   * @return per record: a required field's value, or an optional field's value or null where it is absent
   * @throws IllegalArgumentException if the index is not the kind's, or the field is not a required or
   *     optional field of its format
   */
  default <K, V> List<@Nullable V> values(Index<T, K> index, K key, Field<T, V> field) {
    return values(by(index, key), field);
  }

  /**
   * One field's values over records of the kind, read from the columns where the list is one this store
   * gave ({@link #all()}, {@link #by}) of a columnar kind; otherwise from each record. Several fields of one
   * key's records are read this way from one look-up:
   * <pre>{@code
   * List<LedgerEntry> entries = ledger.by(LedgerEntry.BY_MEMBER, member);
   * List<String> categories = ledger.values(entries, LedgerEntry.CATEGORY);
   * List<LocalDate> days = ledger.values(entries, LedgerEntry.DATE);
   * }</pre>
   *
   * @param records records of the kind
   * @param field a required or optional field of the kind's format
   * @return per record, in the list's order: a required field's value, or an optional field's value or null
   *     where it is absent
   * @throws IllegalArgumentException if the field is not a required or optional field of the kind's format
   */
  default <V> List<@Nullable V> values(List<T> records, Field<T, V> field) {
    java.util.Objects.requireNonNull(records, "records");
    java.util.Objects.requireNonNull(field, "field");
    if (field.mode() != Field.Mode.REQUIRED && field.mode() != Field.Mode.OPTIONAL) {
      throw new IllegalArgumentException(field + " is neither required nor optional");
    }
    return new java.util.AbstractList<>() {
      @Override
      @SuppressWarnings("unchecked") // a required field's getter gives a V, an optional one's an Optional<V>
      public @Nullable V get(int i) {
        Object value = field.valueOf(records.get(i));
        return field.mode() == Field.Mode.OPTIONAL ? ((java.util.Optional<V>) value).orElse(null) : (V) value;
      }

      @Override
      public int size() {
        return records.size();
      }
    };
  }

  /** @return how many records there are */
  default int size() {
    return all().size();
  }
}
