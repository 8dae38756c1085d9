package org.dangjian.core.json.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.dangjian.core.Problem;
import org.dangjian.core.ValidationException;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.activity.ActivityType;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dataset.Region;
import org.dangjian.core.internal.ActivityTypes;
import org.dangjian.core.record.RecordFormat;
import org.dangjian.core.record.RecordKind;
import org.dangjian.core.record.RecordKinds;
import org.jspecify.annotations.Nullable;

/**
 * Reads a dataset in one pass over a streaming parser — the whole document (JSON or YAML) or, in the
 * record-per-line layout, one line at a time — binding each record by its format as it comes. Value
 * problems are collected with their paths; the first value of the wrong shape stops the reading
 * ({@link FormatReader.Stop}). Locating problems is the caller's: where the input can be read again, or
 * by the line a record stood on. Not API.
 */
public final class DatasetReader {
  /** The top-level fields of a document other than the kinds' collections. */
  private static final List<String> HEADER = List.of("schema", "region", "activityTypes", "external");

  /** @return whether a top-level field is one of the header's, not a collection */
  static boolean isHeader(String field) {
    return HEADER.contains(field);
  }

  private final RecordKinds kinds;
  private final Dataset.Builder builder;
  private final List<Problem> problems = new ArrayList<>();
  private final Map<String, Collection<?>> collections = new LinkedHashMap<>();
  private final Map<String, String> collectionOfElement = new HashMap<>();
  private final String knownFields;
  private final Map<String, ActivityType> declaredTypes = new HashMap<>();
  /** The values every record read shares (ids, days), across the lines of one file. */
  private final Map<Class<?>, Map<String, Object>> shared;
  /** This reader's table in front of {@link #shared}: a reader is used by one thread. */
  private final LocalValues local = new LocalValues();
  /** Activities read cleanly whose type is not standard, to be resolved once every declaration is read. */
  private final List<Activity> undeclared = new ArrayList<>();
  /** Every type code that is not standard, with its path, kept record or not. */
  private final List<Map.Entry<String, ActivityType>> typeCodes = new ArrayList<>();
  private @Nullable String schema;
  /** While a part of a document is read, the top-level fields met, in order. */
  private @Nullable List<String> fieldsRead;
  /** Whether the document gives a region, well-formed or not. */
  private boolean regionGiven;
  private @Nullable Region region;

  /** One collection: its records' format and where a record read cleanly goes. */
  private record Collection<T>(String name, String element, RecordFormat<T> format, Consumer<T> sink, int[] count) {}

  /** @param kinds the record kinds the dataset holds */
  public DatasetReader(RecordKinds kinds) {
    this(kinds, new HashMap<>());
  }

  /**
   * @param kinds the record kinds the dataset holds
   * @param shared the shared values, by type and text: one map for readers working on one file in parallel
   *     (then a concurrent one, its maps concurrent too)
   */
  public DatasetReader(RecordKinds kinds, Map<Class<?>, Map<String, Object>> shared) {
    this.shared = shared;
    this.kinds = kinds;
    this.builder = Dataset.builder(kinds);
    add("units", "unit", CoreFormats.UNIT, builder::addUnit);
    add("organisations", "organisation", CoreFormats.ORGANISATION, builder::addOrganisation);
    add("members", "member", CoreFormats.MEMBER, builder::addMember);
    for (RecordKind<?> kind : kinds.all()) {
      addKind(kind);
    }
    TreeSet<String> names = new TreeSet<>(HEADER);
    names.addAll(collections.keySet());
    this.knownFields = String.join(", ", names);
  }

  private <T> void addKind(RecordKind<T> kind) {
    if (kind == Activity.KIND) {
      add(kind.collection(), kind.element(), Activity.FORMAT, this::addActivity);
    } else {
      add(kind.collection(), kind.element(), kind.format(), record -> builder.add(kind, record));
    }
  }

  private <T> void add(String name, String element, RecordFormat<T> format, Consumer<T> sink) {
    collections.put(name, new Collection<>(name, element, format, sink, new int[1]));
    collectionOfElement.put(element, name);
  }

  private void addActivity(Activity activity) {
    if (activity.type().isStandard()) {
      builder.addActivity(activity);
    } else {
      undeclared.add(activity);
    }
  }

  /**
   * Reads a whole document: the parser before its first token.
   *
   * @param parser the parser
   * @param mapper the library's mapper for its syntax
   * @return the dataset
   * @throws FormatReader.Stop at a value of the wrong shape or malformed input
   * @throws ValidationException listing every problem, with paths and no locations
   */
  public Dataset readDocument(JsonParser parser, ObjectMapper mapper) {
    FormatReader in = reader(parser, mapper, UnaryOperator.identity());
    JsonToken token = in.next();
    if (token == null) {
      throw new FormatReader.Stop(located(Problem.of("", "syntax-error", "the input is empty"), parser.currentLocation()));
    }
    if (token == JsonToken.VALUE_NULL) {
      throw new FormatReader.Stop(Problem.of("", "syntax-error", "the document is null"));
    }
    readFields(in);
    JsonToken trailing = in.next();
    if (trailing != null) {
      throw in.wrongType("an object");
    }
    return finish();
  }

  /**
   * Reads one part of a document cut in two ({@link DocumentParts}): an object of top-level fields, the
   * parser before its first token, without finishing the dataset.
   *
   * @param parser the parser
   * @param mapper the library's JSON mapper
   * @return the top-level fields read, in order, or null at anything but a clean read (a problem, a stop)
   */
  @Nullable List<String> readPart(JsonParser parser, ObjectMapper mapper) {
    FormatReader in = reader(parser, mapper, UnaryOperator.identity());
    try {
      if (in.next() != JsonToken.START_OBJECT) {
        return null;
      }
      List<String> fields = new ArrayList<>();
      fieldsRead = fields;
      readFields(in);
      return in.next() == null && problems.isEmpty() ? fields : null;
    } catch (FormatReader.Stop stop) {
      return null;
    } finally {
      fieldsRead = null;
    }
  }

  /**
   * Reads a dataset that is a value inside another document: the parser at its {@code START_OBJECT}.
   *
   * @param parser the parser
   * @param mapper the library's mapper for its syntax
   * @return the dataset
   * @throws FormatReader.Stop at a value of the wrong shape or malformed input
   * @throws ValidationException listing every problem, with paths relative to the value
   */
  public Dataset readValue(JsonParser parser, ObjectMapper mapper) {
    readFields(reader(parser, mapper, UnaryOperator.identity(), false));
    return finish();
  }

  private void readFields(FormatReader in) {
    JsonParser parser = in.parser();
    if (parser.currentToken() != JsonToken.START_OBJECT) {
      throw in.wrongType("an object");
    }
    while (in.next(FormatReader.Where.FIELD) == JsonToken.FIELD_NAME) {
      String name = currentName(parser);
      if (fieldsRead != null) {
        fieldsRead.add(name);
      }
      if (!HEADER.contains(name) && !collections.containsKey(name)) {
        String at = in.path();
        in.skipRest(FormatReader.Where.FIELD);
        throw new FormatReader.Stop(Problem.of(at, "unknown-field", "unknown field '" + name + "'; expected one of: " + knownFields));
      }
      in.next(FormatReader.Where.FIELD);
      if (!readHeaderField(in, name)) {
        Collection<?> collection = collections.get(name);
        readCollection(in, collection);
      }
    }
  }

  private FormatReader reader(JsonParser parser, ObjectMapper mapper, UnaryOperator<String> paths) {
    return reader(parser, mapper, paths, true);
  }

  /** @param ownParser whether the parser reads nothing but the dataset (not a value inside another document) */
  private FormatReader reader(JsonParser parser, ObjectMapper mapper, UnaryOperator<String> paths, boolean ownParser) {
    return new FormatReader(parser, mapper, problems, paths, shared, local, ownParser).watch(org.dangjian.core.record.Formats.ACTIVITY_TYPE,
        type -> !((ActivityType) type).isStandard(), (path, type) -> typeCodes.add(Map.entry(path, (ActivityType) type)));
  }

  private <T> void readCollection(FormatReader in, Collection<T> collection) {
    JsonToken token = in.parser().currentToken();
    if (token == JsonToken.VALUE_NULL) {
      return;
    }
    if (token != JsonToken.START_ARRAY) {
      throw in.wrongType("a list");
    }
    JsonParser parser = in.parser();
    ParserBase json = jsonParser(parser);
    while (in.next() != JsonToken.END_ARRAY) {
      collection.count()[0]++;
      long start = json != null ? json.getTokenCharacterOffset() : offset(parser.currentTokenLocation());
      T record = in.readRecord(collection.format());
      // From the record's first token to just past its last (a JSON parser's offsets read without making locations).
      long end = json != null ? json.getTokenCharacterOffset() + 1 : offset(parser.currentLocation());
      if (end - start > org.dangjian.core.json.ReadLimits.MAX_DOCUMENT_BYTES) {
        throw new FormatReader.Stop(Problem.of(collection.name() + "[" + (collection.count()[0] - 1) + "]", "limit-exceeded",
            "a record longer than " + org.dangjian.core.json.ReadLimits.MAX_DOCUMENT_BYTES + " bytes, the most one may have"));
      }
      if (record != null) {
        collection.sink().accept(record);
      }
    }
  }

  /**
   * @return the JSON parser beneath a parser's wrappers, whose tokens' offsets (bytes or characters, as its
   *     locations give them) can be read without making a location; null for another parser (YAML)
   */
  private static @Nullable ParserBase jsonParser(JsonParser parser) {
    JsonParser beneath = parser;
    while (beneath instanceof com.fasterxml.jackson.core.util.JsonParserDelegate delegate) {
      beneath = delegate.delegate();
    }
    return beneath instanceof com.fasterxml.jackson.core.json.UTF8StreamJsonParser
        || beneath instanceof com.fasterxml.jackson.core.json.ReaderBasedJsonParser
        || beneath instanceof com.fasterxml.jackson.core.json.UTF8DataInputJsonParser ? (ParserBase) beneath : null;
  }

  private static long offset(JsonLocation at) {
    return Math.max(at.getByteOffset(), at.getCharOffset());
  }

  /** @return whether the field (its value the current token) is one of the header's */
  private boolean readHeaderField(FormatReader in, String name) {
    switch (name) {
      case "schema" -> {
        if (in.parser().currentToken() != JsonToken.VALUE_NULL) {
          schema = in.readValue(org.dangjian.core.record.ValueFormat.text());
        }
        return true;
      }
      case "region" -> {
        regionGiven = in.parser().currentToken() != JsonToken.VALUE_NULL;
        if (regionGiven) {
          region = in.readRecord(CoreFormats.REGION);
        }
        return true;
      }
      case "activityTypes" -> {
        JsonToken token = in.parser().currentToken();
        if (token == JsonToken.VALUE_NULL) {
          return true;
        }
        if (token != JsonToken.START_ARRAY) {
          throw in.wrongType("a list");
        }
        while (in.next() != JsonToken.END_ARRAY) {
          ActivityType type = in.readRecord(CoreFormats.ACTIVITY_TYPE);
          if (type != null) {
            builder.addActivityType(type);
            declaredTypes.put(type.code(), type);
          }
        }
        return true;
      }
      case "external" -> {
        if (in.parser().currentToken() != JsonToken.VALUE_NULL) {
          CoreFormats.ExternalRefs external = in.readRecord(CoreFormats.EXTERNAL);
          if (external != null) {
            external.members().forEach(builder::externalMember);
            external.organisations().forEach(builder::externalOrganisation);
          }
        }
        return true;
      }
      default -> {
        return false;
      }
    }
  }

  /**
   * Reads one line of the record-per-line layout: the header, or one record wrapped in its element's name.
   *
   * @param parser a parser over the line
   * @param mapper the library's JSON mapper
   * @param number the line's number
   * @return the collection of the line's record, or null for the header
   * @throws FormatReader.Stop for a line that does not read; the reader goes on with the next line
   */
  public @Nullable String readLine(JsonParser parser, ObjectMapper mapper, int number) {
    RecordAt at = new RecordAt();
    FormatReader in = reader(parser, mapper, at::rewrite);
    if (in.next() != JsonToken.START_OBJECT || in.next() != JsonToken.FIELD_NAME) {
      throw new FormatReader.Stop(Problem.of("", "wrong-type", "expected a JSON object with one field on the line"));
    }
    String first = currentName(parser);
    if (HEADER.contains(first)) {
      readHeaderLine(in);
      return null;
    }
    Collection<?> collection = startRecordLine(in, first, at);
    readLineRecord(in, collection, at.prefix());
    return collection.name();
  }

  /** Reads the header's fields, the parser at the first one's name. */
  private void readHeaderLine(FormatReader in) {
    do {
      String name = currentName(in.parser());
      in.next();
      if (!readHeaderField(in, name)) {
        throw new FormatReader.Stop(Problem.of(name, "unknown-field", "unknown field '" + name + "'; expected one of: "
            + String.join(", ", new TreeSet<>(HEADER))));
      }
    } while (in.next() == JsonToken.FIELD_NAME);
  }

  /**
   * @param first the line's one field: a record's element name
   * @return its kind's collection, the paths of the line now the record's ({@code ledger[7]}), the parser at the record
   */
  private Collection<?> startRecordLine(FormatReader in, String first, RecordAt at) {
    String name = collectionOfElement.get(first);
    if (name == null) {
      throw new FormatReader.Stop(Problem.of(first, "unknown-field", "unknown kind of record '" + first + "'; expected one of: "
          + String.join(", ", new TreeSet<>(collectionOfElement.keySet()))));
    }
    Collection<?> collection = collections.get(name);
    at.element = first;
    at.collection = name;
    at.index = collection.count()[0];
    in.next();
    return collection;
  }

  /**
   * Reads a whole stream of lines with one parser — the quick way for a file that reads cleanly. Gives up
   * (false) at anything that is not one clean record per line: a problem, a blank line, two records on a
   * line or one across lines, a header out of place; the caller then reads the lines one by one, which
   * reports each problem at its line.
   *
   * @param parser a parser over the lines (before its first token)
   * @param mapper the library's JSON mapper
   * @param headerFirst whether the first line must be the header (else no line may be)
   * @return whether every line read cleanly
   */
  public boolean readAllLines(JsonParser parser, ObjectMapper mapper, boolean headerFirst) {
    RecordAt at = new RecordAt();
    FormatReader in = reader(parser, mapper, at::rewrite);
    int previous = 0;
    try {
      for (JsonToken token = in.next(); token != null; token = in.next()) {
        JsonLocation start = parser.currentTokenLocation();
        int line = start.getLineNr();
        if (token != JsonToken.START_OBJECT || line != previous + 1 || in.next() != JsonToken.FIELD_NAME) {
          return false;
        }
        String first = currentName(parser);
        if (HEADER.contains(first)) {
          if (!headerFirst || previous != 0) {
            return false;
          }
          readHeaderLine(in);
        } else if (headerFirst && previous == 0 || !readRecordOnLine(in, startRecordLine(in, first, at))) {
          return false;
        }
        if (parser.currentTokenLocation().getLineNr() != line || !problems.isEmpty()
            || offset(parser.currentLocation()) - offset(start) > org.dangjian.core.json.ReadLimits.MAX_DOCUMENT_BYTES) {
          return false;
        }
        previous = line;
      }
    } catch (FormatReader.Stop stop) {
      return false;
    }
    return !headerFirst || previous > 0;
  }

  private <T> boolean readRecordOnLine(FormatReader in, Collection<T> collection) {
    T record = in.readRecord(collection.format());
    if (in.next() != JsonToken.END_OBJECT || record == null) {
      return false;
    }
    collection.count()[0]++;
    collection.sink().accept(record);
    return true;
  }

  private <T> void readLineRecord(FormatReader in, Collection<T> collection, String path) {
    int before = problems.size();
    T record = in.readRecord(collection.format());
    if (in.next() != JsonToken.END_OBJECT || in.next() != null) {
      problems.subList(before, problems.size()).clear();
      throw new FormatReader.Stop(Problem.of(path, "wrong-type", "a record line holds one field, the record's kind"));
    }
    collection.count()[0]++;
    if (record != null) {
      collection.sink().accept(record);
    }
  }

  /**
   * The record a line holds, for its problems' paths: a path under the line's element ({@code ledgerEntry.points})
   * becomes one under the record ({@code ledger[7].points}), the record's path made only when a problem asks.
   */
  private static final class RecordAt {
    private String element = "";
    private String collection = "";
    private int index;

    String prefix() {
      return collection + "[" + index + "]";
    }

    String rewrite(String path) {
      if (element.isEmpty()) {
        return path;
      }
      if (path.equals(element)) {
        return prefix();
      }
      if (path.startsWith(element) && (path.charAt(element.length()) == '.' || path.charAt(element.length()) == '[')) {
        return prefix() + path.substring(element.length());
      }
      return path;
    }
  }

  private static String currentName(JsonParser parser) {
    try {
      return parser.currentName();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** @return the problems collected so far (value problems, with paths) */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * Takes what another reader read — the next chunk of the same file — after what this one read.
   *
   * @param next the reader of the following chunk, which read no header
   */
  public void absorb(DatasetReader next) {
    builder.addAll(next.builder);
    undeclared.addAll(next.undeclared);
    typeCodes.addAll(next.typeCodes);
    problems.addAll(next.problems);
  }

  /**
   * Resolves declared activity types and builds the dataset.
   *
   * @return the dataset
   * @throws ValidationException listing every problem, with paths and no locations
   */
  public Dataset finish() {
    if (schema == null) {
      problems.add(Problem.of("schema", "missing-field", "the document must declare \"schema\": \"" + Dataset.SCHEMA + "\""));
    } else if (!Dataset.SCHEMA.equals(schema)) {
      problems.add(Problem.of("schema", "unsupported-schema",
          "schema '" + schema + "' is not supported; this version reads '" + Dataset.SCHEMA + "'"));
    }
    if (!regionGiven) {
      problems.add(Problem.of("region", "missing-field", "the document needs a region with a code and a name"));
    }
    for (Map.Entry<String, ActivityType> code : typeCodes) {
      if (!declaredTypes.containsKey(code.getValue().code())) {
        ActivityTypes.unknown(code.getValue().code()).problems().forEach(p -> problems.add(p.under(code.getKey())));
      }
    }
    for (Activity activity : undeclared) {
      ActivityType declared = declaredTypes.get(activity.type().code());
      if (declared != null) {
        builder.addActivity(Activity.builder().from(activity).type(declared).build());
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    return builder.region(region == null ? Region.of("unnamed", "unnamed") : region).build();
  }

  private static Problem located(Problem problem, @Nullable JsonLocation at) {
    return at == null || at.getLineNr() <= 0 ? problem : problem.withLocation(at.getLineNr(), at.getColumnNr());
  }
}
