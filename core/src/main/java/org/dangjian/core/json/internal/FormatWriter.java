package org.dangjian.core.json.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.record.Field;
import org.dangjian.core.record.RecordFormat;
import org.dangjian.core.record.RecordKind;
import org.dangjian.core.record.ValueFormat;

/**
 * Writes records by their {@link RecordFormat} as ordered maps of JSON values (text, numbers, lists, maps,
 * and member events for the library's mapper to write), and a dataset as its document: the header, then
 * units and members by id, organisations in path order, and each kind's records in the kind's order. Not API.
 */
public final class FormatWriter {
  private FormatWriter() {}

  /**
   * @param format the record's format
   * @param record a record
   * @param personalData whether personal fields are written
   * @return its fields as written, in order
   */
  public static <T> Map<String, Object> toMap(RecordFormat<T> format, T record, boolean personalData) {
    Map<String, Object> values = format.valuesOf(record, personalData);
    for (Field<T, ?> field : format.fields()) {
      Object value = values.get(field.name());
      if (value != null) {
        values.put(field.name(), field.mode() == Field.Mode.LIST ? list(field.format(), (List<?>) value, personalData)
            : json(field.format(), value, personalData));
      }
    }
    return values;
  }

  private static <V> List<Object> list(ValueFormat<V> format, List<?> values, boolean personalData) {
    List<Object> json = new ArrayList<>(values.size());
    values.forEach(v -> json.add(json(format, v, personalData)));
    return json;
  }

  @SuppressWarnings("unchecked") // the value is the format's
  private static <V> Object json(ValueFormat<V> format, Object value, boolean personalData) {
    return switch (format.shape()) {
      case TEXT -> format.print((V) value);
      case OBJECT -> toMap(format.record(), (V) value, personalData);
      case BOUND -> new Bound(value, format.type());
      default -> value;
    };
  }

  /**
   * A value the mapper writes as its format's type rather than its own class — so that a member event
   * carries its {@code "type"}, which Jackson writes only for a value declared as an event.
   *
   * @param value the value
   * @param type the type it is written as
   */
  @com.fasterxml.jackson.databind.annotation.JsonSerialize(using = BoundSerializer.class)
  record Bound(Object value, Class<?> type) {}

  /** Writes a {@link Bound} value as its declared type. */
  static final class BoundSerializer extends com.fasterxml.jackson.databind.ser.std.StdSerializer<Bound> {
    private static final long serialVersionUID = 1L;

    BoundSerializer() {
      super(Bound.class);
    }

    @Override
    public void serialize(Bound bound, com.fasterxml.jackson.core.JsonGenerator generator,
        com.fasterxml.jackson.databind.SerializerProvider provider) throws java.io.IOException {
      com.fasterxml.jackson.databind.jsontype.TypeSerializer typed = provider.findTypeSerializer(provider.constructType(bound.type()));
      com.fasterxml.jackson.databind.JsonSerializer<Object> serializer = provider.findValueSerializer(bound.value().getClass());
      if (typed == null) {
        serializer.serialize(bound.value(), generator, provider);
      } else {
        serializer.serializeWithType(bound.value(), generator, provider, typed);
      }
    }
  }

  /**
   * @param dataset a dataset
   * @param personalData whether personal fields are written
   * @return the header's fields: schema, region and the declared activity types (when there are any)
   */
  public static Map<String, Object> header(Dataset dataset, boolean personalData) {
    Map<String, Object> header = new LinkedHashMap<>();
    header.put("schema", Dataset.SCHEMA);
    header.put("region", toMap(CoreFormats.REGION, dataset.region(), personalData));
    if (!dataset.declaredActivityTypes().isEmpty()) {
      header.put("activityTypes", dataset.declaredActivityTypes().stream()
          .map(t -> toMap(CoreFormats.ACTIVITY_TYPE, t, personalData)).toList());
    }
    if (!dataset.externalMembers().isEmpty() || !dataset.externalOrganisations().isEmpty()) {
      header.put("external", toMap(CoreFormats.EXTERNAL, new CoreFormats.ExternalRefs(List.copyOf(dataset.externalMembers()),
          List.copyOf(dataset.externalOrganisations())), personalData));
    }
    return header;
  }

  /**
   * Hands each collection's records to the sink, in the document's order: units, organisations, members,
   * then the kinds'.
   *
   * @param dataset a dataset
   * @param personalData whether personal fields are written
   * @param sink takes a record's element name (for example {@code member}) and its fields as written
   */
  public static void eachRecord(Dataset dataset, boolean personalData, BiConsumer<String, Map<String, Object>> sink) {
    dataset.units().forEach(u -> sink.accept("unit", toMap(CoreFormats.UNIT, u, personalData)));
    dataset.organisations().forEach(o -> sink.accept("organisation", toMap(CoreFormats.ORGANISATION, o, personalData)));
    dataset.members().forEach(m -> sink.accept("member", toMap(CoreFormats.MEMBER, m, personalData)));
    for (RecordKind<?> kind : dataset.kinds().all()) {
      eachOfKind(dataset, kind, personalData, sink);
    }
  }

  private static <T> void eachOfKind(Dataset dataset, RecordKind<T> kind, boolean personalData,
      BiConsumer<String, Map<String, Object>> sink) {
    for (T record : dataset.records(kind).all()) {
      sink.accept(kind.element(), toMap(kind.format(), record, personalData));
    }
  }

  /** Writes one value at a generator's current place: through a mapper's writer, or a serializer's provider. */
  @FunctionalInterface
  public interface ValueWriter {
    /**
     * @param generator where the value goes
     * @param value a value (a map of a record's fields, a list of them, text)
     * @throws java.io.IOException if it cannot be written
     */
    void write(com.fasterxml.jackson.core.JsonGenerator generator, Object value) throws java.io.IOException;
  }

  /**
   * Writes the whole document to a generator, record by record, holding nothing but the record being
   * written: the header, then each collection (left out when empty) in the document's order — units,
   * organisations, members, the declared activity types, the kinds' records — and a part's external
   * references last.
   *
   * @param dataset a dataset
   * @param personalData whether personal fields are written
   * @param generator where the document goes, at the start
   * @param values writes each value
   * @throws java.io.IOException if it cannot be written
   */
  public static void writeDocument(Dataset dataset, boolean personalData, com.fasterxml.jackson.core.JsonGenerator generator,
      ValueWriter values) throws java.io.IOException {
    Map<String, Object> header = header(dataset, personalData);
    Object types = header.remove("activityTypes");
    Object external = header.remove("external");
    generator.writeStartObject();
    for (Map.Entry<String, Object> field : header.entrySet()) {
      generator.writeFieldName(field.getKey());
      values.write(generator, field.getValue());
    }
    Collection<?> units = dataset.units();
    writeCollection(generator, values, "units", units, u -> toMap(CoreFormats.UNIT, (org.dangjian.core.org.Unit) u, personalData));
    writeCollection(generator, values, "organisations", dataset.organisations(),
        o -> toMap(CoreFormats.ORGANISATION, (org.dangjian.core.org.Organisation) o, personalData));
    writeCollection(generator, values, "members", dataset.members(),
        m -> toMap(CoreFormats.MEMBER, (org.dangjian.core.member.Member) m, personalData));
    for (RecordKind<?> kind : dataset.kinds().all()) {
      if (kind.element().equals("activity") && types != null) {
        generator.writeFieldName("activityTypes");
        values.write(generator, types);
        types = null;
      }
      writeKind(generator, values, dataset, kind, personalData);
    }
    if (types != null) {
      generator.writeFieldName("activityTypes");
      values.write(generator, types);
    }
    if (external != null) {
      generator.writeFieldName("external");
      values.write(generator, external);
    }
    generator.writeEndObject();
  }

  private static <T> void writeKind(com.fasterxml.jackson.core.JsonGenerator generator, ValueWriter values, Dataset dataset,
      RecordKind<T> kind, boolean personalData) throws java.io.IOException {
    writeCollection(generator, values, kind.collection(), dataset.records(kind).all(), r -> toMap(kind.format(), kind.cast(r), personalData));
  }

  private static void writeCollection(com.fasterxml.jackson.core.JsonGenerator generator, ValueWriter values, String name,
      Collection<?> records, java.util.function.Function<Object, Map<String, Object>> fields) throws java.io.IOException {
    if (records.isEmpty()) {
      return;
    }
    generator.writeArrayFieldStart(name);
    for (Object record : records) {
      values.write(generator, fields.apply(record));
    }
    generator.writeEndArray();
  }
}
