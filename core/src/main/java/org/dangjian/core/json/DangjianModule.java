package org.dangjian.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.Deserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.dangjian.core.Labelled;
import org.dangjian.core.ValidationException;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.internal.Dates;
import org.dangjian.core.json.internal.ProblemMappingException;
import org.dangjian.core.member.EventType;
import org.dangjian.core.member.MemberEvent;
import org.dangjian.core.json.internal.DatasetReader;
import org.dangjian.core.json.internal.FormatReader;
import org.dangjian.core.json.internal.FormatWriter;
import org.dangjian.core.record.RecordKinds;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.org.UnitId;
import org.dangjian.core.time.ReportingPeriod;

/**
 * A Jackson module for the library's values, for vendors who embed them in their own JSON: ids,
 * {@linkplain ReportingPeriod periods}, dates ({@code 2024-07-01}) and months ({@code 2024-07}) as their text, {@link Labelled}
 * codes as their code, {@link MemberEvent}s as objects with a {@code "type"} from the closed set of
 * {@link EventType} codes (never a class name), and a {@link Dataset} as its interchange document
 * ({@value Dataset#SCHEMA}). Registering it also registers Jackson's JDK 8 module, for {@code Optional}.
 *
 * <p>Reading is strict: an unknown code or malformed id is an error at its location. A dataset that
 * binds but breaks a rule is rejected with Jackson's {@code JsonMappingException} whose cause is the
 * library's {@link ValidationException}, listing every problem. To read a dataset file on its own,
 * prefer {@link DatasetFormat}, which also locates each problem by line. {@link DangjianJson} returns
 * mappers with this module registered.
 */
public final class DangjianModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** Creates the module. */
  public DangjianModule() {
    super("dangjian", Version.unknownVersion());
    text(UnitId.class, UnitId::of);
    text(OrganisationId.class, OrganisationId::of);
    text(MemberId.class, MemberId::of);
    text(ReportingPeriod.class, ReportingPeriod::parse);
    text(LocalDate.class, Dates::parse);
    text(java.time.YearMonth.class, Dates::parseMonth);
    setMixInAnnotation(MemberEvent.class, MemberEventMixin.class);
    for (EventType type : EventType.values()) {
      registerSubtypes(new NamedType(type.eventClass(), type.code()));
    }
    addSerializer(Labelled.class, new LabelledSerializer());
    addSerializer(Dataset.class, new DatasetSerializer());
    addDeserializer(Dataset.class, new DatasetDeserializer());
  }

  /** Optional values in events need Jackson's JDK 8 module; registering this module registers it too. */
  @Override
  public Iterable<? extends com.fasterxml.jackson.databind.Module> getDependencies() {
    return List.of(new Jdk8Module());
  }

  /** Member events are written with their {@code "type"} first; absent optional values are left out. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  private abstract static class MemberEventMixin {}

  @Override
  public void setupModule(SetupContext context) {
    super.setupModule(context);
    context.addDeserializers(new LabelledDeserializers());
  }

  private <T> void text(Class<T> type, Function<String, T> parse) {
    addSerializer(type, ToStringSerializer.instance);
    addDeserializer(type, new TextDeserializer<>(type, parse));
  }

  private static final class TextDeserializer<T> extends StdScalarDeserializer<T> {
    private static final long serialVersionUID = 1L;
    @SuppressWarnings("serial")
    private final Function<String, T> parse;

    TextDeserializer(Class<T> type, Function<String, T> parse) {
      super(type);
      this.parse = parse;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      if (parser.currentToken() != JsonToken.VALUE_STRING) {
        return (T) context.handleUnexpectedToken(handledType(), parser);
      }
      String text = parser.getText();
      try {
        Object shared = context.getAttribute(org.dangjian.core.json.internal.SharedValues.ATTRIBUTE);
        if (shared != null) { // a dataset reader's table: the value is shared with the records read
          @SuppressWarnings("unchecked") // the reader's table, by type and text
          Map<Class<?>, Map<String, Object>> table = (Map<Class<?>, Map<String, Object>>) shared;
          return org.dangjian.core.json.internal.SharedValues.of(table, handledType(), text, parse);
        }
        return parse.apply(text);
      } catch (ValidationException e) {
        throw new ProblemMappingException(parser, e.problems().get(0));
      }
    }
  }

  private static final class LabelledSerializer extends StdSerializer<Labelled> {
    private static final long serialVersionUID = 1L;

    LabelledSerializer() {
      super(Labelled.class);
    }

    @Override
    public void serialize(Labelled value, JsonGenerator generator, SerializerProvider provider) throws IOException {
      generator.writeString(value.code());
    }
  }

  private static final class LabelledDeserializers extends Deserializers.Base {
    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public JsonDeserializer<?> findEnumDeserializer(Class<?> type, DeserializationConfig config, BeanDescription description) {
      if (!Labelled.class.isAssignableFrom(type)) {
        return null;
      }
      Class raw = type;
      return new TextDeserializer<>(raw, code -> Labelled.parse(raw, code));
    }
  }

  private static final class DatasetSerializer extends StdSerializer<Dataset> {
    private static final long serialVersionUID = 1L;

    DatasetSerializer() {
      super(Dataset.class);
    }

    @Override
    public void serialize(Dataset value, JsonGenerator generator, SerializerProvider provider) throws IOException {
      FormatWriter.writeDocument(value, false, generator, (at, v) -> provider.defaultSerializeValue(v, at));
    }
  }

  private static final class DatasetDeserializer extends StdScalarDeserializer<Dataset> {
    private static final long serialVersionUID = 1L;

    DatasetDeserializer() {
      super(Dataset.class);
    }

    @Override
    public Dataset deserialize(JsonParser parser, DeserializationContext context) throws IOException {
      try {
        return new DatasetReader(RecordKinds.builtIn()).readValue(parser, parser.getCodec() instanceof ObjectMapper mapper ? mapper : DangjianJson.jsonMapper());
      } catch (FormatReader.Stop stop) {
        throw JsonMappingException.from(parser, "the dataset is invalid: " + stop.problem());
      } catch (ValidationException e) {
        throw JsonMappingException.from(parser, "the dataset is invalid: " + e.getMessage(), e);
      }
    }
  }
}
