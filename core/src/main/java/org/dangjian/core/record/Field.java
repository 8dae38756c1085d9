package org.dangjian.core.record;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * One field of a {@link RecordFormat}: its name in the format, its {@link ValueFormat}, whether it must
 * be there, and how a record's value is found for writing. Four modes:
 * <ul>
 *   <li>{@link #required required}: always written; a record without it is a {@code missing-field}
 *       problem;
 *   <li>{@link #optional optional}: written when present, the value read as {@link Optional};
 *   <li>{@link #list list}: a list of values, written when not empty, read as empty when absent;
 *   <li>{@link #flag flag}: true or false, written only when true, read as false when absent.
 * </ul>
 * Immutable and thread-safe.
 *
 * @param <T> the record type
 * @param <V> the value's type (a list's element type)
 */
public final class Field<T, V> {
  /** How a field is present in a record. */
  public enum Mode {
    /** Always there. */
    REQUIRED,
    /** There or not. */
    OPTIONAL,
    /** A list, perhaps empty. */
    LIST,
    /** True or false, false when absent. */
    FLAG
  }

  private final String name;
  private final ValueFormat<V> format;
  private final Mode mode;
  private final Function<? super T, ?> getter;
  private final Map<String, Object> schema;
  private final boolean personal;
  private final boolean alwaysWritten;

  private Field(String name, ValueFormat<V> format, Mode mode, Function<? super T, ?> getter, Map<String, Object> schema,
      boolean personal, boolean alwaysWritten) {
    this.name = Objects.requireNonNull(name, "name");
    this.format = Objects.requireNonNull(format, "format");
    this.mode = mode;
    this.getter = Objects.requireNonNull(getter, "getter");
    this.schema = schema;
    this.personal = personal;
    this.alwaysWritten = alwaysWritten;
  }

  private Field(String name, ValueFormat<V> format, Mode mode, Function<? super T, ?> getter, Map<String, Object> schema) {
    this(name, format, mode, getter, schema, false, false);
  }

  /**
   * Marks the field as a member's personal data (national ID, phone), which writers leave out unless told
   * to include it.
   *
   * @return this field, marked
   */
  public Field<T, V> personal() {
    return new Field<>(name, format, mode, getter, schema, true, alwaysWritten);
  }

  /**
   * Marks a list field as written even when empty (and listed as required in the schema), though a
   * reader takes its absence as empty.
   *
   * @return this field, marked
   */
  public Field<T, V> alwaysWritten() {
    return new Field<>(name, format, mode, getter, schema, personal, true);
  }

  /** @return whether the field holds personal data, left out by writers unless asked */
  public boolean isPersonal() {
    return personal;
  }

  /** @return whether the field is written even when it is an empty list */
  public boolean isAlwaysWritten() {
    return alwaysWritten;
  }

  /**
   * @param name the field's name
   * @param format its value's format
   * @param getter the record's value
   * @return a field every record has
   */
  public static <T, V> Field<T, V> required(String name, ValueFormat<V> format, Function<? super T, V> getter) {
    return new Field<>(name, format, Mode.REQUIRED, getter, Map.of());
  }

  /**
   * @param name the field's name
   * @param format its value's format
   * @param getter the record's value, if any
   * @return a field a record may leave out
   */
  public static <T, V> Field<T, V> optional(String name, ValueFormat<V> format, Function<? super T, Optional<V>> getter) {
    return new Field<>(name, format, Mode.OPTIONAL, getter, Map.of());
  }

  /**
   * @param name the field's name
   * @param element each element's format
   * @param getter the record's values
   * @return a list field, left out when empty
   */
  public static <T, V> Field<T, V> list(String name, ValueFormat<V> element, Function<? super T, List<V>> getter) {
    return new Field<>(name, element, Mode.LIST, getter, Map.of());
  }

  /**
   * @param name the field's name
   * @param getter whether the record has it
   * @return a true-or-false field, written only when true
   */
  public static <T> Field<T, Boolean> flag(String name, Predicate<? super T> getter) {
    return new Field<>(name, ValueFormat.bool(), Mode.FLAG, t -> getter.test(t), Map.of());
  }

  /**
   * @param extra schema keywords for the field beyond its format's: a range, {@code uniqueItems}
   * @return this field with them
   */
  public Field<T, V> withSchema(Map<String, Object> extra) {
    return new Field<>(name, format, mode, getter, Map.copyOf(extra), personal, alwaysWritten);
  }

  /** @return the name in the format */
  public String name() {
    return name;
  }

  /** @return the value's (or a list element's) format */
  public ValueFormat<V> format() {
    return format;
  }

  /** @return how the field is present */
  public Mode mode() {
    return mode;
  }

  /** @return schema keywords beyond the format's */
  public Map<String, Object> extraSchema() {
    return schema;
  }

  /**
   * @param record a record
   * @return its value: the value, an {@link Optional}, a {@link List} or a {@link Boolean} by {@link #mode()}
   */
  public Object valueOf(T record) {
    return getter.apply(record);
  }

  @Override
  public String toString() {
    return name + " (" + mode.name().toLowerCase(java.util.Locale.ROOT) + " " + format + ")";
  }
}
