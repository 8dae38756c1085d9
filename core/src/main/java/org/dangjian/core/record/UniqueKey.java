package org.dangjian.core.record;

import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * A key no two records of a kind may share — an activity's id, a member's commitment for a year — with
 * the message that says so ({@code duplicate-id} at the second record's path, naming the first).
 *
 * @param <T> the record type
 */
public final class UniqueKey<T> {
  private final String field;
  private final Function<? super T, ?> key;
  private final BiFunction<? super T, String, String> message;
  private final @org.jspecify.annotations.Nullable Index<T, ?> index;

  private UniqueKey(String field, Function<? super T, ?> key, BiFunction<? super T, String, String> message,
      @org.jspecify.annotations.Nullable Index<T, ?> index) {
    this.field = Objects.requireNonNull(field, "field");
    this.key = Objects.requireNonNull(key, "key");
    this.message = Objects.requireNonNull(message, "message");
    this.index = index;
  }

  /**
   * @param key the key of a record; equal keys are duplicates
   * @param message the problem's message, given the second record and the first one's path
   * @return the unique key
   */
  public static <T> UniqueKey<T> of(Function<? super T, ?> key, BiFunction<? super T, String, String> message) {
    return new UniqueKey<>("", key, message, null);
  }

  /**
   * @param field the field holding the key, named in the problem's path ({@code activities[3].id})
   * @param key the key of a record; equal keys are duplicates
   * @param message the problem's message, given the second record and the first one's path
   * @return the unique key
   */
  public static <T> UniqueKey<T> onField(String field, Function<? super T, ?> key, BiFunction<? super T, String, String> message) {
    return new UniqueKey<>(field, key, message, null);
  }

  /**
   * The stable id every kind may give its records: unique within the kind where given, a duplicate reported
   * at {@code id} as "id 'x' is used again; first at ledger[3]".
   *
   * @param id the record's stable id, if it has one
   * @param index the kind's index by id, so that a single new record's id is looked up rather than scanned for
   * @return the unique key
   */
  public static <T> UniqueKey<T> recordId(Function<? super T, java.util.Optional<RecordId>> id, Index<T, RecordId> index) {
    Objects.requireNonNull(id, "id");
    return UniqueKey.<T>onField("id", r -> id.apply(r).orElse(null),
        (r, first) -> "id '" + id.apply(r).orElseThrow() + "' is used again; first at " + first).indexedBy(index);
  }

  /**
   * @param value an index of the kind filing records under this key, so that a single new record's key is
   *     looked up rather than scanned for
   * @return this key, looked up through the index
   */
  public <K> UniqueKey<T> indexedBy(Index<T, K> value) {
    return new UniqueKey<>(field, key, message, Objects.requireNonNull(value, "index"));
  }

  /** @return the index filing records under this key, if one was named */
  public java.util.Optional<Index<T, ?>> index() {
    return java.util.Optional.ofNullable(index);
  }

  /**
   * @param at a record's path
   * @return the path a duplicate is reported at
   */
  public String pathOf(String at) {
    return field.isEmpty() ? at : at + "." + field;
  }

  /** @return the key of a record; null if it has none (an optional id left out), and it is then compared with no other */
  public Object keyOf(T record) {
    return key.apply(record);
  }

  /** @return the message for a duplicate of the record first seen at {@code firstPath} */
  public String message(T duplicate, String firstPath) {
    return message.apply(duplicate, firstPath);
  }
}
