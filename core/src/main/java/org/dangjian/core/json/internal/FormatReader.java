package org.dangjian.core.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.dangjian.core.Problem;
import org.dangjian.core.ValidationException;
import org.dangjian.core.record.Field;
import org.dangjian.core.record.RecordFormat;
import org.dangjian.core.record.ValueFormat;
import org.jspecify.annotations.Nullable;

/**
 * Reads records by their {@link RecordFormat} from a streaming parser, one token at a time: values are
 * bound as they come, problems of a value (an impossible date, an unknown code, a field left out) are
 * collected with their paths, and a value of the wrong shape — or anything the parser refuses — stops the
 * reading with {@link Stop}. Paths come from the parser's own context, so nothing is kept for a record
 * that reads cleanly. Not API.
 */
public final class FormatReader {
  private final JsonParser parser;
  private final ObjectMapper mapper;
  private final List<Problem> problems;
  private final UnaryOperator<String> paths;
  private final Map<Class<?>, ObjectReader> bound = new HashMap<>();
  /** One instance per distinct text of each shared value type: the records read share them. */
  private final Map<Class<?>, Map<String, Object>> shared;
  /** The table in front of {@link #shared}, finding a value read before by its text's characters. */
  private final LocalValues local;
  /**
   * Whether records' duplicate fields are found by the fields seen rather than by the parser's own check, which
   * keeps a set of names per object: for JSON read by a parser of its own (YAML's parser locates a name
   * differently).
   */
  private final boolean ownDuplicates;
  /**
   * The {@link Optional} of each shared value that some optional field held, made on first need (one reader,
   * one thread); by identity, as a shared value is one instance.
   */
  private @Nullable Map<Object, Optional<?>> optionals;
  /** The position of the field being read in {@link #lastFormat}'s record, or -1 outside a record's fields. */
  private int reading = -1;
  /** The format of the record being read (or last read), whose fields' last shared values are at hand. */
  private @Nullable RecordFormat<?> lastFormat;
  /** Its fields' last shared values, by position in its fields. */
  private LocalValues.Last last = new LocalValues.Last(new char[0][], new Object[0]);
  /** The value {@link #sharedOptional} was last asked for, and its {@link Optional}. */
  private @Nullable Object lastOptionalValue;
  private @Nullable Optional<?> lastOptional;
  /** {@link #sharedOptional}, made once. */
  private final java.util.function.Function<Object, Optional<?>> sharedOptionals = this::sharedOptional;
  /** {@link #shared}'s maps of the types met so far. */
  private final Map<Class<?>, Map<String, Object>> byType = new java.util.IdentityHashMap<>();
  private @Nullable ValueFormat<?> watched;
  private java.util.function.Predicate<Object> watchedIf = value -> true;
  private java.util.function.@Nullable BiConsumer<String, Object> watcher;

  /**
   * Hands the values of one format read that pass a test — in records kept or not — to a watcher, with
   * their paths.
   *
   * @param format the format, by identity
   * @param test which values are handed on
   * @param sink takes the path and the value
   * @return this reader
   */
  public FormatReader watch(ValueFormat<?> format, java.util.function.Predicate<Object> test,
      java.util.function.BiConsumer<String, Object> sink) {
    this.watched = format;
    this.watchedIf = test;
    this.watcher = sink;
    return this;
  }

  /**
   * @param parser the parser, its factory the mapper's
   * @param mapper the library's mapper for the syntax, which binds {@link ValueFormat.Shape#BOUND BOUND} values
   * @param problems where value problems go
   * @param paths turns the parser's path into the format's ({@code member.name} on a line of its own into
   *     {@code members[7].name})
   */
  public FormatReader(JsonParser parser, ObjectMapper mapper, List<Problem> problems, UnaryOperator<String> paths) {
    this(parser, mapper, problems, paths, new HashMap<>(), new LocalValues(), false);
  }

  /**
   * @param parser the parser, its factory the mapper's
   * @param mapper the library's mapper for the syntax
   * @param problems where value problems go
   * @param paths turns the parser's path into the format's
   * @param shared the shared values by type and text, kept across readers of one dataset (its lines)
   * @param local the table in front of them of the thread reading, kept across its readers
   * @param ownParser whether the parser reads nothing but what this reader reads (a whole document, lines): then,
   *     for JSON, records' duplicate fields are found by the fields seen, the parser's own check turned off inside
   *     records (it would stay off for what a parser reads after them)
   */
  FormatReader(JsonParser parser, ObjectMapper mapper, List<Problem> problems, UnaryOperator<String> paths,
      Map<Class<?>, Map<String, Object>> shared, LocalValues local, boolean ownParser) {
    this.shared = shared;
    this.local = local;
    this.ownDuplicates = ownParser && !(mapper.getFactory() instanceof com.fasterxml.jackson.dataformat.yaml.YAMLFactory);
    this.parser = parser;
    this.mapper = mapper;
    this.problems = problems;
    this.paths = paths;
  }

  /** Reading stopped at a value of the wrong shape or input the parser refused: the one problem to report. */
  public static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;
    /** The problem, with its path; located where the parser said. */
    private final transient Problem problem;

    Stop(Problem problem) {
      super(problem.toString(), null, false, false);
      this.problem = problem;
    }

    /** @return the problem */
    public Problem problem() {
      return problem;
    }
  }

  /** @return the parser */
  public JsonParser parser() {
    return parser;
  }

  /** @return the problems collected so far */
  public List<Problem> problems() {
    return problems;
  }

  /** @return the path of the parser's current token, in the format's names */
  public String path() {
    return paths.apply(JacksonProblems.pathOf(parser.getParsingContext()));
  }

  /**
   * @return the next token
   * @throws Stop for input the parser refuses, at the path of the object or list it stood in
   */
  public @Nullable JsonToken next() {
    return next(Where.CONTAINER);
  }

  /** Where a token that did not read is reported. */
  enum Where {
    /** At the object the parser stands in, or at the list itself. */
    CONTAINER,
    /** At the element of a list of text being read (the next index). */
    ELEMENT,
    /** At the field the parser last read: for the document's own fields. */
    FIELD
  }

  /**
   * @param where where a token that does not read is reported
   * @return the next token
   */
  @Nullable JsonToken next(Where where) {
    return next(where, 0);
  }

  /**
   * @param where where a token that does not read is reported
   * @param read for {@link Where#ELEMENT}, how many elements of the list were read
   * @return the next token
   */
  private @Nullable JsonToken next(Where where, int read) {
    return next(parser, where, read);
  }

  /**
   * @param from the parser, or one over it checking names
   * @param where where a token that does not read is reported
   * @param read for {@link Where#ELEMENT}, how many elements of the list were read
   * @return the next token
   */
  private @Nullable JsonToken next(JsonParser from, Where where, int read) {
    try {
      return from.nextToken();
    } catch (JsonProcessingException e) {
      JsonStreamContext context = parser.getParsingContext();
      // A value refused where it stands (a lone surrogate, a number too long written out) is the value's problem.
      String at = e instanceof CheckedTokens.Refused ? JacksonProblems.pathOf(context) : switch (where) {
        case CONTAINER -> containerPath();
        case FIELD -> JacksonProblems.pathOf(context);
        case ELEMENT -> JacksonProblems.join(containerPath(), "[" + read + "]");
      };
      throw stop(e, at);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @return where a token that did not read was: at the object or list the parser stands in (the field
   *     or element it stood after is not the one that broke)
   */
  private String containerPath() {
    JsonStreamContext context = parser.getParsingContext();
    if (context == null || context.inRoot()) {
      return "";
    }
    return JacksonProblems.pathOf(context.getParent());
  }

  /**
   * @param e what the parser or Jackson's binding threw
   * @param at for Jackson's binding, the path of the value it started at (its own paths are relative to it);
   *     for the parser, the path to report
   * @return the stop to throw
   */
  Stop stop(JsonProcessingException e, String at) {
    Problem problem;
    if (e instanceof com.fasterxml.jackson.databind.JsonMappingException) {
      problem = JacksonProblems.of(e, at);
    } else {
      problem = at(JacksonProblems.of(e), at);
    }
    return new Stop(at(problem, paths.apply(problem.path())));
  }

  /** @return the problem at another path, its location kept */
  private static Problem at(Problem problem, String path) {
    Problem moved = Problem.of(path, problem.code(), problem.message());
    return problem.line() > 0 ? moved.withLocation(problem.line(), problem.column()) : moved;
  }

  /**
   * @param expected what was expected, in problems' words
   * @return a stop: a value of the wrong shape at the current token
   */
  public Stop wrongType(String expected) {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_STRING || token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      try {
        // Text or a number the parser refuses (malformed, beyond its limits) is reported as such first.
        if (token == JsonToken.VALUE_STRING) {
          parser.getText();
        } else {
          parser.getNumberValue();
        }
      } catch (JsonProcessingException e) {
        throw stop(e, JacksonProblems.pathOf(parser.getParsingContext()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Problem problem = Problem.of(path(), "wrong-type", "expected " + expected + ", found " + JacksonProblems.describe(token));
    com.fasterxml.jackson.core.JsonLocation at = parser.currentTokenLocation();
    return new Stop(at == null || at.getLineNr() <= 0 ? problem : problem.withLocation(at.getLineNr(), at.getColumnNr()));
  }

  /**
   * Reads a record at the current token, {@code START_OBJECT} — or {@code null}, which is a problem.
   *
   * @param format the record's format
   * @return the record, or null if any of its values had a problem (collected)
   * @throws Stop for a value of the wrong shape
   */
  public <T> @Nullable T readRecord(RecordFormat<T> format) {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      problems.add(Problem.of(path(), "wrong-type", "expected an object, found null"));
      return null;
    }
    if (token != JsonToken.START_OBJECT) {
      throw wrongType("an object");
    }
    return readObject(format);
  }

  private <T> @Nullable T readObject(RecordFormat<T> format) {
    // A JSON record's duplicate fields are found here, by the fields seen, rather than by the parser's set of names
    // per object; the parser's check is turned off for the record's object and what it holds, and on again after.
    boolean own = ownDuplicates && parser.isEnabled(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    if (own) {
      parser.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }
    try {
      return readFields(format);
    } finally {
      if (own) {
        parser.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
      }
    }
  }

  private <T> @Nullable T readFields(RecordFormat<T> format) {
    // Each field's last shared value is kept per format; a record inside another's field keeps its own and gives the
    // outer record's back after.
    int outerField = reading;
    RecordFormat<?> outerFormat = lastFormat;
    LocalValues.Last outerLast = last;
    if (format != lastFormat) {
      lastFormat = format;
      last = local.lastOf(format);
    }
    try {
      return readFieldsOf(format);
    } finally {
      reading = outerField;
      if (outerField >= 0) {
        lastFormat = outerFormat;
        last = outerLast;
      }
    }
  }

  private <T> @Nullable T readFieldsOf(RecordFormat<T> format) {
    int before = problems.size();
    List<Field<T, ?>> fields = format.fields();
    Object[] slots = new Object[fields.size()];
    long seen = 0;
    JsonToken token;
    while ((token = next()) == JsonToken.FIELD_NAME) {
      String name = currentName();
      int index = format.indexOf(name);
      if (index < 0) {
        String at = path();
        skipRest(Where.CONTAINER, ownDuplicates ? namesSeen(format, seen, name) : null);
        throw new Stop(Problem.of(at, "unknown-field", "unknown field '" + name + "'; expected one of: " + format.knownNames()));
      }
      if ((seen & (1L << index)) != 0) {
        throw duplicate(name);
      }
      seen |= 1L << index;
      next();
      reading = index;
      slots[index] = readField(fields.get(index));
      reading = -1;
    }
    for (int i = 0; i < fields.size(); i++) {
      if (fields.get(i).mode() == Field.Mode.REQUIRED && (seen & (1L << i)) == 0) {
        missing(path() + "." + fields.get(i).name());
      }
    }
    if (problems.size() > before) {
      return null;
    }
    try {
      return format.create(new RecordFormat.Values(format, slots, sharedOptionals));
    } catch (ValidationException e) {
      String at = path();
      e.problems().forEach(p -> problems.add(p.under(at)));
      return null;
    }
  }

  /**
   * @param name a field's name, read a second time in the object the parser stands in
   * @return the stop the parser's own check would have given: at the object, located just after the name
   */
  private Stop duplicate(String name) {
    return stop(DuplicateNames.duplicate(parser, name), containerPath());
  }

  /**
   * Reads to the end of the object the parser stands in, at one of its field names: input broken later in
   * the object is reported before a field the object should not have.
   */
  void skipRest() {
    skipRest(Where.CONTAINER, null);
  }

  /**
   * @param where where a token that does not read is reported
   */
  void skipRest(Where where) {
    skipRest(where, null);
  }

  /**
   * @param where where a token that does not read is reported
   * @param names the names the object has had, the current one among them, if its duplicate names (and those of
   *     the values skipped) are found here rather than by the parser
   */
  private void skipRest(Where where, @Nullable List<String> names) {
    String record = containerPath();
    JsonParser from = names == null ? parser : new DuplicateNames(parser, names);
    try {
      JsonToken token = from.currentToken();
      while (token == JsonToken.FIELD_NAME) {
        next(from, where, 0);
        skipValue(from);
        token = next(from, where, 0);
      }
    } catch (Stop stop) {
      if (where == Where.FIELD) {
        throw stop;
      }
      throw new Stop(at(stop.problem(), paths.apply(record)));
    }
  }

  /** @return the names of the fields seen, in the format's order, and then the current one */
  private static List<String> namesSeen(RecordFormat<?> format, long seen, String current) {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < format.fields().size(); i++) {
      if ((seen & (1L << i)) != 0) {
        names.add(format.fields().get(i).name());
      }
    }
    names.add(current);
    return names;
  }

  private void skipValue(JsonParser from) {
    try {
      if (from.currentToken() == JsonToken.VALUE_STRING) {
        from.getText();
      }
      from.skipChildren();
    } catch (JsonProcessingException e) {
      throw stop(e, containerPath());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String currentName() {
    try {
      return parser.currentName();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private @Nullable Object readField(Field<?, ?> field) {
    JsonToken token = parser.currentToken();
    if (token == JsonToken.VALUE_NULL) {
      if (field.mode() == Field.Mode.REQUIRED) {
        missing(path());
      }
      return null;
    }
    if (field.mode() != Field.Mode.LIST) {
      return readValue(field.format());
    }
    if (token != JsonToken.START_ARRAY) {
      throw wrongType("a list");
    }
    List<Object> values = new ArrayList<>();
    ValueFormat<?> element = field.format();
    Where where = element.shape() == ValueFormat.Shape.OBJECT || element.shape() == ValueFormat.Shape.BOUND
        ? Where.CONTAINER : Where.ELEMENT;
    int read = 0;
    while ((token = next(where, read)) != JsonToken.END_ARRAY) {
      read++;
      if (token == JsonToken.VALUE_NULL) {
        if (element.shape() == ValueFormat.Shape.OBJECT || element.shape() == ValueFormat.Shape.BOUND) {
          problems.add(Problem.of(path(), "wrong-type", "expected an object, found null"));
        } else {
          missing(path());
        }
        continue;
      }
      Object value = readValue(element);
      if (value != null) {
        values.add(value);
      }
    }
    return values;
  }

  /**
   * Reads a value (not null) at the current token.
   *
   * @param format its format
   * @return the value, or null if it had a problem (collected)
   * @throws Stop for a value of the wrong shape
   */
  public <V> @Nullable V readValue(ValueFormat<V> format) {
    JsonToken token = parser.currentToken();
    try {
      switch (format.shape()) {
        case TEXT -> {
          if (token != JsonToken.VALUE_STRING) {
            throw wrongType("text");
          }
          try {
            V value = format.isShared() ? sharedValue(format, format.type(), false) : format.parse(parser.getText());
            if (format == watched && watcher != null && watchedIf.test(value)) {
              watcher.accept(path(), value);
            }
            return value;
          } catch (ValidationException e) {
            String at = path();
            e.problems().forEach(p -> problems.add(p.under(at)));
            return null;
          }
        }
        case INTEGER -> {
          if (token != JsonToken.VALUE_NUMBER_INT) {
            throw wrongType("a whole number");
          }
          if (parser.getNumberType() != JsonParser.NumberType.INT) {
            throw new Stop(Problem.of(path(), "invalid-value", "the number is out of range: a whole number here is from "
                + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE));
          }
          return cast(format, parser.getIntValue());
        }
        case DECIMAL -> {
          if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
            throw wrongType("a number");
          }
          if (!format.isShared()) {
            return cast(format, parser.getDecimalValue());
          }
          // The token's number was bounded when it was read (CheckedTokens); its text is a BigDecimal's.
          return cast(format, sharedValue(format, BigDecimal.class, true));
        }
        case BOOLEAN -> {
          if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
            throw wrongType("true or false");
          }
          return cast(format, token == JsonToken.VALUE_TRUE);
        }
        case OBJECT -> {
          if (token != JsonToken.START_OBJECT) {
            throw wrongType("an object");
          }
          return readObject(format.record());
        }
        case BOUND -> {
          // Jackson's binding judges the shape too, in its own words ("an event needs a type").
          String at = JacksonProblems.pathOf(parser.getParsingContext());
          // With the parser's check off inside records, the value's duplicate names are found as it is read.
          JsonParser from = ownDuplicates ? new DuplicateNames(parser, null) : parser;
          try {
            return cast(format, bound.computeIfAbsent(format.type(), type -> mapper.readerFor(type)
                .without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).withAttribute(SharedValues.ATTRIBUTE, shared)).readValue(from));
          } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            throw stop(e, at);
          } catch (JsonProcessingException e) {
            throw stop(e, containerPath());
          }
        }
        default -> throw new IllegalStateException(format.shape().name());
      }
    } catch (JsonProcessingException e) {
      throw stop(e, JacksonProblems.pathOf(parser.getParsingContext())); // reading the value's text: at the value
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @return the shared value of the current token's text: found by its characters if this thread read it
   *     before, else parsed (or found in the shared table) and kept
   */
  private <V> V sharedValue(ValueFormat<V> format, Class<?> type, boolean decimal) throws IOException {
    char[] chars = parser.getTextCharacters();
    int offset = parser.getTextOffset();
    int length = parser.getTextLength();
    int field = reading;
    if (field >= 0) {
      char[] text = last.texts()[field];
      if (text != null && java.util.Arrays.equals(text, 0, text.length, chars, offset, offset + length)) {
        return cast(format, last.values()[field]); // the field's value in the record before (a ledger's member, say)
      }
    }
    LocalValues.Table table = local.of(type);
    int hash = LocalValues.Table.hash(chars, offset, length);
    int slot = table.find(chars, offset, length, hash);
    if (slot < 0) {
      String text = parser.getText();
      Object value = decimal ? SharedValues.of(valuesOf(type), text, BigDecimal::new) : SharedValues.of(valuesOf(type), text, format::parse);
      slot = table.put(text, value, hash);
    }
    Object known = table.value(slot);
    if (field >= 0) {
      last.texts()[field] = table.chars(slot);
      last.values()[field] = known;
    }
    return cast(format, known);
  }


  /** @return a type's shared values, looked up once per reader (the table may be a concurrent map other readers share) */
  private Map<String, Object> valuesOf(Class<?> type) {
    Map<String, Object> values = byType.get(type);
    if (values == null) {
      values = SharedValues.valuesOf(shared, type);
      byType.put(type, values);
    }
    return values;
  }

  /** @return the one {@link Optional} holding a shared value (shared values are one instance per text) */
  private Optional<?> sharedOptional(Object value) {
    if (value == lastOptionalValue && lastOptional != null) {
      return lastOptional; // records in a row often hold the same (an approver)
    }
    if (optionals == null) {
      optionals = new java.util.IdentityHashMap<>();
    }
    Optional<?> optional = optionals.computeIfAbsent(value, Optional::of);
    lastOptionalValue = value;
    lastOptional = optional;
    return optional;
  }

  @SuppressWarnings("unchecked") // the shape says the type
  private static <V> V cast(ValueFormat<V> format, Object value) {
    return (V) value;
  }

  private void missing(String path) {
    problems.add(Problem.of(path, "missing-field", "required field '" + path.substring(path.lastIndexOf('.') + 1) + "' is missing"));
  }
}
