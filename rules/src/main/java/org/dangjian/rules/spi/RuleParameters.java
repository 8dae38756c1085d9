package org.dangjian.rules.spi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.dangjian.core.Labelled;
import org.dangjian.core.ValidationException;

/**
 * The parameters of one rule entry, as read from a rule-set file (after overlays are merged), with
 * typed accessors that fail with a {@link ValidationException} naming the parameter and what was
 * expected. Every key a rule type reads is remembered: keys no one read are reported as unknown, so a
 * misspelt parameter never passes silently.
 */
public final class RuleParameters {
  private final ObjectNode node;
  private final String path;
  private final Set<String> read = new TreeSet<>();

  private RuleParameters(ObjectNode node, String path) {
    this.node = node;
    this.path = path;
  }

  /**
   * @param node the parameters object
   * @return parameters over it, with paths relative to it
   */
  public static RuleParameters of(ObjectNode node) {
    return new RuleParameters(node.deepCopy(), "");
  }

  /**
   * @param node an object within an entry's parameters
   * @param path its path from the parameters
   * @return parameters over it (not copied: the entry's reader made it)
   */
  static RuleParameters nested(ObjectNode node, String path) {
    return new RuleParameters(node, path);
  }

  /**
   * Reads a declared parameter: its value checked against the declaration (type, range, choices), or its
   * default when absent.
   *
   * @param parameter the declaration, one of the rule type's {@link RuleType#parameters()}
   * @return the value
   * @throws ValidationException naming the parameter: missing when required, or a value the declaration refuses
   * @throws IllegalArgumentException for a parameter declared optional without a default: read it with {@link #find}
   */
  public <T> T get(Parameter<T> parameter) {
    Objects.requireNonNull(parameter, "parameter");
    Optional<T> value = find(parameter);
    if (value.isPresent()) {
      return value.get();
    }
    if (parameter.isRequired()) {
      throw ValidationException.of(at(parameter.name()), "missing-parameter", "parameter '" + parameter.name() + "' is required");
    }
    return parameter.defaultValue().orElseThrow(() -> new IllegalArgumentException(
        "parameter '" + parameter.name() + "' has no default; read it with find"));
  }

  /**
   * @param parameter the declaration
   * @return the value given, checked against the declaration; empty when absent (its default is not applied)
   * @throws ValidationException for a value the declaration refuses
   */
  public <T> Optional<T> find(Parameter<T> parameter) {
    Objects.requireNonNull(parameter, "parameter");
    Optional<JsonNode> value = value(parameter.name());
    if (value.isEmpty()) {
      return Optional.empty();
    }
    String at = at(parameter.name());
    List<org.dangjian.core.Problem> problems = parameter.problemsOf(value.get(), at);
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return Optional.of(parameter.read(value.get(), at));
  }

  /**
   * @param declared the parameters the entry may have
   * @param activityTypeKnown whether an activity-type code exists (standard or declared by the rule set)
   * @return every problem of the parameters against the declarations at once: unknown names (with the nearest
   *     declared one), required ones missing, values of the wrong type or out of range
   */
  public List<org.dangjian.core.Problem> problemsAgainst(List<Parameter<?>> declared, java.util.function.Predicate<String> activityTypeKnown) {
    Objects.requireNonNull(declared, "declared");
    return Parameter.problemsOfObject(declared, node, path, activityTypeKnown);
  }

  /** @return a reader over the same parameters that has read nothing yet */
  public RuleParameters copy() {
    return new RuleParameters(node, path);
  }

  /** @return no parameters at all */
  public static RuleParameters empty() {
    return new RuleParameters(JsonNodeFactory.instance.objectNode(), "");
  }

  private String at(String name) {
    return path.isEmpty() ? name : path + "." + name;
  }

  private Optional<JsonNode> value(String name) {
    read.add(name);
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
  }

  private JsonNode required(String name) {
    return value(name).orElseThrow(() -> ValidationException.of(at(name), "missing-parameter", "parameter '" + name + "' is required"));
  }

  private ValidationException wrong(String name, String expected, JsonNode value) {
    return ValidationException.of(at(name), "invalid-parameter", "parameter '" + name + "' must be " + expected + ", not " + value);
  }

  /** @return whether the parameter is given */
  public boolean has(String name) {
    read.add(name);
    JsonNode value = node.get(name);
    return value != null && !value.isNull();
  }

  /** The largest whole-number parameter: counts, days, months, years and minutes never come near it. */
  public static final int MAX_INTEGER = 10_000;

  /** @return the parameter as a whole number from 0 to {@value #MAX_INTEGER} */
  public int integer(String name) {
    return asInt(name, required(name));
  }

  /** @return the parameter as a whole number from 0 to {@value #MAX_INTEGER}, or the default when absent */
  public int integer(String name, int defaultValue) {
    return value(name).map(v -> asInt(name, v)).orElse(defaultValue);
  }

  private int asInt(String name, JsonNode value) {
    if (!value.isIntegralNumber() || !value.canConvertToInt() || value.intValue() < 0 || value.intValue() > MAX_INTEGER) {
      throw wrong(name, "a whole number from 0 to " + MAX_INTEGER, value);
    }
    return value.intValue();
  }

  /**
   * @return the parameter as an exact decimal, from -{@link org.dangjian.core.json.StrictObject#MAX_DECIMAL} to
   *     {@link org.dangjian.core.json.StrictObject#MAX_DECIMAL} with at most
   *     {@value org.dangjian.core.json.StrictObject#MAX_DECIMALS} decimals
   */
  public BigDecimal decimal(String name) {
    JsonNode value = required(name);
    if (!value.isNumber() || value.decimalValue().abs().compareTo(org.dangjian.core.json.StrictObject.MAX_DECIMAL) > 0
        || value.decimalValue().stripTrailingZeros().scale() > org.dangjian.core.json.StrictObject.MAX_DECIMALS) {
      throw wrong(name, "a number from -" + org.dangjian.core.json.StrictObject.MAX_DECIMAL + " to "
          + org.dangjian.core.json.StrictObject.MAX_DECIMAL + " with at most " + org.dangjian.core.json.StrictObject.MAX_DECIMALS
          + " decimals", value);
    }
    return value.decimalValue();
  }

  /** @return the parameter as true or false, or the default when absent */
  public boolean bool(String name, boolean defaultValue) {
    return value(name).map(v -> {
      if (!v.isBoolean()) {
        throw wrong(name, "true or false", v);
      }
      return v.booleanValue();
    }).orElse(defaultValue);
  }

  /** @return the parameter as text */
  public String text(String name) {
    JsonNode value = required(name);
    if (!value.isTextual()) {
      throw wrong(name, "text", value);
    }
    return value.textValue();
  }

  /** @return the parameter as text, if given */
  public Optional<String> optionalText(String name) {
    return has(name) ? Optional.of(text(name)) : Optional.empty();
  }

  /** @return the parameter as a list of texts; empty when absent */
  public List<String> texts(String name) {
    Optional<JsonNode> value = value(name);
    if (value.isEmpty()) {
      return List.of();
    }
    if (!value.get().isArray()) {
      throw wrong(name, "a list of texts", value.get());
    }
    List<String> texts = new ArrayList<>();
    for (JsonNode element : value.get()) {
      if (!element.isTextual()) {
        throw wrong(name, "a list of texts", value.get());
      }
      texts.add(element.textValue());
    }
    return List.copyOf(texts);
  }

  /** @return the parameter as one of the codes of {@code type} */
  public <E extends Enum<E> & Labelled> E code(Class<E> type, String name) {
    return parseCode(type, name, text(name));
  }

  /** @return the parameter as one of the codes of {@code type}, or the default when absent */
  public <E extends Enum<E> & Labelled> E code(Class<E> type, String name, E defaultValue) {
    return has(name) ? code(type, name) : defaultValue;
  }

  /** @return the parameter as a list of codes of {@code type}; empty when absent */
  public <E extends Enum<E> & Labelled> List<E> codes(Class<E> type, String name) {
    return texts(name).stream().map(text -> parseCode(type, name, text)).toList();
  }

  private <E extends Enum<E> & Labelled> E parseCode(Class<E> type, String name, String text) {
    try {
      return Labelled.parse(type, text);
    } catch (ValidationException e) {
      throw ValidationException.of(at(name), "invalid-parameter", e.problems().get(0).message());
    }
  }

  /** @return the parameter as a list of objects, each with its own parameters; empty when absent */
  public List<RuleParameters> objects(String name) {
    Optional<JsonNode> value = value(name);
    if (value.isEmpty()) {
      return List.of();
    }
    if (!value.get().isArray()) {
      throw wrong(name, "a list", value.get());
    }
    List<RuleParameters> objects = new ArrayList<>();
    int i = 0;
    for (JsonNode element : value.get()) {
      if (!element.isObject()) {
        throw wrong(name + "[" + i + "]", "an object", element);
      }
      objects.add(new RuleParameters((ObjectNode) element, at(name) + "[" + i + "]"));
      i++;
    }
    return List.copyOf(objects);
  }

  /** @return the names the rule type has read so far (the parameters it knows, once it has read them all), sorted */
  public Set<String> readKeys() {
    return java.util.Collections.unmodifiableSet(new TreeSet<>(read));
  }

  /** @return the keys given that no accessor has read, sorted */
  public Set<String> unreadKeys() {
    Set<String> unread = new TreeSet<>();
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!read.contains(name)) {
        unread.add(at(name));
      }
    }
    return unread;
  }

  /** @return the parameters as given, for display */
  @Override
  public String toString() {
    return node.toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RuleParameters that && node.equals(that.node) && path.equals(that.path);
  }

  @Override
  public int hashCode() {
    return Objects.hash(node, path);
  }
}
