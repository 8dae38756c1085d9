package org.dangjian.core.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.InvalidTypeIdException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dangjian.core.json.ReadLimits;
import org.dangjian.core.Problem;
import org.dangjian.core.ValidationException;
import org.dangjian.core.member.EventType;
import org.jspecify.annotations.Nullable;

/** Translates Jackson's exceptions into located {@link Problem}s that name no internal class. Not API. */
public final class JacksonProblems {
  /** What Jackson's messages say was found: "from Array value", "coerce String value". */
  private static final Pattern FOUND =
      Pattern.compile("(?:from|coerce) (String|Array|Object|Boolean|Integer|Floating-point|Number) value");
  private JacksonProblems() {}

  /**
   * @param e what Jackson threw
   * @return the problem, with the path in the format's names and the line and column
   */
  public static Problem of(JsonProcessingException e) {
    return of(e, "");
  }

  /**
   * @param e what Jackson threw
   * @param prefix the path of the value the binding started at: a binding's own paths are relative to it
   * @return the problem, with the path in the format's names and the line and column
   */
  public static Problem of(JsonProcessingException e, String prefix) {
    String path = "";
    if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      path = join(prefix, pathOf(mapping.getPath()));
    } else if (e instanceof JsonMappingException && !prefix.isEmpty()) {
      path = prefix;
    } else if (e instanceof StreamReadException read && read.getProcessor() != null) {
      path = pathOf(read.getProcessor().getParsingContext());
    }
    Problem problem;
    if (e instanceof ProblemMappingException rejected) {
      problem = rejected.problem().under(path);
    } else if (e instanceof ValueInstantiationException instantiation
        && instantiation.getCause() instanceof ValidationException invalid) {
      problem = invalid.problems().get(0).under(path);
    } else if (e instanceof ValueInstantiationException instantiation
        && instantiation.getCause() instanceof NullPointerException absent && absent.getMessage() != null) {
      // A record's required component left out: Objects.requireNonNull names it.
      problem = Problem.of(path.isEmpty() ? absent.getMessage() : path + "." + absent.getMessage(), "missing-field",
          describeRecord(instantiation.getType() == null ? null : instantiation.getType().getRawClass())
              + " needs '" + absent.getMessage() + "'");
    } else if (e instanceof InvalidTypeIdException typeId) {
      String known = Arrays.stream(EventType.values()).map(EventType::code).collect(Collectors.joining(", "));
      problem = typeId.getTypeId() == null
          ? Problem.of(path, "missing-field", "an event needs a \"type\"; one of: " + known)
          : Problem.of(path, "unknown-type", "unknown event type '" + typeId.getTypeId() + "'; expected one of: " + known);
    } else if (causeOf(e, StreamConstraintsException.class) instanceof StreamConstraintsException limit) {
      problem = Problem.of(path, "limit-exceeded", limitExceeded(String.valueOf(limit.getOriginalMessage())));
    } else if (causeOf(e, InputCoercionException.class) instanceof InputCoercionException range) {
      // Jackson's own message formats the bounds by the default locale: say it in the project's words.
      Class<?> target = range.getTargetType();
      problem = Problem.of(path, "invalid-value", "the number is out of range: a whole number here is from "
          + (target == Long.TYPE || target == Long.class ? Long.MIN_VALUE + " to " + Long.MAX_VALUE
              : Integer.MIN_VALUE + " to " + Integer.MAX_VALUE));
    } else if (e instanceof UnrecognizedPropertyException unknown) {
      String known = unknown.getKnownPropertyIds() == null ? ""
          : "; expected one of: " + new TreeSet<>(unknown.getKnownPropertyIds().stream().map(String::valueOf).toList())
              .stream().collect(Collectors.joining(", "));
      problem = Problem.of(path, "unknown-field", "unknown field '" + unknown.getPropertyName() + "'" + known);
    } else if (e instanceof MismatchedInputException mismatch) {
      problem = mismatch(path, mismatch);
    } else if (e instanceof CheckedTokens.Refused refused) {
      problem = Problem.of(path, refused.code(), refused.getOriginalMessage());
    } else {
      String message = firstLine(e.getOriginalMessage());
      String code = message.startsWith("Duplicate field") ? "duplicate-field" : "syntax-error";
      problem = Problem.of(path, code, message);
    }
    JsonLocation location = e.getLocation();
    return location == null ? problem : problem.withLocation(location.getLineNr(), location.getColumnNr());
  }

  /** @return the exception of that type in the chain of causes (databind wraps the core's), if any; test it with a pattern */
  private static @org.jspecify.annotations.Nullable Throwable causeOf(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return t;
      }
    }
    return null;
  }

  /** The reader's own words for a limit of {@link ReadLimits}, whatever Jackson's message (which formats numbers by locale). */
  private static String limitExceeded(String message) {
    if (message.startsWith("String value length")) {
      return "a string longer than " + ReadLimits.MAX_STRING_LENGTH + " characters, the most a document may hold";
    } else if (message.startsWith("Number value length")) {
      return "a number longer than " + ReadLimits.MAX_NUMBER_LENGTH + " digits, the most a document may hold";
    } else if (message.startsWith("Document nesting depth")) {
      return "nesting deeper than " + ReadLimits.MAX_NESTING_DEPTH + " levels, the most a document may have";
    } else if (message.startsWith("Document length")) {
      return "a document longer than " + ReadLimits.MAX_DOCUMENT_BYTES + " bytes, the most one may have";
    } else if (message.startsWith("Name length")) {
      return "a field name longer than " + ReadLimits.MAX_STRING_LENGTH + " characters, the most a document may hold";
    }
    return "the document exceeds one of the reader's limits (see ReadLimits)";
  }

  private static Problem mismatch(String path, MismatchedInputException e) {
    String message = firstLine(e.getOriginalMessage());
    if (message.startsWith("No content to map")) {
      return Problem.of(path, "syntax-error", "the input is empty");
    }
    Class<?> target = e.getTargetType();
    String expected = target == null ? "another type" : describe(target);
    String found = "";
    Matcher shape = FOUND.matcher(message);
    if (shape.find()) {
      found = ", found " + switch (shape.group(1)) {
        case "String" -> "text";
        case "Array" -> "a list";
        case "Object" -> "an object";
        case "Boolean" -> "true or false";
        case "Integer" -> "a whole number";
        case "Floating-point" -> "a decimal number";
        default -> "a number";
      };
    } else if (e.getProcessor() instanceof JsonParser parser && parser.currentToken() != null) {
      found = ", found " + describe(parser.currentToken());
    }
    return Problem.of(path, "wrong-type", "expected " + expected + found);
  }

  /** @return what a record is, in the format's words: an event by its type name and label, other values by their role */
  private static String describeRecord(@org.jspecify.annotations.Nullable Class<?> type) {
    for (EventType event : EventType.values()) {
      if (event.eventClass() == type) {
        return "a '" + event.code() + "' event (" + event.labelZh() + ")";
      }
    }
    return "this value";
  }

  private static String describe(Class<?> type) {
    if (type == String.class) {
      return "text";
    } else if (type == Integer.class || type == int.class) {
      return "a whole number";
    } else if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    } else if (List.class.isAssignableFrom(type)) {
      return "a list";
    }
    return "an object";
  }

  /**
   * @param token a token, perhaps none
   * @return what it is, in problems' words
   */
  public static String describe(@Nullable JsonToken token) {
    if (token == null) {
      return "the end of the input";
    }
    return switch (token) {
      case START_OBJECT, END_OBJECT -> "an object";
      case START_ARRAY, END_ARRAY -> "a list";
      case VALUE_STRING -> "text";
      case VALUE_NUMBER_INT -> "a whole number";
      case VALUE_NUMBER_FLOAT -> "a decimal number";
      case VALUE_TRUE, VALUE_FALSE -> "true or false";
      case VALUE_NULL -> "null";
      default -> token.name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  /**
   * @param prefix a path, perhaps empty
   * @param relative a path under it, perhaps empty
   * @return the two joined: {@code members[3]} and {@code name} give {@code members[3].name}, and {@code [2]}, {@code members[3][2]}
   */
  public static String join(String prefix, String relative) {
    if (prefix.isEmpty() || relative.isEmpty()) {
      return prefix.isEmpty() ? relative : prefix;
    }
    return relative.startsWith("[") ? prefix + relative : prefix + "." + relative;
  }

  /** @return {@code members[3].birthDate} for Jackson's reference chain */
  static String pathOf(List<JsonMappingException.Reference> references) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference reference : references) {
      if (reference.getFieldName() != null) {
        if (path.length() > 0) {
          path.append('.');
        }
        path.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        path.append('[').append(reference.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  /** @return {@code members[3].birthDate} for a parser's context */
  public static String pathOf(@Nullable JsonStreamContext context) {
    if (context == null) {
      return "";
    }
    // The segments of the context's JSON pointer (JsonStreamContext.pathAsPointer()), read off the contexts
    // themselves, then written as fromPointer writes a pointer's.
    JsonStreamContext leaf = context.hasPathSegment() ? context : context.getParent();
    java.util.ArrayDeque<String> segments = new java.util.ArrayDeque<>();
    for (JsonStreamContext at = leaf; at != null; at = at.getParent()) {
      if (at.inObject()) {
        String name = at.getCurrentName();
        segments.push(name == null ? "" : name);
      } else if (at.inArray()) {
        segments.push(Integer.toString(at.getCurrentIndex()));
      }
    }
    StringBuilder path = new StringBuilder();
    for (String segment : segments) {
      appendSegment(path, segment);
    }
    return path.toString();
  }

  private static void appendSegment(StringBuilder path, String segment) {
    if (segment.isEmpty()) {
      return;
    }
    if (segment.chars().allMatch(Character::isDigit)) {
      path.append('[').append(segment).append(']');
    } else {
      if (path.length() > 0) {
        path.append('.');
      }
      path.append(segment);
    }
  }

  /** Converts {@code /members/3/birthDate} to {@code members[3].birthDate}. */
  static String fromPointer(String pointer) {
    StringBuilder path = new StringBuilder();
    for (String segment : pointer.split("/")) {
      appendSegment(path, segment.replace("~1", "/").replace("~0", "~"));
    }
    return path.toString();
  }

  /**
   * Places a problem at the line and column of its path, or of the nearest enclosing element found.
   *
   * @param problem a problem with a path in the format's names
   * @param locations paths (in the format's names) to 1-based line and column
   * @return the problem, located where possible
   */
  public static Problem locate(Problem problem, Map<String, int[]> locations) {
    String path = problem.path();
    while (true) {
      int[] at = locations.get(path);
      if (at != null) {
        return problem.withLocation(at[0], at[1]);
      }
      Optional<String> parent = parentOf(path);
      if (parent.isEmpty()) {
        return problem;
      }
      path = parent.get();
    }
  }

  /**
   * @param problem a problem with a path in the format's names
   * @param locations paths to 1-based line and column
   * @return the problem at its path's exact location, or unchanged if the path was not found
   */
  public static Problem locateExactly(Problem problem, Map<String, int[]> locations) {
    int[] at = locations.get(problem.path());
    return at == null ? problem : problem.withLocation(at[0], at[1]);
  }

  private static Optional<String> parentOf(String path) {
    int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    return cut <= 0 ? Optional.empty() : Optional.of(path.substring(0, cut));
  }

  private static String firstLine(@Nullable String message) {
    if (message == null) {
      return "malformed input";
    }
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).trim();
  }
}
