package org.dangjian.core.record;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.dangjian.core.Labelled;
import org.dangjian.core.internal.Dates;
import org.jspecify.annotations.Nullable;

/**
 * How one value is written in the interchange format: its JSON shape (text, whole number, decimal,
 * true/false, an object of fields, or a list of values), how its text is read and printed, and its
 * JSON Schema. A {@link Field} pairs a name with one; a {@link RecordFormat} is a list of fields.
 *
 * <p>Reading a value of the wrong shape stops the reading ({@code wrong-type}); text that does not
 * read — an impossible date, an unknown code, a malformed id — is a problem of the value, collected
 * with the others. Immutable and thread-safe.
 *
 * @param <V> the value's type
 */
public final class ValueFormat<V> {

  /** The JSON shape of a value. */
  public enum Shape {
    /** A JSON string, read and printed by the format's functions. */
    TEXT,
    /** A JSON whole number ({@link Integer}). */
    INTEGER,
    /** A JSON number read exactly ({@link BigDecimal}). */
    DECIMAL,
    /** {@code true} or {@code false} ({@link Boolean}). */
    BOOLEAN,
    /** A JSON object of the {@link #record() record format}'s fields. */
    OBJECT,
    /** A JSON object bound by the library's own Jackson mapper (member events, which have a type each). */
    BOUND
  }

  private final Shape shape;
  private final Class<?> type;
  private final @Nullable Function<String, V> parse;
  private final @Nullable Function<V, String> print;
  private final @Nullable RecordFormat<V> record;
  private final Map<String, Object> schema;
  private final boolean shared;

  private ValueFormat(Shape shape, Class<?> type, @Nullable Function<String, V> parse, @Nullable Function<V, String> print,
      @Nullable RecordFormat<V> record, Map<String, Object> schema) {
    this(shape, type, parse, print, record, schema, false);
  }

  private ValueFormat(Shape shape, Class<?> type, @Nullable Function<String, V> parse, @Nullable Function<V, String> print,
      @Nullable RecordFormat<V> record, Map<String, Object> schema, boolean shared) {
    this.shared = shared;
    this.shape = shape;
    this.type = type;
    this.parse = parse;
    this.print = print;
    this.record = record;
    this.schema = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(schema));
  }

  private static Map<String, Object> ref(String definition) {
    return Map.of("$ref", "#/$defs/" + definition);
  }

  /** @return free text, not blank (a problem {@code blank} otherwise); schema {@code #/$defs/text} */
  public static ValueFormat<String> text() {
    return new ValueFormat<>(Shape.TEXT, String.class, ValueFormat::notBlank, Function.identity(), null, ref("text"));
  }

  private static String notBlank(String text) {
    if (text.isBlank()) {
      throw org.dangjian.core.ValidationException.of("", "blank", "the text is empty or only white space");
    }
    return text;
  }

  /**
   * Text read and printed by functions of your own.
   *
   * @param type the value's type
   * @param parse reads the text; throws {@link org.dangjian.core.ValidationException} for text that does not read
   * @param print the text of a value; {@code parse(print(v))} equals {@code v}
   * @param schema the value's JSON Schema
   * @return the format
   */
  public static <V> ValueFormat<V> text(Class<V> type, Function<String, V> parse, Function<V, String> print,
      Map<String, Object> schema) {
    return new ValueFormat<>(Shape.TEXT, type, Objects.requireNonNull(parse, "parse"), Objects.requireNonNull(print, "print"),
        null, schema);
  }

  /**
   * An identifier: text checked by its factory ({@code MemberId::of}); schema {@code #/$defs/id}.
   *
   * @param type the id's type
   * @param of the factory
   * @param value the id's text
   * @return the format
   */
  public static <V> ValueFormat<V> id(Class<V> type, Function<String, V> of, Function<V, String> value) {
    return text(type, of, value, ref("id"));
  }

  /**
   * A code of an enumeration (its {@link Labelled#code()}); unknown codes are problems naming the known ones.
   *
   * @param type the enumeration
   * @param definition the name of its schema definition, for example {@code gender}
   * @return the format
   */
  public static <E extends Enum<E> & Labelled> ValueFormat<E> code(Class<E> type, String definition) {
    return text(type, text -> Labelled.parse(type, text), Labelled::code, ref(definition));
  }

  /** @return a day, {@code 2024-03-01}, {@linkplain #shared() shared}; schema {@code #/$defs/date} */
  public static ValueFormat<LocalDate> date() {
    return text(LocalDate.class, Dates::parse, LocalDate::toString, ref("date")).shared();
  }

  /** @return a month, {@code 2024-03}, {@linkplain #shared() shared}; schema {@code #/$defs/month} */
  public static ValueFormat<YearMonth> month() {
    return text(YearMonth.class, Dates::parseMonth, YearMonth::toString, ref("month")).shared();
  }

  /** @return a whole number; schema {@code {"type": "integer"}} */
  public static ValueFormat<Integer> integer() {
    return new ValueFormat<>(Shape.INTEGER, Integer.class, null, null, null, Map.of("type", "integer"));
  }

  /** @return a number read exactly, an amount of yuan or points, {@linkplain #shared() shared}; schema {@code #/$defs/amount} */
  public static ValueFormat<BigDecimal> decimal() {
    return new ValueFormat<>(Shape.DECIMAL, BigDecimal.class, null, null, null, ref("amount"), true);
  }

  /** @return true or false; schema {@code {"type": "boolean"}} */
  public static ValueFormat<Boolean> bool() {
    return new ValueFormat<>(Shape.BOOLEAN, Boolean.class, null, null, null, Map.of("type", "boolean"));
  }

  /**
   * @param record the object's fields
   * @return an object read by the record format; its schema inline
   */
  public static <V> ValueFormat<V> object(RecordFormat<V> record) {
    return new ValueFormat<>(Shape.OBJECT, record.type(), null, null, record, Map.of());
  }

  /**
   * An object the library's Jackson mapper binds (its JSON module knows the type): member events.
   *
   * @param type the type
   * @param schema its JSON Schema
   * @return the format
   */
  public static <V> ValueFormat<V> bound(Class<V> type, Map<String, Object> schema) {
    return new ValueFormat<>(Shape.BOUND, type, null, null, null, schema);
  }

  /**
   * @param newSchema the value's JSON Schema here, for example with a range
   * @return this format with that schema
   */
  public ValueFormat<V> withSchema(Map<String, Object> newSchema) {
    return new ValueFormat<>(shape, type, parse, print, record, newSchema, shared);
  }

  /**
   * Marks a text or decimal format whose values recur — member and organisation ids, days, months,
   * amounts, a ledger's categories — so that a reader
   * keeps one instance per distinct text (of the value's type) and every record read shares it: far less
   * memory for a region whose records name the same members and days again and again.
   *
   * @return this format, its values shared
   * @throws IllegalStateException if the shape is neither TEXT nor DECIMAL
   */
  public ValueFormat<V> shared() {
    if (shape != Shape.TEXT && shape != Shape.DECIMAL) {
      throw new IllegalStateException("only text and decimal values are shared, not " + shape);
    }
    return new ValueFormat<>(shape, type, parse, print, record, schema, true);
  }

  /** @return whether a reader shares equal values among the records it reads ({@link #shared()}) */
  public boolean isShared() {
    return shared;
  }

  /** @return the JSON shape */
  public Shape shape() {
    return shape;
  }

  /** @return the value's type */
  public Class<?> type() {
    return type;
  }

  /**
   * @param text a {@link Shape#TEXT TEXT} value's text
   * @return the value
   * @throws org.dangjian.core.ValidationException for text that does not read
   * @throws IllegalStateException if the shape is not TEXT
   */
  public V parse(String text) {
    if (parse == null) {
      throw new IllegalStateException("a " + shape + " value is not read from text");
    }
    return parse.apply(text);
  }

  /**
   * @param value a {@link Shape#TEXT TEXT} value
   * @return its text
   * @throws IllegalStateException if the shape is not TEXT
   */
  public String print(V value) {
    if (print == null) {
      throw new IllegalStateException("a " + shape + " value is not printed as text");
    }
    return print.apply(value);
  }

  /**
   * @return the fields of an {@link Shape#OBJECT OBJECT} value
   * @throws IllegalStateException if the shape is not OBJECT
   */
  public RecordFormat<V> record() {
    if (record == null) {
      throw new IllegalStateException("a " + shape + " value has no fields");
    }
    return record;
  }

  /** @return the value's JSON Schema: the record's for an object */
  public Map<String, Object> schema() {
    return record == null ? schema : record.schema();
  }

  /** @return what the format expects, in problems' words: "text", "a whole number"… */
  public String describe() {
    return switch (shape) {
      case TEXT -> "text";
      case INTEGER -> "a whole number";
      case DECIMAL -> "a number";
      case BOOLEAN -> "true or false";
      case OBJECT, BOUND -> "an object";
    };
  }

  @Override
  public String toString() {
    return shape + " " + type.getSimpleName();
  }
}
