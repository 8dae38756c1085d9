package org.dangjian.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dangjian.core.DangjianException;
import org.dangjian.core.Problem;
import org.dangjian.core.ValidationException;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.json.internal.DatasetReader;
import org.dangjian.core.json.internal.FormatReader;
import org.dangjian.core.json.internal.FormatWriter;
import org.dangjian.core.json.internal.CheckedTokens;
import org.dangjian.core.json.internal.Utf8;
import org.dangjian.core.record.RecordKinds;
import org.dangjian.core.json.internal.JacksonProblems;
import org.dangjian.core.json.internal.Locations;

/**
 * Reads and writes datasets in the interchange format {@value Dataset#SCHEMA}: as JSON or YAML documents,
 * as JSON Lines (a header, then one record per line), or as a folder of part files.
 *
 * <p>Reading is one streaming pass, strict and located: each record is bound by its kind's
 * {@link org.dangjian.core.record.RecordFormat} as the parser reads it. Malformed input, an unknown field
 * or a value of the wrong type stops reading with one problem naming the source, line, column and path;
 * otherwise every problem of the values (impossible dates, unknown codes) and then of the dataset as a
 * whole (dangling references, cycles…) is reported at once, each with its path and, where the element
 * can be found, its line and column. Either way the error is a {@link ValidationException}; no half-read
 * dataset escapes. JSON and JSON Lines files are read record by record, whatever their size. A JSON document
 * of at least 4 MiB with its records on lines of their own (as {@link Layout#RECORD_PER_LINE} and the indented
 * layout write them) is read in two parts at once, cut between two records near the middle, when both parts
 * read cleanly; otherwise, and for any problem, in one pass.
 *
 * <p>Writing gives units and members by id and organisations in path order, so the same dataset
 * always gives the same bytes. The format is published as a JSON Schema, {@link #SCHEMA_RESOURCE}.
 */
public final class DatasetFormat {

  /** The class-path resource of the format's JSON Schema (draft 2020-12). */
  public static final String SCHEMA_RESOURCE = "/org/dangjian/core/json/dataset-1.schema.json";

  /**
   * A JSON Lines file of at least this many bytes (4 MiB) is read in parallel chunks, one per processor;
   * a smaller one in one chunk. A chunk is read with one parser; a file with any problem is read again
   * line by line to report each at its line.
   */
  public static final long PARALLEL_LINES_BYTES = 4L << 20;

  private DatasetFormat() {}

  /**
   * @param file a {@code .json}, {@code .yaml} or {@code .yml} file
   * @return the dataset
   * @throws ValidationException naming the file and every problem
   * @throws DangjianException if the file cannot be read, is larger than {@link ReadLimits#MAX_DOCUMENT_BYTES}, or its
   *     extension names no syntax
   */
  public static Dataset read(Path file) {
    return read(file, RecordKinds.builtIn());
  }

  /**
   * Reads a file holding record kinds of your own beside the library's. JSON and JSON Lines are streamed
   * record by record, with no limit on the file's size (each record is limited to
   * {@link ReadLimits#MAX_DOCUMENT_BYTES}); YAML is read whole, up to that size.
   *
   * @param file a {@code .json}, {@code .jsonl}, {@code .yaml} or {@code .yml} file
   * @param kinds the record kinds it may hold
   * @return the dataset
   * @throws ValidationException naming the file and every problem
   * @throws DangjianException if the file cannot be read, is YAML larger than {@link ReadLimits#MAX_DOCUMENT_BYTES},
   *     or its extension names no syntax
   */
  public static Dataset read(Path file, RecordKinds kinds) {
    java.util.Objects.requireNonNull(file, "file");
    java.util.Objects.requireNonNull(kinds, "kinds");
    if (Files.isDirectory(file)) {
      return readParts(file, kinds);
    }
    if (isLines(file)) {
      return readLines(file, kinds);
    }
    Syntax syntax = syntaxOf(file);
    if (syntax == Syntax.YAML) {
      return read(ReadLimits.readFile(file), file.toString(), syntax, kinds); // readFile takes regular files only
    }
    ReadLimits.requireRegularFile(file);
    ObjectMapper mapper = DangjianJson.jsonMapperForRecords();
    String source = file.toString();
    try {
      java.util.Optional<Dataset> inParts = org.dangjian.core.json.internal.DocumentParts.read(file, kinds, mapper);
      if (inParts.isPresent()) {
        return inParts.get();
      }
    } catch (IOException e) {
      throw cannotRead(file, e);
    }
    try (java.io.InputStream in = Files.newInputStream(file);
        com.fasterxml.jackson.core.JsonParser parser = CheckedTokens.of(mapper.getFactory().createParser(Utf8.validating(in)))) {
      return new DatasetReader(kinds).readDocument(parser, mapper);
    } catch (FormatReader.Stop stop) {
      Problem problem = stop.problem();
      if (!problem.code().equals("syntax-error") && !problem.code().equals("duplicate-field")) {
        problem = JacksonProblems.locateExactly(problem, Locations.find(file, mapper.getFactory(), List.of(problem)));
      }
      throw new ValidationException(List.of(problem.withSource(source)));
    } catch (ValidationException e) {
      // Located by reading the file again for the problems' paths alone: only a file with problems is read twice.
      Map<String, int[]> locations = Locations.find(file, mapper.getFactory(), e.problems());
      throw e.map(problem -> JacksonProblems.locate(problem, locations).withSource(source));
    } catch (IOException | UncheckedIOException e) {
      throw cannotRead(file, e);
    }
  }

  /** @return a refusal of the file's encoding, located, or the exception of a file that could not be read */
  private static RuntimeException cannotRead(Path file, Exception e) {
    Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
    if (cause instanceof Utf8.Malformed malformed) {
      return new ValidationException(List.of(malformed.problemIn(file).withSource(file.toString())));
    }
    return new DangjianException("cannot read " + file + ": " + FileOutput.describe(cause), e);
  }

  /**
   * Reads a folder of partition files — one dataset file per part ({@code .jsonl}, {@code .json},
   * {@code .yaml}), as {@link #writeParts} leaves them — in parallel, and joins them
   * ({@link Dataset#merge}). {@link #read(Path)} does this for a folder.
   *
   * @param folder the folder
   * @param kinds the record kinds the files may hold
   * @return the region
   * @throws ValidationException naming each file and every problem of any of them, or of the parts together
   * @throws DangjianException if the folder cannot be read or holds no dataset file
   */
  public static Dataset readParts(Path folder, RecordKinds kinds) {
    List<Path> files;
    try (java.util.stream.Stream<Path> listed = Files.list(folder)) {
      files = listed.filter(f -> Files.isRegularFile(f) && (isLines(f) || Syntax.ofFileName(f.getFileName().toString()).isPresent()))
          .sorted().toList();
    } catch (IOException e) {
      throw cannotRead(folder, e);
    }
    if (files.isEmpty()) {
      throw new DangjianException(folder + ": holds no dataset file (.jsonl, .json, .yaml)");
    }
    List<Object> read = files.parallelStream().map(f -> {
      try {
        return (Object) read(f, kinds);
      } catch (ValidationException e) {
        return e;
      }
    }).toList();
    List<Problem> problems = new java.util.ArrayList<>();
    List<Dataset> parts = new java.util.ArrayList<>();
    for (Object outcome : read) {
      if (outcome instanceof ValidationException e) {
        problems.addAll(e.problems());
      } else {
        parts.add((Dataset) outcome);
      }
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    try {
      return Dataset.merge(parts);
    } catch (ValidationException e) {
      // The parts are named by their files, in the order read.
      throw e.map(p -> {
        java.util.regex.Matcher part = java.util.regex.Pattern.compile("^parts\\[(\\d+)\\]\\.?(.*)$").matcher(p.path());
        return part.matches() ? Problem.of(part.group(2), p.code(), p.message()).withSource(files.get(Integer.parseInt(part.group(1))).toString())
            : p.withSource(folder.toString());
      });
    }
  }

  /**
   * Writes parts of a region ({@link Dataset#partition}) to a folder, one JSON Lines file per part named
   * after it ({@code 330102.jsonl}; the part named {@code ""} as {@code _.jsonl}), replacing files of those names.
   *
   * @param parts the parts by name
   * @param folder the folder, made if it does not exist
   * @param personalData whether members' national ID and phone numbers are written
   * @throws DangjianException if a file cannot be written
   */
  public static void writeParts(Map<String, Dataset> parts, Path folder, PersonalDataPolicy personalData) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new DangjianException("cannot write " + folder + ": " + e.getMessage(), e);
    }
    parts.forEach((name, part) -> write(part, folder.resolve((name.isEmpty() ? "_" : name) + ".jsonl"), Layout.INDENTED, personalData));
  }

  /**
   * @param file a file name
   * @return whether it names the record-per-line layout ({@code .jsonl} or {@code .ndjson})
   */
  public static boolean isLines(Path file) {
    java.util.Objects.requireNonNull(file, "file");
    Path name = file.getFileName();
    String lower = name == null ? "" : name.toString().toLowerCase(java.util.Locale.ROOT);
    return lower.endsWith(".jsonl") || lower.endsWith(".ndjson");
  }

  /**
   * Reads the record-per-line layout (JSON Lines, {@code .jsonl}): a header line holding {@code schema},
   * {@code region} and {@code activityTypes}, then one record per line wrapped in its kind's element name —
   * {@code {"member": {…}}}, {@code {"activity": {…}}}, {@code {"ledgerEntry": {…}}} — in any order. The
   * document limits apply to each line, so a file of any size is read (memory permitting); a large one in
   * parallel chunks, as {@link #read(Path)} reads it.
   *
   * @param file the file
   * @return the dataset
   * @throws ValidationException naming the file, the line and every problem
   * @throws DangjianException if the file cannot be read
   */
  public static Dataset readLines(Path file) {
    return readLines(file, RecordKinds.builtIn());
  }

  /**
   * Reads a JSON Lines file in chunks with one parser each — in parallel from {@link #PARALLEL_LINES_BYTES} —
   * and, if it has any problem, again one line after another to report each at its line.
   */
  private static Dataset readLines(Path file, RecordKinds kinds) {
    ReadLimits.requireRegularFile(file);
    try {
      int chunks = Files.size(file) >= PARALLEL_LINES_BYTES ? Math.max(1, Runtime.getRuntime().availableProcessors()) : 1;
      java.util.Optional<Dataset> read = org.dangjian.core.json.internal.JsonLines.readInParallel(file, kinds, chunks);
      if (read.isPresent()) {
        return read.get();
      }
    } catch (IOException e) {
      throw cannotRead(file, e);
    }
    try (java.io.Reader in = new java.io.InputStreamReader(Utf8.validating(Files.newInputStream(file)), StandardCharsets.UTF_8)) {
      return readLines(in, file.toString(), kinds);
    } catch (IOException | UncheckedIOException e) {
      throw cannotRead(file, e);
    }
  }

  /**
   * @param in the lines
   * @param source the name problems are reported under
   * @return the dataset
   * @throws ValidationException naming the source, the line and every problem
   */
  public static Dataset readLines(java.io.Reader in, String source) {
    return readLines(in, source, RecordKinds.builtIn());
  }

  /**
   * @param in the lines
   * @param source the name problems are reported under
   * @param kinds the record kinds the lines may hold
   * @return the dataset, holding those kinds
   * @throws ValidationException naming the source, the line and every problem
   */
  public static Dataset readLines(java.io.Reader in, String source, RecordKinds kinds) {
    java.util.Objects.requireNonNull(in, "in");
    java.util.Objects.requireNonNull(source, "source");
    java.util.Objects.requireNonNull(kinds, "kinds");
    return org.dangjian.core.json.internal.JsonLines.read(in, source, kinds);
  }

  /**
   * Writes the record-per-line layout: the header line, then units, organisations, members and every kind's
   * records, one per line, in canonical order.
   *
   * @param dataset a dataset
   * @param personalData whether members' national ID and phone numbers are written
   * @return the lines, each ending with a line break
   */
  public static String writeLines(Dataset dataset, PersonalDataPolicy personalData) {
    java.io.StringWriter out = new java.io.StringWriter();
    org.dangjian.core.json.internal.JsonLines.write(dataset, personalData == PersonalDataPolicy.INCLUDE, out);
    return out.toString();
  }

  /**
   * @param content the document's bytes (UTF-8)
   * @param source the name to report problems under, for example a file or resource name
   * @param syntax JSON or YAML
   * @return the dataset
   * @throws ValidationException naming the source and every problem
   */
  public static Dataset read(byte[] content, String source, Syntax syntax) {
    return read(content, source, syntax, RecordKinds.builtIn());
  }

  /**
   * Reads a dataset holding record kinds of your own beside the library's.
   *
   * @param content the document's bytes (UTF-8)
   * @param source the name to report problems under
   * @param syntax JSON or YAML
   * @param kinds the record kinds the document may hold, for example {@code RecordKinds.builtIn().plus(Notice.KIND)}
   * @return the dataset, holding those kinds
   * @throws ValidationException naming the source and every problem
   */
  public static Dataset read(byte[] content, String source, Syntax syntax, RecordKinds kinds) {
    java.util.Objects.requireNonNull(content, "content");
    java.util.Objects.requireNonNull(source, "source");
    java.util.Objects.requireNonNull(syntax, "syntax");
    java.util.Objects.requireNonNull(kinds, "kinds");
    CheckedTokens.problemBeforeParsing(content, syntax).ifPresent(problem -> {
      throw new ValidationException(List.of(problem.withSource(source)));
    });
    ObjectMapper mapper = DangjianJson.mapper(syntax);
    if (syntax == Syntax.JSON) {
      java.util.Optional<Dataset> inParts = org.dangjian.core.json.internal.DocumentParts.read(content, kinds, mapper);
      if (inParts.isPresent()) {
        return inParts.get();
      }
    }
    try (com.fasterxml.jackson.core.JsonParser parser = CheckedTokens.parser(mapper, content)) {
      return new DatasetReader(kinds).readDocument(parser, mapper);
    } catch (FormatReader.Stop stop) {
      Problem problem = stop.problem();
      if (!problem.code().equals("syntax-error") && !problem.code().equals("duplicate-field")) {
        // Placed at the field, as every other problem is (the parser may stand at the value).
        problem = JacksonProblems.locateExactly(problem, Locations.index(content, mapper.getFactory()));
      }
      throw new ValidationException(List.of(problem.withSource(source)));
    } catch (ValidationException e) {
      Map<String, int[]> locations = Locations.index(content, mapper.getFactory());
      throw e.map(problem -> JacksonProblems.locate(problem, locations).withSource(source));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a dataset from an already parsed document, for example one embedded in a scenario
   * ({@link SourceDocument#embedded}); problems are located in that document.
   *
   * @param document the document
   * @return the dataset
   * @throws ValidationException naming the source and every problem
   */
  public static Dataset read(SourceDocument document) {
    java.util.Objects.requireNonNull(document, "document");
    ObjectMapper mapper = DangjianJson.mapper(document.syntax());
    try (com.fasterxml.jackson.core.JsonParser parser = mapper.treeAsTokens(document.root())) {
      return new DatasetReader(RecordKinds.builtIn()).readDocument(parser, mapper);
    } catch (FormatReader.Stop stop) {
      throw new ValidationException(List.of(document.locate(Problem.of(stop.problem().path(), stop.problem().code(),
          stop.problem().message()))));
    } catch (ValidationException e) {
      throw e.map(document::locate);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads one member event written as in a member's {@code history} — a form submission, or a change in
   * a scenario.
   *
   * @param document the event's document (or {@link SourceDocument#part part} of one)
   * @return the event
   * @throws ValidationException naming the source, the path and what is wrong
   */
  public static org.dangjian.core.member.MemberEvent readEvent(SourceDocument document) {
    if (!document.root().isObject()) {
      throw new ValidationException(List.of(document.locate(Problem.of("", "wrong-type", "expected an event: an object with a \"type\""))));
    }
    try {
      return DangjianJson.mapper(document.syntax()).treeToValue(document.root(), org.dangjian.core.member.MemberEvent.class);
    } catch (JsonProcessingException e) {
      throw new ValidationException(List.of(document.locate(JacksonProblems.of(e))));
    }
  }

  /**
   * @param text the document
   * @param source the name to report problems under
   * @param syntax JSON or YAML
   * @return the dataset
   * @throws ValidationException naming the source and every problem
   */
  public static Dataset read(String text, String source, Syntax syntax) {
    java.util.Objects.requireNonNull(text, "text");
    return read(text.getBytes(StandardCharsets.UTF_8), source, syntax);
  }

  /**
   * @param dataset a dataset
   * @param syntax JSON or YAML
   * @return the document, ending with a line break
   */
  public static String write(Dataset dataset, Syntax syntax) {
    return write(dataset, syntax, Layout.INDENTED);
  }

  /**
   * @param dataset a dataset
   * @param syntax JSON or YAML
   * @param layout how JSON is laid out; YAML ignores it
   * @return the document, ending with a line break
   */
  public static String write(Dataset dataset, Syntax syntax, Layout layout) {
    return write(dataset, syntax, layout, PersonalDataPolicy.OMIT);
  }

  /**
   * @param dataset a dataset
   * @param syntax JSON or YAML
   * @param layout how JSON is laid out; YAML ignores it
   * @param personalData whether members' national ID and phone numbers are written ({@link PersonalDataPolicy#OMIT}
   *     unless the caller must store them)
   * @return the document, ending with a line break
   */
  public static String write(Dataset dataset, Syntax syntax, Layout layout, PersonalDataPolicy personalData) {
    java.util.Objects.requireNonNull(dataset, "dataset");
    java.util.Objects.requireNonNull(syntax, "syntax");
    java.util.Objects.requireNonNull(layout, "layout");
    java.util.Objects.requireNonNull(personalData, "personalData");
    java.io.StringWriter text = new java.io.StringWriter();
    try {
      writeDocument(dataset, syntax, layout, personalData, text);
    } catch (JsonProcessingException e) {
      throw new DangjianException("cannot write the dataset: " + e.getOriginalMessage(), e);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e); // a StringWriter does not fail
    }
    return text.toString();
  }

  /**
   * Streams the document to a writer, record by record (a province's document is more than a string
   * holds), ending it with a line break.
   */
  private static void writeDocument(Dataset dataset, Syntax syntax, Layout layout, PersonalDataPolicy personalData,
      java.io.Writer out) throws java.io.IOException {
    // The generator is laid out once; each value goes through the mapper, which keeps the generator's layout
    // (a writer would start a fresh one for each value) and, in this copy, does not flush after each.
    ObjectMapper mapper = Streaming.MAPPERS.get(syntax);
    com.fasterxml.jackson.databind.ObjectWriter writer = syntax == Syntax.JSON && layout == Layout.RECORD_PER_LINE
        ? mapper.writer(RecordPerLinePrinter.INSTANCE) : mapper.writer();
    LastCharacter tracked = new LastCharacter(out);
    try (com.fasterxml.jackson.core.JsonGenerator generator = writer.createGenerator(tracked)) {
      generator.disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      FormatWriter.writeDocument(dataset, personalData == PersonalDataPolicy.INCLUDE, generator, mapper::writeValue);
    }
    if (tracked.last != '\n') {
      out.write('\n');
    }
  }

  /** The library's mappers, copied not to flush after each value: a document is streamed value by value. */
  private static final class Streaming {
    static final java.util.Map<Syntax, ObjectMapper> MAPPERS = java.util.Map.of(
        Syntax.JSON, noFlush(DangjianJson.mapper(Syntax.JSON)), Syntax.YAML, noFlush(DangjianJson.mapper(Syntax.YAML)));

    private static ObjectMapper noFlush(ObjectMapper mapper) {
      return mapper.copy().disable(com.fasterxml.jackson.databind.SerializationFeature.FLUSH_AFTER_WRITE_VALUE);
    }
  }

  /** Passes text on, remembering its last character. */
  private static final class LastCharacter extends java.io.FilterWriter {
    private int last = -1;

    LastCharacter(java.io.Writer out) {
      super(out);
    }

    @Override
    public void write(int c) throws java.io.IOException {
      out.write(c);
      last = c;
    }

    @Override
    public void write(char[] text, int offset, int length) throws java.io.IOException {
      out.write(text, offset, length);
      if (length > 0) {
        last = text[offset + length - 1];
      }
    }

    @Override
    public void write(String text, int offset, int length) throws java.io.IOException {
      out.write(text, offset, length);
      if (length > 0) {
        last = text.charAt(offset + length - 1);
      }
    }

    @Override
    public void close() throws java.io.IOException {
      flush(); // the target is the caller's to close
    }
  }

  /**
   * @param dataset a dataset
   * @param file a {@code .json}, {@code .jsonl}, {@code .yaml} or {@code .yml} file, replaced if it exists (in one
   *     step: a failure leaves it as it was, see {@link FileOutput})
   * @throws DangjianException if the file cannot be written or its extension names no syntax
   */
  public static void write(Dataset dataset, Path file) {
    write(dataset, file, Layout.INDENTED);
  }

  /**
   * @param dataset a dataset
   * @param file a {@code .json}, {@code .jsonl}, {@code .yaml} or {@code .yml} file, replaced if it exists (in one
   *     step: a failure leaves it as it was, see {@link FileOutput})
   * @param layout how JSON is laid out; YAML ignores it
   * @throws DangjianException if the file cannot be written or its extension names no syntax
   */
  public static void write(Dataset dataset, Path file, Layout layout) {
    write(dataset, file, layout, PersonalDataPolicy.OMIT);
  }

  /**
   * @param dataset a dataset
   * @param file a {@code .json}, {@code .jsonl}, {@code .yaml} or {@code .yml} file, replaced if it exists (in one
   *     step: a failure leaves it as it was, see {@link FileOutput})
   * @param layout how JSON is laid out; YAML ignores it
   * @param personalData whether members' national ID and phone numbers are written
   * @throws DangjianException if the file cannot be written or its extension names no syntax
   */
  public static void write(Dataset dataset, Path file, Layout layout, PersonalDataPolicy personalData) {
    java.util.Objects.requireNonNull(dataset, "dataset");
    java.util.Objects.requireNonNull(file, "file");
    java.util.Objects.requireNonNull(layout, "layout");
    java.util.Objects.requireNonNull(personalData, "personalData");
    if (isLines(file)) {
      FileOutput.replace(file, out -> org.dangjian.core.json.internal.JsonLines.write(dataset, personalData == PersonalDataPolicy.INCLUDE, out));
      return;
    }
    Syntax syntax = syntaxOf(file);
    FileOutput.replace(file, out -> writeDocument(dataset, syntax, layout, personalData, out));
  }

  /** Whether written documents carry members' personal data (national ID and phone numbers). */
  public enum PersonalDataPolicy {
    /** Leave them out: the default, for exports, reports and anything shared. */
    OMIT,
    /** Write them in full: only for storing the records themselves. */
    INCLUDE
  }

  /**
   * Indents the first two levels (the document and its lists) and writes each record on one line.
   */
  static final class RecordPerLinePrinter extends com.fasterxml.jackson.core.util.DefaultPrettyPrinter {
    private static final long serialVersionUID = 1L;
    static final RecordPerLinePrinter INSTANCE = new RecordPerLinePrinter();

    private RecordPerLinePrinter() {
      super();
      Indenter indenter = new Indenter() {
        @Override
        public void writeIndentation(com.fasterxml.jackson.core.JsonGenerator g, int level) throws java.io.IOException {
          if (level <= 2) {
            g.writeRaw('\n');
            for (int i = 0; i < level; i++) {
              g.writeRaw("  ");
            }
          } else {
            g.writeRaw(' ');
          }
        }

        @Override
        public boolean isInline() {
          return false;
        }
      };
      _objectIndenter = indenter;
      _arrayIndenter = indenter;
      _separators = com.fasterxml.jackson.core.util.Separators.createDefaultInstance()
          .withObjectFieldValueSpacing(com.fasterxml.jackson.core.util.Separators.Spacing.AFTER);
      _objectFieldValueSeparatorWithSpaces = ": ";
    }

    @Override
    public void writeEndObject(com.fasterxml.jackson.core.JsonGenerator g, int entries) throws java.io.IOException {
      if (_nesting >= 3) {
        --_nesting;
        g.writeRaw(" }");
      } else {
        super.writeEndObject(g, entries);
      }
    }

    @Override
    public void writeEndArray(com.fasterxml.jackson.core.JsonGenerator g, int values) throws java.io.IOException {
      if (_nesting >= 3) {
        --_nesting;
        g.writeRaw(values > 0 ? " ]" : "]");
      } else {
        super.writeEndArray(g, values);
      }
    }

    @Override
    public RecordPerLinePrinter createInstance() {
      return new RecordPerLinePrinter();
    }
  }

  private static Syntax syntaxOf(Path file) {
    Path name = file.getFileName();
    return Syntax.ofFileName(name == null ? "" : name.toString())
        .orElseThrow(() -> new DangjianException(file + ": cannot tell the syntax; name the file .json, .yaml or .yml (or .jsonl for one record per line)"));
  }
}
