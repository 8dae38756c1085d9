package org.dangjian.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.dangjian.core.Labelled;
import org.dangjian.core.Problem;
import org.dangjian.core.ValidationException;
import org.dangjian.core.time.ReportingPeriod;
import org.jspecify.annotations.Nullable;

/**
 * Strict reading of one object of a {@link SourceDocument} — a rule set, a scheme, a scenario: only the
 * allowed keys, each of the expected type. Every problem is collected with its path, so a file's author
 * learns everything wrong at once; locate them with {@link SourceDocument#reject}.
 */
public final class StrictObject {
  private final JsonNode node;
  private final String path;
  private final List<Problem> problems;

  private StrictObject(JsonNode node, String path, List<Problem> problems) {
    this.node = node;
    this.path = path;
    this.problems = problems;
  }

  /**
   * @param node the object
   * @param path its path in the document
   * @param problems where problems go
   * @param allowed the keys it may have
   * @return a reader, or empty (with a problem recorded) if the node is not an object
   */
  public static Optional<StrictObject> of(@Nullable JsonNode node, String path, List<Problem> problems, Set<String> allowed) {
    if (node == null || !node.isObject()) {
      problems.add(Problem.of(path, "wrong-type", "expected an object, found " + describe(node)));
      return Optional.empty();
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        problems.add(Problem.of(at(path, name), "unknown-field",
            "unknown field '" + name + "'" + org.dangjian.core.Suggestion.didYouMean(name, allowed) + "; expected one of: "
                + String.join(", ", new TreeSet<>(allowed))));
      }
    }
    return Optional.of(new StrictObject(node, path, problems));
  }

  /** @return {@code path.name}, or {@code name} at the top */
  public static String at(String path, String name) {
    java.util.Objects.requireNonNull(path, "path");
    java.util.Objects.requireNonNull(name, "name");
    return path.isEmpty() ? name : name.isEmpty() ? path : path + "." + name;
  }

  /** @return the object as read */
  public JsonNode node() {
    return node;
  }

  /** @return the path of this object */
  public String path() {
    return path;
  }

  private @Nullable JsonNode get(String name) {
    JsonNode value = node.get(name);
    return value == null || value.isNull() ? null : value;
  }

  private void wrong(String name, String expected, JsonNode value) {
    problems.add(Problem.of(at(path, name), "wrong-type", "expected " + expected + ", found " + describe(value)));
  }

  /** @return whether the object has the field with a value (a null counts as absent, as everywhere here) */
  public boolean hasField(String name) {
    return get(name) != null;
  }

  /** Records a missing required field. */
  public void missing(String name) {
    problems.add(Problem.of(at(path, name), "missing-field", "required field '" + name + "' is missing"));
  }

  /** @return the text, if present and text (a wrong type is recorded) */
  public Optional<String> text(String name) {
    JsonNode value = get(name);
    if (value == null) {
      return Optional.empty();
    }
    if (!value.isTextual() || value.textValue().isBlank()) {
      wrong(name, "non-blank text", value);
      return Optional.empty();
    }
    return Optional.of(value.textValue());
  }

  /** @return the text; a missing or wrong value is recorded */
  public Optional<String> requiredText(String name) {
    if (get(name) == null) {
      missing(name);
    }
    return text(name);
  }

  /** What an id in these files is: lower-case words of letters and digits joined by hyphens. */
  private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  /**
   * @param name the field
   * @param what what the id names, for the problem ({@code rule}, {@code item}…)
   * @return the id, if present; one that is not lower-case words joined by hyphens is recorded as {@code invalid-id}
   */
  public Optional<String> requiredId(String name, String what) {
    Optional<String> id = requiredText(name);
    id.filter(value -> !ID.matcher(value).matches()).ifPresent(value ->
        problem(name, "invalid-id", "'" + value + "' is not a " + what + " id: lower-case words joined by hyphens"));
    return id;
  }

  /** The largest magnitude of a {@linkplain #decimal number} in these files: points, caps, shares and weights stay far below it. */
  public static final java.math.BigDecimal MAX_DECIMAL = java.math.BigDecimal.valueOf(1_000_000_000);
  /** The most decimals a {@linkplain #decimal number} may have. */
  public static final int MAX_DECIMALS = 6;

  /**
   * @return the exact number, if present and a number from -{@link #MAX_DECIMAL} to {@link #MAX_DECIMAL} with at
   *     most {@value #MAX_DECIMALS} decimals (else an {@code invalid-value} problem)
   */
  public Optional<java.math.BigDecimal> decimal(String name) {
    JsonNode value = get(name);
    if (value == null) {
      return Optional.empty();
    }
    if (!value.isNumber()) {
      wrong(name, "a number", value);
      return Optional.empty();
    }
    java.math.BigDecimal number = value.decimalValue();
    if (number.abs().compareTo(MAX_DECIMAL) > 0 || number.stripTrailingZeros().scale() > MAX_DECIMALS) {
      problem(name, "invalid-value", "'" + name + "' must be a number from -" + MAX_DECIMAL + " to " + MAX_DECIMAL
          + " with at most " + MAX_DECIMALS + " decimals, not " + org.dangjian.core.internal.Numbers.describe(number));
      return Optional.empty();
    }
    return Optional.of(number);
  }

  /** @return the whole number, if present and whole */
  public Optional<Integer> integer(String name) {
    JsonNode value = get(name);
    if (value == null) {
      return Optional.empty();
    }
    if (!value.isIntegralNumber() || !value.canConvertToInt()) {
      wrong(name, "a whole number", value);
      return Optional.empty();
    }
    return Optional.of(value.intValue());
  }

  /** @return true or false, if present and boolean */
  public Optional<Boolean> bool(String name) {
    JsonNode value = get(name);
    if (value == null) {
      return Optional.empty();
    }
    if (!value.isBoolean()) {
      wrong(name, "true or false", value);
      return Optional.empty();
    }
    return Optional.of(value.booleanValue());
  }

  /** @return the names of the object's fields, in the file's order */
  public List<String> fieldNames() {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /**
   * Reads a list of declared activity types ({@code activityTypes: [{code: study-night, zh: 夜学夜谈, en: study
   * night}]}), as rule sets and schemes declare them; problems are recorded, and a type with one is left out.
   *
   * @param name the list's field
   * @return the types that read, in order; empty when the field is absent
   */
  public List<org.dangjian.core.activity.ActivityType> activityTypes(String name) {
    List<org.dangjian.core.activity.ActivityType> types = new ArrayList<>();
    for (Element element : list(name)) {
      of(element.node(), element.path(), problems, Set.of("code", "zh", "en")).ifPresent(type -> {
        Optional<String> code = type.requiredText("code");
        Optional<String> zh = type.requiredText("zh");
        Optional<String> en = type.requiredText("en");
        if (code.isPresent() && zh.isPresent() && en.isPresent()) {
          try {
            types.add(org.dangjian.core.activity.ActivityType.of(code.get(), new org.dangjian.core.Labels(zh.get(), en.get())));
          } catch (ValidationException e) {
            e.problems().forEach(problem -> problems.add(problem.under(element.path())));
          }
        }
      });
    }
    return types;
  }

  /** Records a problem at a path under this object. */
  public void problem(String name, String code, String message) {
    problems.add(Problem.of(at(path, name), code, message));
  }

  /** @return the date, if present and valid */
  public Optional<LocalDate> date(String name) {
    return text(name).flatMap(text -> {
      try {
        LocalDate date = LocalDate.parse(text);
        if (date.getYear() >= ReportingPeriod.MIN_YEAR && date.getYear() <= ReportingPeriod.MAX_YEAR) {
          return Optional.of(date);
        }
      } catch (java.time.format.DateTimeParseException e) {
        // reported below
      }
      problems.add(Problem.of(at(path, name), "invalid-date", "'" + text + "' is not a date of the form 2024-07-01 in 1900–2100"));
      return Optional.empty();
    });
  }

  /** @return the code of {@code type}, if present and known */
  public <E extends Enum<E> & Labelled> Optional<E> code(Class<E> type, String name) {
    return text(name).flatMap(text -> {
      try {
        return Optional.of(Labelled.parse(type, text));
      } catch (ValidationException e) {
        problems.add(e.problems().get(0).under(at(path, name)));
        return Optional.empty();
      }
    });
  }

  /** @return the nested object's reader, if present and an object */
  public Optional<StrictObject> object(String name, Set<String> allowed) {
    JsonNode value = get(name);
    return value == null ? Optional.empty() : of(value, at(path, name), problems, allowed);
  }

  /** @return the raw object, if present and an object (for parameters, read later by the rule types) */
  public Optional<ObjectNode> rawObject(String name) {
    JsonNode value = get(name);
    if (value == null) {
      return Optional.empty();
    }
    if (!value.isObject()) {
      wrong(name, "an object", value);
      return Optional.empty();
    }
    return Optional.of((ObjectNode) value);
  }

  /** @return the elements of the list, each with its path; empty if absent */
  public List<Element> list(String name) {
    JsonNode value = get(name);
    if (value == null) {
      return List.of();
    }
    if (!value.isArray()) {
      wrong(name, "a list", value);
      return List.of();
    }
    List<Element> elements = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      elements.add(new Element(value.get(i), at(path, name) + "[" + i + "]"));
    }
    return elements;
  }

  /** @return the texts of a list of texts; wrong elements are recorded */
  public List<String> texts(String name) {
    List<String> texts = new ArrayList<>();
    for (Element element : list(name)) {
      if (element.node().isTextual()) {
        texts.add(element.node().textValue());
      } else {
        problems.add(Problem.of(element.path(), "wrong-type", "expected text, found " + describe(element.node())));
      }
    }
    return texts;
  }

  /** @return an empty object, for absent parameters */
  public static ObjectNode emptyObject() {
    return JsonNodeFactory.instance.objectNode();
  }

  /**
   * One element of a list, with its path.
   *
   * @param node the element
   * @param path its path
   */
  public record Element(JsonNode node, String path) {}

  static String describe(@Nullable JsonNode node) {
    if (node == null || node.isNull()) {
      return "nothing";
    } else if (node.isTextual()) {
      return "text";
    } else if (node.isIntegralNumber()) {
      return "a whole number";
    } else if (node.isNumber()) {
      return "a number";
    } else if (node.isBoolean()) {
      return "true or false";
    } else if (node.isArray()) {
      return "a list";
    }
    return "an object";
  }
}
