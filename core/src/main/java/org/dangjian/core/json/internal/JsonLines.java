package org.dangjian.core.json.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dangjian.core.Problem;
import org.dangjian.core.ValidationException;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.json.DangjianJson;
import org.dangjian.core.json.ReadLimits;
import org.dangjian.core.json.Syntax;
import org.dangjian.core.json.internal.Documents.DatasetDoc;
import org.jspecify.annotations.Nullable;

/**
 * The record-per-line layout (JSON Lines): a header line holding the document without its collections
 * ({@code schema}, {@code region}, {@code activityTypes}), then one record per line, wrapped in its
 * element's name — {@code {"member": {…}}}, {@code {"ledgerEntry": {…}}} — in any order. Read one line
 * at a time, each line bound on its own (the document limits apply to a line, not to the file, so a file
 * of any size is read), every problem collected and located at its line; written one record per line in
 * canonical order. Not API.
 */
public final class JsonLines {
  /** The collections of a dataset document and the element name each record is wrapped in on its line. */
  private static final Map<String, String> ELEMENTS = elements();
  private static final Map<String, String> COLLECTIONS = invert(ELEMENTS);
  private static final Pattern RECORD_PATH = Pattern.compile("^([A-Za-z]+)\\[(\\d+)\\](.*)$");

  private JsonLines() {}

  private static Map<String, String> elements() {
    Map<String, String> elements = new LinkedHashMap<>();
    elements.put("units", "unit");
    elements.put("organisations", "organisation");
    elements.put("members", "member");
    org.dangjian.core.record.RecordKinds.builtIn().all().forEach(kind -> elements.put(kind.collection(), kind.element()));
    return java.util.Collections.unmodifiableMap(elements);
  }

  private static Map<String, String> invert(Map<String, String> map) {
    Map<String, String> inverted = new HashMap<>();
    map.forEach((k, v) -> inverted.put(v, k));
    return Map.copyOf(inverted);
  }

  /** The header line: the document without its collections. */
  @com.fasterxml.jackson.annotation.JsonPropertyOrder({"schema", "region", "activityTypes"})
  @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
  public record HeaderDoc(@Nullable String schema, Documents.@Nullable RegionDoc region,
      @Nullable List<Documents.ActivityTypeDoc> activityTypes) {}

  /** The type each collection's records bind to. */
  private static final Map<String, Class<?>> DOCS = Map.ofEntries(
      Map.entry("units", Documents.UnitDoc.class), Map.entry("organisations", Documents.OrganisationDoc.class),
      Map.entry("members", Documents.MemberDoc.class), Map.entry("activities", Documents.ActivityDoc.class),
      Map.entry("duesBases", Documents.DuesBaseDoc.class), Map.entry("duesPayments", Documents.DuesPaymentDoc.class),
      Map.entry("trainings", Documents.TrainingDoc.class), Map.entry("ledger", Documents.LedgerDoc.class),
      Map.entry("commitments", Documents.CommitmentDoc.class), Map.entry("ballots", Documents.BallotDoc.class),
      Map.entry("reportRatings", Documents.ReportRatingDoc.class));

  /**
   * @param in the lines, UTF-8 decoded
   * @param source the name problems are reported under
   * @return the dataset
   * @throws ValidationException naming the source, the line and every problem
   */
  public static Dataset read(Reader in, String source) {
    ObjectMapper mapper = DangjianJson.mapper(Syntax.JSON);
    List<Problem> problems = new ArrayList<>();
    HeaderDoc header = null;
    int headerLine = 0;
    Map<String, List<Object>> records = new HashMap<>();
    Map<String, List<Integer>> lineOf = new HashMap<>(); // collection → the line of each of its elements
    LineReader lines = new LineReader(in);
    int number = 0;
    for (String line = lines.next(); line != null; line = lines.next()) {
      number++;
      if (lines.tooLong()) {
        problems.add(Problem.of("", "limit-exceeded", "a line longer than " + ReadLimits.MAX_DOCUMENT_BYTES
            + " characters, the most one record may have").withLocation(number, 1));
        continue;
      }
      if (line.isBlank()) {
        problems.add(Problem.of("", "syntax-error", "a blank line; every line holds one JSON object").withLocation(number, 1));
        continue;
      }
      int at = number;
      try (com.fasterxml.jackson.core.JsonParser parser = mapper.createParser(line)) {
        if (parser.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT
            || parser.nextToken() != com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
          problems.add(Problem.of("", "wrong-type", "expected a JSON object with one field on the line").withLocation(number, 1));
          continue;
        }
        String first = parser.currentName();
        if (first.equals("schema") || first.equals("region") || first.equals("activityTypes")) {
          if (headerLine > 0) {
            problems.add(Problem.of("", "duplicate-field", "a second header line; the first is line " + headerLine).withLocation(number, 1));
            continue;
          }
          headerLine = number;
          header = bindWhole(mapper, line, HeaderDoc.class, "", number, problems);
          continue;
        }
        String collection = COLLECTIONS.get(first);
        if (collection == null) {
          problems.add(Problem.of(first, "unknown-field", "unknown kind of record '" + first + "'; expected one of: "
              + String.join(", ", COLLECTIONS.keySet().stream().sorted().toList())).withLocation(number, 1));
          continue;
        }
        List<Object> list = records.computeIfAbsent(collection, c -> new ArrayList<>());
        String path = collection + "[" + list.size() + "]";
        parser.nextToken();
        Object doc = mapper.readerFor(DOCS.get(collection))
            .without(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readValue(parser);
        if (parser.nextToken() != com.fasterxml.jackson.core.JsonToken.END_OBJECT || parser.nextToken() != null) {
          problems.add(Problem.of(path, "wrong-type", "a record line holds one field, the record's kind").withLocation(number, 1));
          continue;
        }
        list.add(doc);
        lineOf.computeIfAbsent(collection, c -> new ArrayList<>()).add(at);
      } catch (JsonProcessingException e) {
        Problem problem = JacksonProblems.of(e);
        String prefix = prefixOf(mapper, line, records);
        problems.add((prefix.isEmpty() ? problem : problem.under(prefix)).withLocation(number, problem.column() > 0 ? problem.column() : 1));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (headerLine == 0 && problems.isEmpty()) {
      problems.add(Problem.of("schema", "missing-field", "the first line must be the header: {\"schema\": \"" + Dataset.SCHEMA
          + "\", \"region\": {…}}").withLocation(1, 1));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems.stream().map(p -> p.withSource(source)).toList());
    }
    HeaderDoc top = java.util.Objects.requireNonNull(header);
    DatasetDoc doc = new DatasetDoc(top.schema(), top.region(), typed(records, "units"), typed(records, "organisations"),
        typed(records, "members"), top.activityTypes(), typed(records, "activities"), typed(records, "duesBases"),
        typed(records, "duesPayments"), typed(records, "trainings"), typed(records, "ledger"), typed(records, "commitments"),
        typed(records, "ballots"), typed(records, "reportRatings"));
    int headerAt = headerLine;
    try {
      return DatasetMapping.toDataset(doc);
    } catch (ValidationException e) {
      throw e.map(problem -> locate(problem, lineOf, headerAt).withSource(source));
    }
  }

  @SuppressWarnings("unchecked") // each collection holds the documents of its own type (DOCS)
  private static <T> @Nullable List<T> typed(Map<String, List<Object>> records, String collection) {
    return (List<T>) records.get(collection);
  }

  /** The path of the record a line that failed to bind was for, from its first field: {@code ledger[7]}. */
  private static String prefixOf(ObjectMapper mapper, String line, Map<String, List<Object>> records) {
    try (com.fasterxml.jackson.core.JsonParser parser = mapper.createParser(line)) {
      if (parser.nextToken() == com.fasterxml.jackson.core.JsonToken.START_OBJECT
          && parser.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
        String collection = COLLECTIONS.get(parser.currentName());
        if (collection != null) {
          return collection + "[" + records.getOrDefault(collection, List.of()).size() + "]";
        }
      }
    } catch (IOException e) {
      // a line that does not even start as an object: no prefix
    }
    return "";
  }

  private static <T> @Nullable T bindWhole(ObjectMapper mapper, String line, Class<T> type, String path, int number,
      List<Problem> problems) {
    try {
      return mapper.readValue(line, type);
    } catch (JsonProcessingException e) {
      Problem problem = JacksonProblems.of(e);
      problems.add(problem.under(path).withLocation(number, problem.column() > 0 ? problem.column() : 1));
      return null;
    }
  }

  /** A problem at {@code ledger[5].approver} is on the line of the sixth ledger entry; one at the top, on the header's. */
  private static Problem locate(Problem problem, Map<String, List<Integer>> lineOf, int headerLine) {
    Matcher record = RECORD_PATH.matcher(problem.path());
    if (record.matches()) {
      List<Integer> lines = lineOf.get(record.group(1));
      int index = Integer.parseInt(record.group(2));
      if (lines != null && index < lines.size()) {
        return problem.withLocation(lines.get(index), 1);
      }
    }
    return problem.withLocation(Math.max(headerLine, 1), 1);
  }

  /**
   * @param dataset a dataset
   * @param personalData whether national ID and phone numbers are written
   * @param out where the lines go, each ending with a line break
   */
  public static void write(Dataset dataset, boolean personalData, Writer out) {
    ObjectMapper mapper = DangjianJson.mapper(Syntax.JSON);
    com.fasterxml.jackson.databind.ObjectWriter compact = mapper.writer()
        .without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);
    DatasetDoc document = DatasetMapping.toDocument(dataset, personalData);
    Map<String, List<?>> collections = new LinkedHashMap<>();
    collections.put("units", document.units());
    collections.put("organisations", document.organisations());
    collections.put("members", document.members());
    collections.put("activities", document.activities());
    collections.put("duesBases", document.duesBases());
    collections.put("duesPayments", document.duesPayments());
    collections.put("trainings", document.trainings());
    collections.put("ledger", document.ledger());
    collections.put("commitments", document.commitments());
    collections.put("ballots", document.ballots());
    collections.put("reportRatings", document.reportRatings());
    try {
      // Each record as its own document (not through a tree, which would drop an amount's trailing zeros).
      out.write(compact.writeValueAsString(new HeaderDoc(document.schema(), document.region(),
          document.activityTypes() == null || document.activityTypes().isEmpty() ? null : document.activityTypes())));
      out.write('\n');
      for (Map.Entry<String, String> collection : ELEMENTS.entrySet()) {
        List<?> records = collections.get(collection.getKey());
        for (Object record : records == null ? List.of() : records) {
          out.write(compact.writeValueAsString(Map.of(collection.getValue(), record)));
          out.write('\n');
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads lines through a buffer of its own, none kept longer than the document limit: a longer one is skipped, and said so. */
  private static final class LineReader {
    private final Reader in;
    private final char[] buffer = new char[1 << 16];
    private int position;
    private int limit;
    private boolean tooLong;
    private boolean done;

    LineReader(Reader in) {
      this.in = in;
    }

    @Nullable String next() {
      if (done) {
        return null;
      }
      tooLong = false;
      StringBuilder line = new StringBuilder();
      try {
        while (true) {
          if (position == limit) {
            limit = in.read(buffer, 0, buffer.length);
            position = 0;
            if (limit <= 0) {
              limit = 0;
              done = true;
              if (line.length() == 0 && !tooLong) {
                return null; // nothing after the last line break
              }
              break;
            }
          }
          int start = position;
          while (position < limit && buffer[position] != '\n') {
            position++;
          }
          int room = ReadLimits.MAX_DOCUMENT_BYTES - line.length();
          int length = position - start;
          if (length > room) {
            tooLong = true;
            length = Math.max(room, 0);
          }
          line.append(buffer, start, length);
          if (position < limit) {
            position++; // the line break
            break;
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      int end = line.length();
      if (end > 0 && line.charAt(end - 1) == '\r') {
        line.setLength(end - 1);
      }
      return tooLong ? "" : line.toString();
    }

    boolean tooLong() {
      return tooLong;
    }
  }
}
