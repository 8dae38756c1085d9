package org.dangjian.core.record;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * How a record is written in the interchange format: its fields, in the order they are written, and how
 * the record is made from the values read. One declaration serves reading (streaming, every problem
 * with its path), writing and the JSON Schema; a {@link RecordKind} carries its record's format.
 *
 * <pre>{@code
 * static final Field<DuesBase, MemberId> MEMBER = Field.required("member", Formats.MEMBER_ID, DuesBase::member);
 * static final Field<DuesBase, YearMonth> FROM = Field.required("from", ValueFormat.month(), DuesBase::from);
 * static final Field<DuesBase, BigDecimal> BASE = Field.required("monthlyBase", ValueFormat.decimal(), DuesBase::monthlyBase);
 * static final RecordFormat<DuesBase> FORMAT = RecordFormat.of(DuesBase.class,
 *     v -> new DuesBase(v.get(MEMBER), v.get(FROM), v.get(BASE)), MEMBER, FROM, BASE);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the record type
 */
public final class RecordFormat<T> {
  private final Class<T> type;
  private final List<Field<T, ?>> fields;
  /** The fields as an array, for {@link Values} to find a field's slot by identity. */
  private final Field<?, ?>[] fieldArray;
  private final Map<String, Integer> indexByName;
  /** The names, by position: a parser's names are interned, so most are found by identity. */
  private final String[] names;
  private final Function<Values, T> create;
  private final String knownNames;

  private RecordFormat(Class<T> type, Function<Values, T> create, List<Field<T, ?>> fields) {
    this.type = Objects.requireNonNull(type, "type");
    this.create = Objects.requireNonNull(create, "create");
    this.fields = List.copyOf(fields);
    this.fieldArray = this.fields.toArray(new Field<?, ?>[0]);
    Map<String, Integer> names = new HashMap<>();
    for (int i = 0; i < this.fields.size(); i++) {
      if (names.put(this.fields.get(i).name(), i) != null) {
        throw new IllegalArgumentException("field '" + this.fields.get(i).name() + "' is declared twice");
      }
    }
    this.indexByName = Map.copyOf(names);
    this.names = this.fields.stream().map(Field::name).map(String::intern).toArray(String[]::new);
    this.knownNames = String.join(", ", new TreeSet<>(names.keySet()));
  }

  /**
   * @param type the record type
   * @param create makes the record from the values read; throws {@link org.dangjian.core.ValidationException}
   *     with paths relative to the record ({@code amount}) for values that do not go together
   * @param fields the fields, in the order they are written
   * @return the format
   */
  @SafeVarargs
  public static <T> RecordFormat<T> of(Class<T> type, Function<Values, T> create, Field<T, ?>... fields) {
    return new RecordFormat<>(type, create, List.of(fields));
  }

  /** @return the record type */
  public Class<T> type() {
    return type;
  }

  /** @return the fields, in the order they are written */
  public List<Field<T, ?>> fields() {
    return fields;
  }

  /**
   * @param name a field's name
   * @return its position in {@link #fields()}, or -1
   */
  public int indexOf(String name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i] == name) {
        return i;
      }
    }
    Integer index = indexByName.get(name);
    return index == null ? -1 : index;
  }

  /** @return the fields' names, sorted and joined by commas, as problems list them */
  public String knownNames() {
    return knownNames;
  }

  /**
   * @param values the values read, one slot per field in {@link #fields()} order (see {@link Values})
   * @return the record
   * @throws org.dangjian.core.ValidationException for values that do not go together
   */
  public T create(Values values) {
    return create.apply(values);
  }

  /**
   * @param record a record
   * @param personalData whether {@linkplain Field#personal() personal} fields are included
   * @return its fields' values in order, as written: only present optional values, non-empty lists (or
   *     lists {@linkplain Field#alwaysWritten() always written}), true flags
   */
  public Map<String, Object> valuesOf(T record, boolean personalData) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (Field<T, ?> field : fields) {
      if (field.isPersonal() && !personalData) {
        continue;
      }
      Object value = field.valueOf(record);
      switch (field.mode()) {
        case REQUIRED -> values.put(field.name(), value);
        case OPTIONAL -> ((Optional<?>) value).ifPresent(v -> values.put(field.name(), v));
        case LIST -> {
          if (!((List<?>) value).isEmpty() || field.isAlwaysWritten()) {
            values.put(field.name(), value);
          }
        }
        case FLAG -> {
          if (Boolean.TRUE.equals(value)) {
            values.put(field.name(), Boolean.TRUE);
          }
        }
      }
    }
    return values;
  }

  /** @return the record's JSON Schema: an object of exactly these fields, the required ones listed */
  public Map<String, Object> schema() {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "object");
    schema.put("additionalProperties", false);
    List<String> required = fields.stream().filter(f -> f.mode() == Field.Mode.REQUIRED || f.isAlwaysWritten()).map(Field::name).toList();
    if (!required.isEmpty()) {
      schema.put("required", required);
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    for (Field<T, ?> field : fields) {
      Map<String, Object> property = new LinkedHashMap<>();
      if (field.mode() == Field.Mode.LIST) {
        property.put("type", "array");
        property.put("items", field.format().schema());
      } else {
        property.putAll(field.format().schema());
      }
      property.putAll(field.extraSchema());
      properties.put(field.name(), property);
    }
    schema.put("properties", properties);
    return schema;
  }

  @Override
  public String toString() {
    return type.getSimpleName() + fields.stream().map(Field::name).toList();
  }

  /**
   * The values read for one record, one slot per field, handed to the format's {@code create}: a required
   * field's value is there (the record is not made otherwise).
   */
  public static final class Values {
    private final Object[] slots;
    private final RecordFormat<?> format;
    private final @Nullable Function<Object, Optional<?>> optionals;

    /**
     * @param format the format the values are for
     * @param slots one per field: the value, or null where absent; a list field's slot a {@link List} or null
     */
    public Values(RecordFormat<?> format, @Nullable Object[] slots) {
      this(format, slots, null);
    }

    /**
     * Values whose present optional values of {@linkplain ValueFormat#shared() shared} formats are handed out
     * in {@link Optional}s that are shared too (a reader keeps one per value).
     *
     * @param format the format the values are for
     * @param slots one per field: the value, or null where absent; a list field's slot a {@link List} or null
     * @param optionals the {@link Optional} of a shared value, or null to make a new one each time
     */
    public Values(RecordFormat<?> format, @Nullable Object[] slots, @Nullable Function<Object, Optional<?>> optionals) {
      this.format = format;
      this.slots = slots;
      this.optionals = optionals;
    }

    private int slot(Field<?, ?> field) {
      Field<?, ?>[] fields = format.fieldArray;
      for (int i = 0; i < fields.length; i++) {
        if (fields[i] == field) {
          return i;
        }
      }
      throw new IllegalArgumentException("'" + field.name() + "' is not a field of " + format);
    }

    /**
     * @param field a required field
     * @return its value
     */
    @SuppressWarnings("unchecked") // the slot holds what the field's format reads
    public <V> V get(Field<?, V> field) {
      return (V) Objects.requireNonNull(slots[slot(field)], field.name());
    }

    /**
     * @param field an optional field
     * @return its value, if present
     */
    @SuppressWarnings("unchecked") // the slot holds what the field's format reads; a shared Optional holds such a value
    public <V> Optional<V> optional(Field<?, V> field) {
      Object value = slots[slot(field)];
      if (value != null && optionals != null && field.format().isShared()) {
        return (Optional<V>) optionals.apply(value);
      }
      return Optional.ofNullable((V) value);
    }

    /**
     * @param field a list field
     * @return its values, empty if absent
     */
    @SuppressWarnings("unchecked")
    public <V> List<V> list(Field<?, V> field) {
      Object value = slots[slot(field)];
      return value == null ? List.of() : (List<V>) value;
    }

    /**
     * @param field a flag
     * @return whether it is true
     */
    public boolean flag(Field<?, Boolean> field) {
      return Boolean.TRUE.equals(slots[slot(field)]);
    }
  }
}
