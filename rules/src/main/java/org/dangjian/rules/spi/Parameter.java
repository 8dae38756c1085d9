package org.dangjian.rules.spi;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.dangjian.core.Labelled;
import org.dangjian.core.Labels;
import org.dangjian.core.Problem;
import org.dangjian.core.Suggestion;
import org.dangjian.core.json.StrictObject;
import org.jspecify.annotations.Nullable;

/**
 * One parameter a {@link RuleType} reads from a rule entry's {@code parameters}: its name, what its value
 * is (a whole number in a range, one of a few words, a list of codes…), its default, what it means in
 * Chinese and English, and an example. A rule type lists its parameters in {@link RuleType#parameters()} and
 * reads each with {@link RuleParameters#get(Parameter)}, so the declaration that {@code dangjian rules show}
 * prints and {@code dangjian validate} enforces is the one the rule reads: they cannot drift apart.
 *
 * <p>Immutable; made by the static factories and changed by the {@code with} methods, each returning a
 * new parameter:
 *
 * <pre>{@code
 * static final Parameter<Integer> TIMES = Parameter.wholeNumber("times", 1, 100).withDefault(1)
 *     .withMeaning("每个周期至少开展的次数", "how many activities each period needs at least").withExample("2");
 * }</pre>
 *
 * <p>Ranges are inclusive (从…到…, the legal 以上 and 以下): {@code wholeNumber("months", 1, 12)} takes 1 and 12.
 *
 * @param <T> the type of the value read
 */
public final class Parameter<T> {

  /** What a parameter's value is written as. */
  public enum Kind implements Labelled {
    /** A whole number in a range. */
    WHOLE_NUMBER("整数", "whole number"),
    /** An exact decimal in a range, at most {@value StrictObject#MAX_DECIMALS} decimals. */
    DECIMAL("数值", "decimal"),
    /** {@code true} or {@code false}. */
    BOOLEAN("是或否", "true or false"),
    /** Free text. */
    TEXT("文本", "text"),
    /** A day, written {@code 2024-06-30}. */
    DATE("日期", "date"),
    /** One of a fixed list of words or codes. */
    CHOICE("选项", "one of"),
    /** The code of an activity type: a standard one or one the rule set declares. */
    ACTIVITY_TYPE("活动类型", "activity type"),
    /** A list of texts. */
    TEXT_LIST("文本列表", "list of texts"),
    /** A list of ids or codes: lower-case words joined by hyphens (rule ids, ledger categories). */
    ID_LIST("编号列表", "list of ids"),
    /** A list of words or codes, each one of a fixed list. */
    CHOICE_LIST("选项列表", "list of"),
    /** A list of activity-type codes. */
    ACTIVITY_TYPE_LIST("活动类型列表", "list of activity types"),
    /** A list of objects, each with parameters of its own. */
    OBJECT_LIST("对象列表", "list of objects"),
    /** An object giving a decimal for some of a fixed list of codes: {@code {excellent: 100, competent: 80}}. */
    DECIMAL_BY_CODE("按代码取值", "a number for each of");

    private final Labels labels;

    Kind(String zh, String en) {
      this.labels = new Labels(zh, en);
    }

    @Override
    public Labels labels() {
      return labels;
    }
  }

  private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  private final String name;
  private final Kind kind;
  private final @Nullable BigDecimal min;
  private final @Nullable BigDecimal max;
  private final List<String> choices;
  private final List<Parameter<?>> fields;
  private final @Nullable T defaultValue;
  private final boolean optional;
  private final Labels meaning;
  private final String example;
  /** Makes the value from a node that passed {@link #problemsOf}; given the node's path for nested parameters. */
  private final BiFunction<JsonNode, String, T> reader;

  private Parameter(String name, Kind kind, @Nullable BigDecimal min, @Nullable BigDecimal max, List<String> choices,
      List<Parameter<?>> fields, @Nullable T defaultValue, boolean optional, Labels meaning, String example,
      BiFunction<JsonNode, String, T> reader) {
    this.name = name;
    this.kind = kind;
    this.min = min;
    this.max = max;
    this.choices = choices;
    this.fields = fields;
    this.defaultValue = defaultValue;
    this.optional = optional;
    this.meaning = meaning;
    this.example = example;
    this.reader = reader;
  }

  private static <T> Parameter<T> of(String name, Kind kind, @Nullable BigDecimal min, @Nullable BigDecimal max,
      List<String> choices, List<Parameter<?>> fields, BiFunction<JsonNode, String, T> reader) {
    Objects.requireNonNull(name, "name");
    if (!name.matches("[a-z][A-Za-z0-9]*")) {
      throw new IllegalArgumentException("a parameter's name is a lower camel-case word, not '" + name + "'");
    }
    return new Parameter<>(name, kind, min, max, List.copyOf(choices), List.copyOf(fields), null, false,
        new Labels(name, name), "", reader);
  }

  /**
   * @param name the parameter's name in files
   * @param min the least value allowed
   * @param max the greatest value allowed, at most {@value RuleParameters#MAX_INTEGER}
   * @return a required whole number from {@code min} to {@code max}
   */
  public static Parameter<Integer> wholeNumber(String name, int min, int max) {
    if (min > max || max > RuleParameters.MAX_INTEGER || min < -RuleParameters.MAX_INTEGER) {
      throw new IllegalArgumentException("a whole number's range is within ±" + RuleParameters.MAX_INTEGER + ", not " + min + "–" + max);
    }
    return of(name, Kind.WHOLE_NUMBER, BigDecimal.valueOf(min), BigDecimal.valueOf(max), List.of(), List.of(),
        (node, path) -> node.intValue());
  }

  /**
   * @param name the parameter's name in files
   * @param min the least value allowed
   * @param max the greatest value allowed
   * @return a required exact decimal from {@code min} to {@code max}
   */
  public static Parameter<BigDecimal> decimal(String name, BigDecimal min, BigDecimal max) {
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
    if (min.compareTo(max) > 0) {
      throw new IllegalArgumentException("a decimal's range runs upwards, not " + min + "–" + max);
    }
    return of(name, Kind.DECIMAL, min, max, List.of(), List.of(), (node, path) -> node.decimalValue());
  }

  /**
   * @param name the parameter's name in files
   * @param defaultValue its value when absent
   * @return a parameter that is true or false
   */
  public static Parameter<Boolean> bool(String name, boolean defaultValue) {
    return of(name, Kind.BOOLEAN, null, null, List.of(), List.of(), (node, path) -> node.booleanValue()).withDefault(defaultValue);
  }

  /**
   * @param name the parameter's name in files
   * @return required free text
   */
  public static Parameter<String> text(String name) {
    return of(name, Kind.TEXT, null, null, List.of(), List.of(), (node, path) -> node.textValue());
  }

  /**
   * @param name the parameter's name in files
   * @return a day written {@code yyyy-MM-dd} (a real day of the calendar: no 2023-02-29), required
   */
  public static Parameter<java.time.LocalDate> date(String name) {
    return of(name, Kind.DATE, null, null, List.of(), List.of(), (node, path) -> java.time.LocalDate.parse(node.textValue()));
  }

  /**
   * @param name the parameter's name in files
   * @param words the words allowed
   * @return one of the words, required
   */
  public static Parameter<String> choice(String name, String... words) {
    Objects.requireNonNull(words, "words");
    return of(name, Kind.CHOICE, null, null, List.of(words), List.of(), (node, path) -> node.textValue());
  }

  /**
   * @param name the parameter's name in files
   * @param type the codes' enum
   * @return one of the enum's {@linkplain Labelled#code() codes}, required
   */
  public static <E extends Enum<E> & Labelled> Parameter<E> code(String name, Class<E> type) {
    Objects.requireNonNull(type, "type");
    return of(name, Kind.CHOICE, null, null, codesOf(type), List.of(), (node, path) -> Labelled.parse(type, node.textValue()));
  }

  /**
   * @param name the parameter's name in files
   * @param type the codes' enum
   * @return a list of the enum's codes; empty when absent
   */
  public static <E extends Enum<E> & Labelled> Parameter<List<E>> codes(String name, Class<E> type) {
    Objects.requireNonNull(type, "type");
    return of(name, Kind.CHOICE_LIST, null, null, codesOf(type), List.of(), (node, path) -> {
      List<E> codes = new ArrayList<>();
      node.forEach(element -> codes.add(Labelled.parse(type, element.textValue())));
      return List.copyOf(codes);
    }).withDefault(List.of());
  }

  /**
   * @param name the parameter's name in files
   * @return a list of texts; empty when absent
   */
  public static Parameter<List<String>> texts(String name) {
    return of(name, Kind.TEXT_LIST, null, null, List.of(), List.of(), Parameter::textsOf).withDefault(List.of());
  }

  /**
   * @param name the parameter's name in files
   * @return a list of ids or codes (lower-case words joined by hyphens); empty when absent
   */
  public static Parameter<List<String>> ids(String name) {
    return of(name, Kind.ID_LIST, null, null, List.of(), List.of(), Parameter::textsOf).withDefault(List.of());
  }

  /**
   * @param name the parameter's name in files
   * @param words the words allowed in the list
   * @return a list of the words; empty when absent
   */
  public static Parameter<List<String>> choices(String name, String... words) {
    Objects.requireNonNull(words, "words");
    return of(name, Kind.CHOICE_LIST, null, null, List.of(words), List.of(), Parameter::textsOf).withDefault(List.of());
  }

  /**
   * @param name the parameter's name in files
   * @return the code of an activity type, standard or declared by the rule set (checked when the set is
   *     validated), required
   */
  public static Parameter<String> activityType(String name) {
    return of(name, Kind.ACTIVITY_TYPE, null, null, List.of(), List.of(), (node, path) -> node.textValue());
  }

  /**
   * @param name the parameter's name in files
   * @return a list of activity-type codes; empty when absent
   */
  public static Parameter<List<String>> activityTypes(String name) {
    return of(name, Kind.ACTIVITY_TYPE_LIST, null, null, List.of(), List.of(), Parameter::textsOf).withDefault(List.of());
  }

  /**
   * @param name the parameter's name in files
   * @param fields the parameters of each object
   * @return a list of objects, each read as parameters of its own; empty when absent
   */
  public static Parameter<List<RuleParameters>> objects(String name, List<Parameter<?>> fields) {
    Objects.requireNonNull(fields, "fields");
    return of(name, Kind.OBJECT_LIST, null, null, List.of(), fields, (node, path) -> {
      List<RuleParameters> objects = new ArrayList<>();
      for (int i = 0; i < node.size(); i++) {
        objects.add(RuleParameters.nested((com.fasterxml.jackson.databind.node.ObjectNode) node.get(i), path + "[" + i + "]"));
      }
      return List.copyOf(objects);
    }).withDefault(List.of());
  }

  /**
   * @param name the parameter's name in files
   * @param type the codes' enum
   * @param min the least value allowed
   * @param max the greatest value allowed
   * @return an object with a decimal for one or more of the enum's codes, required
   */
  public static <E extends Enum<E> & Labelled> Parameter<java.util.Map<E, BigDecimal>> decimalsByCode(String name, Class<E> type,
      BigDecimal min, BigDecimal max) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
    return of(name, Kind.DECIMAL_BY_CODE, min, max, codesOf(type), List.of(), (node, path) -> {
      java.util.Map<E, BigDecimal> values = new java.util.EnumMap<>(type);
      node.fields().forEachRemaining(field -> values.put(Labelled.parse(type, field.getKey()), field.getValue().decimalValue()));
      return java.util.Collections.unmodifiableMap(values);
    });
  }

  private static List<String> textsOf(JsonNode node, String path) {
    List<String> texts = new ArrayList<>();
    node.forEach(element -> texts.add(element.textValue()));
    return List.copyOf(texts);
  }

  private static <E extends Enum<E> & Labelled> List<String> codesOf(Class<E> type) {
    return Arrays.stream(type.getEnumConstants()).map(Labelled::code).toList();
  }

  /**
   * @param value the value when the parameter is absent; it must pass the parameter's own checks
   * @return the parameter, not required, with that default
   */
  public Parameter<T> withDefault(T value) {
    Objects.requireNonNull(value, "value");
    return new Parameter<>(name, kind, min, max, choices, fields, value, false, meaning, example, reader);
  }

  /**
   * @return the parameter, not required and without a default: a rule reads it with {@link
   *     RuleParameters#find(Parameter)}
   */
  public Parameter<T> asOptional() {
    return new Parameter<>(name, kind, min, max, choices, fields, null, true, meaning, example, reader);
  }

  /**
   * @return the parameter, required: a list an entry must state (its default, the empty list, dropped)
   */
  public Parameter<T> asRequired() {
    return new Parameter<>(name, kind, min, max, choices, fields, null, false, meaning, example, reader);
  }

  /**
   * @param zh what it means, in Chinese
   * @param en what it means, in English
   * @return the parameter with that meaning
   */
  public Parameter<T> withMeaning(String zh, String en) {
    Objects.requireNonNull(zh, "zh");
    Objects.requireNonNull(en, "en");
    return new Parameter<>(name, kind, min, max, choices, fields, defaultValue, optional, new Labels(zh, en), example, reader);
  }

  /**
   * @param value an example value as written in a rule-set file (YAML), for example {@code 3} or {@code [quarter]}
   * @return the parameter with that example
   */
  public Parameter<T> withExample(String value) {
    Objects.requireNonNull(value, "value");
    return new Parameter<>(name, kind, min, max, choices, fields, defaultValue, optional, meaning, value, reader);
  }

  /** @return the name files use */
  public String name() {
    return name;
  }

  /** @return what the value is written as */
  public Kind kind() {
    return kind;
  }

  /** @return the least value allowed, for numbers */
  public Optional<BigDecimal> min() {
    return Optional.ofNullable(min);
  }

  /** @return the greatest value allowed, for numbers */
  public Optional<BigDecimal> max() {
    return Optional.ofNullable(max);
  }

  /** @return the words or codes allowed, for choices; empty otherwise */
  public List<String> choices() {
    return choices;
  }

  /** @return the parameters of each object, for a list of objects; empty otherwise */
  public List<Parameter<?>> fields() {
    return fields;
  }

  /** @return the value when absent, if it has one */
  public Optional<T> defaultValue() {
    return Optional.ofNullable(defaultValue);
  }

  /** @return whether an entry must state it */
  public boolean isRequired() {
    return defaultValue == null && !optional;
  }

  /** @return what it means, in Chinese and English */
  public Labels meaning() {
    return meaning;
  }

  /** @return an example value as written in a file; empty if none was given */
  public String example() {
    return example;
  }

  /**
   * @return the default as written in a file ({@code 3}, {@code false}, {@code quarter}, {@code [a, b]}), or
   *     empty text when there is none
   */
  public String defaultText() {
    return defaultValue == null ? "" : written(defaultValue);
  }

  private static String written(Object value) {
    if (value instanceof List<?> list) {
      return list.stream().map(Parameter::written).collect(Collectors.joining(", ", "[", "]"));
    }
    if (value instanceof Labelled code) {
      return code.code();
    }
    return String.valueOf(value);
  }

  /**
   * @param locale Chinese for any {@code zh} locale, English otherwise
   * @return what the value is, in words: {@code whole number from 1 to 12}, {@code one of: month, quarter}
   */
  public String describe(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    boolean zh = "zh".equals(locale.getLanguage());
    String kindText = kind.label(locale);
    return switch (kind) {
      case WHOLE_NUMBER, DECIMAL -> zh ? kindText + "，" + plain(min) + "至" + plain(max)
          : kindText + " from " + plain(min) + " to " + plain(max);
      case CHOICE, CHOICE_LIST -> kindText + (zh ? "：" : ": ") + String.join(", ", choices);
      case DECIMAL_BY_CODE -> kindText + (zh ? "：" : ": ") + String.join(", ", choices) + (zh ? "（" + plain(min) + "至" + plain(max) + "）"
          : " (from " + plain(min) + " to " + plain(max) + ")");
      case OBJECT_LIST -> kindText + (zh ? "，每项：" : ", each with: ") + fields.stream().map(Parameter::name).collect(Collectors.joining(", "));
      default -> kindText;
    };
  }

  private static boolean isDate(String text) {
    try {
      java.time.LocalDate.parse(text, java.time.format.DateTimeFormatter.ISO_LOCAL_DATE);
      return text.length() == 10;
    } catch (java.time.format.DateTimeParseException e) {
      return false;
    }
  }

  private static String plain(@Nullable BigDecimal value) {
    return value == null ? "" : value.toPlainString();
  }

  /**
   * The problems of a value given for this parameter: of the wrong type, out of range, not one of the
   * choices; for a list of objects, each object's unknown, missing and wrong fields too. Activity types
   * are checked to be codes here; whether they exist is the rule set's to say ({@link #problemsOf(JsonNode,
   * String, java.util.function.Predicate)}).
   *
   * @param value the value as read (not null)
   * @param path its path, for the problems
   * @return the problems; empty when the value is good
   */
  public List<Problem> problemsOf(JsonNode value, String path) {
    return problemsOf(value, path, code -> true);
  }

  /**
   * @param value the value as read (not null)
   * @param path its path, for the problems
   * @param activityTypeKnown whether an activity-type code exists (standard or declared)
   * @return the problems; empty when the value is good
   */
  public List<Problem> problemsOf(JsonNode value, String path, java.util.function.Predicate<String> activityTypeKnown) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(activityTypeKnown, "activityTypeKnown");
    List<Problem> problems = new ArrayList<>();
    switch (kind) {
      case WHOLE_NUMBER -> {
        if (!value.isIntegralNumber() || !value.canConvertToInt() || outOfRange(value.decimalValue())) {
          problems.add(wrong(path, "a whole number from " + plain(min) + " to " + plain(max), value));
        }
      }
      case DECIMAL -> {
        if (!value.isNumber() || outOfRange(value.decimalValue())
            || value.decimalValue().stripTrailingZeros().scale() > StrictObject.MAX_DECIMALS) {
          problems.add(wrong(path, "a number from " + plain(min) + " to " + plain(max) + " with at most "
              + StrictObject.MAX_DECIMALS + " decimals", value));
        }
      }
      case BOOLEAN -> {
        if (!value.isBoolean()) {
          problems.add(wrong(path, "true or false", value));
        }
      }
      case TEXT -> {
        if (!value.isTextual()) {
          problems.add(wrong(path, "text", value));
        }
      }
      case DATE -> {
        if (!value.isTextual() || !isDate(value.textValue())) {
          problems.add(wrong(path, "a day of the calendar written yyyy-MM-dd", value));
        }
      }
      case CHOICE, ACTIVITY_TYPE -> choiceProblem(value, path, activityTypeKnown).ifPresent(problems::add);
      case TEXT_LIST, ID_LIST, CHOICE_LIST, ACTIVITY_TYPE_LIST -> {
        if (!value.isArray()) {
          problems.add(wrong(path, "a list", value));
        } else {
          for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            String at = path + "[" + i + "]";
            if (kind == Kind.TEXT_LIST) {
              if (!element.isTextual()) {
                problems.add(wrong(at, "text", element));
              }
            } else if (kind == Kind.ID_LIST) {
              if (!element.isTextual() || !ID.matcher(element.textValue()).matches()) {
                problems.add(wrong(at, "an id: lower-case words joined by hyphens", element));
              }
            } else {
              choiceProblem(element, at, activityTypeKnown).ifPresent(problems::add);
            }
          }
        }
      }
      case OBJECT_LIST -> {
        if (!value.isArray()) {
          problems.add(wrong(path, "a list of objects", value));
        } else {
          for (int i = 0; i < value.size(); i++) {
            JsonNode element = value.get(i);
            String at = path + "[" + i + "]";
            if (!element.isObject()) {
              problems.add(wrong(at, "an object", element));
            } else {
              problems.addAll(problemsOfObject(fields, element, at, activityTypeKnown));
            }
          }
        }
      }
      case DECIMAL_BY_CODE -> {
        if (!value.isObject() || value.isEmpty()) {
          problems.add(wrong(path, "an object giving a number for some of: " + String.join(", ", choices), value));
        } else {
          value.fields().forEachRemaining(field -> {
            String at = StrictObject.at(path, field.getKey());
            if (!choices.contains(field.getKey())) {
              problems.add(Problem.of(at, "invalid-parameter", "parameter '" + name + "' gives numbers for: " + String.join(", ", choices)
                  + ", not '" + field.getKey() + "'" + Suggestion.didYouMean(field.getKey(), choices)));
            } else if (!field.getValue().isNumber() || outOfRange(field.getValue().decimalValue())
                || field.getValue().decimalValue().stripTrailingZeros().scale() > StrictObject.MAX_DECIMALS) {
              problems.add(wrong(at, "a number from " + plain(min) + " to " + plain(max) + " with at most " + StrictObject.MAX_DECIMALS
                  + " decimals", field.getValue()));
            }
          });
        }
      }
      default -> throw new IllegalStateException(kind.name());
    }
    return problems;
  }

  /**
   * The problems of an object of parameters against their declarations: every name given that none
   * declares (with the nearest declared one), every required one missing, every value's own problems.
   *
   * @param declared the parameters the object may have
   * @param object the object as read
   * @param path its path ({@code ""} at the top)
   * @param activityTypeKnown whether an activity-type code exists
   * @return the problems, in the order of the object's fields then of the declarations
   */
  public static List<Problem> problemsOfObject(List<Parameter<?>> declared, JsonNode object, String path,
      java.util.function.Predicate<String> activityTypeKnown) {
    Objects.requireNonNull(declared, "declared");
    Objects.requireNonNull(object, "object");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(activityTypeKnown, "activityTypeKnown");
    List<Problem> problems = new ArrayList<>();
    List<String> names = declared.stream().map(Parameter::name).toList();
    for (Iterator<String> given = object.fieldNames(); given.hasNext(); ) {
      String name = given.next();
      if (!names.contains(name)) {
        problems.add(Problem.of(StrictObject.at(path, name), "unknown-parameter", "no parameter '" + name + "'"
            + Suggestion.didYouMean(name, names) + "; the parameters are: " + (names.isEmpty() ? "none" : String.join(", ", names))));
      }
    }
    for (Parameter<?> parameter : declared) {
      JsonNode value = object.get(parameter.name());
      String at = StrictObject.at(path, parameter.name());
      if (value == null || value.isNull()) {
        if (parameter.isRequired()) {
          problems.add(Problem.of(at, "missing-parameter", "parameter '" + parameter.name() + "' is required"));
        }
      } else {
        problems.addAll(parameter.problemsOf(value, at, activityTypeKnown));
      }
    }
    return problems;
  }

  private Optional<Problem> choiceProblem(JsonNode value, String path, java.util.function.Predicate<String> activityTypeKnown) {
    boolean activity = kind == Kind.ACTIVITY_TYPE || kind == Kind.ACTIVITY_TYPE_LIST;
    if (!value.isTextual()) {
      return Optional.of(wrong(path, activity ? "an activity-type code" : "one of: " + String.join(", ", choices), value));
    }
    String text = value.textValue();
    if (activity) {
      return activityTypeKnown.test(text) ? Optional.empty() : Optional.of(Problem.of(path, "unknown-code", "activity type '" + text
          + "' is neither standard nor declared in the file's activityTypes" + Suggestion.didYouMean(text,
              org.dangjian.core.activity.ActivityType.standardTypes().stream().map(t -> t.code()).toList())));
    }
    return choices.contains(text) ? Optional.empty() : Optional.of(Problem.of(path, "invalid-parameter", "parameter '" + name
        + "' must be one of: " + String.join(", ", choices) + ", not '" + text + "'" + Suggestion.didYouMean(text, choices)));
  }

  private boolean outOfRange(BigDecimal value) {
    return min != null && value.compareTo(min) < 0 || max != null && value.compareTo(max) > 0;
  }

  private Problem wrong(String path, String expected, JsonNode value) {
    return Problem.of(path, "invalid-parameter", "parameter '" + name + "' must be " + expected + ", not " + value);
  }

  /**
   * @param value a value that passed {@link #problemsOf}
   * @param path its path, for nested parameters' problems
   * @return the value read
   */
  T read(JsonNode value, String path) {
    return reader.apply(value, path);
  }

  /** @return the name, kind and default, for display */
  @Override
  public String toString() {
    return name + " (" + describe(Locale.ROOT) + (defaultValue != null ? ", default " + defaultText() : isRequired() ? ", required" : "") + ")";
  }
}
