package org.dangjian.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.MapperBuilder;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.Locale;
import java.util.TimeZone;

/**
 * Ready, strict Jackson mappers with {@link DangjianModule} registered — one for JSON, one for YAML.
 *
 * <p>Strict means: unknown fields, duplicate keys, trailing content, nulls for primitives and
 * numbers for enums are errors; scalars are never coerced (a number is not text, {@code "3"} is not
 * a number, {@code "yes"} is not a boolean). Reading applies {@link ReadLimits}. Output is indented with two spaces and {@code \n} line
 * ends whatever the platform, and nothing depends on the default locale or time zone.
 *
 * <p>Each call returns a new mapper the caller may reconfigure; mappers are thread-safe once
 * configured. The library needs Jackson 2.17 or newer (2.x): with an older one on the class path every call
 * throws {@link org.dangjian.core.DangjianException} naming the modules found.
 */
public final class DangjianJson {
  private DangjianJson() {}

  /** @return a new strict JSON mapper */
  public static ObjectMapper jsonMapper() {
    JsonFactory factory = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .streamReadConstraints(ReadLimits.streamConstraints()).build();
    return configure(JsonMapper.builder(factory)).build();
  }

  /**
   * @return a new strict JSON mapper whose parsers have no document length limit: for a dataset streamed
   *     record by record, whose reader limits each record instead (every other limit applies)
   */
  public static ObjectMapper jsonMapperForRecords() {
    JsonFactory factory = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .streamReadConstraints(ReadLimits.streamConstraints(-1)).build();
    return configure(JsonMapper.builder(factory)).build();
  }

  /** @return a new strict YAML mapper */
  public static ObjectMapper yamlMapper() {
    YAMLFactory factory = YAMLFactory.builder()
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .streamReadConstraints(ReadLimits.streamConstraints())
        .loaderOptions(ReadLimits.yamlOptions())
        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
        .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
        // Text that looks like a number ("2024.1", "007", "1e3") keeps its quotes, or it would read back as a number.
        .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
        .stringQuotingChecker(new org.dangjian.core.json.internal.YamlQuoting())
        .disable(YAMLGenerator.Feature.USE_NATIVE_TYPE_ID)
        .build();
    return configure(YAMLMapper.builder(factory)).build();
  }

  /**
   * @param syntax JSON or YAML
   * @return a new strict mapper for that syntax
   */
  public static ObjectMapper mapper(Syntax syntax) {
    java.util.Objects.requireNonNull(syntax, "syntax");
    return syntax == Syntax.JSON ? jsonMapper() : yamlMapper();
  }

  private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B configure(B builder) {
    org.dangjian.core.json.internal.JacksonVersions.requireSupported();
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    return builder
        .addModule(new DangjianModule())
        .defaultLocale(Locale.ROOT)
        .defaultTimeZone(TimeZone.getTimeZone("UTC"))
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .enable(com.fasterxml.jackson.core.StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
        .defaultPrettyPrinter(printer)
        .withCoercionConfigDefaults(config -> config
            .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
            .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail))
        // A whole number is a valid amount of yuan (BigDecimal); text is still not a number.
        .withCoercionConfig(LogicalType.Float, config -> config.setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert))
        .withCoercionConfig(LogicalType.Collection, config -> config.setCoercion(CoercionInputShape.String, CoercionAction.Fail));
  }
}
