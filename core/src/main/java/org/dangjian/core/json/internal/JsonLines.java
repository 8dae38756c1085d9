package org.dangjian.core.json.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.dangjian.core.record.RecordKinds;
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
  private static final Pattern RECORD_PATH = Pattern.compile("^([A-Za-z]+)\\[(\\d+)\\](.*)$");

  private JsonLines() {}

  /**
   * @param in the lines, UTF-8 decoded
   * @param source the name problems are reported under
   * @param kinds the record kinds the lines may hold
   * @return the dataset
   * @throws ValidationException naming the source, the line and every problem
   */
  public static Dataset read(Reader in, String source, RecordKinds kinds) {
    ObjectMapper mapper = DangjianJson.mapper(Syntax.JSON);
    DatasetReader reader = new DatasetReader(kinds);
    List<Problem> problems = new ArrayList<>();
    int headerLine = 0;
    Map<String, IntList> lineOf = new HashMap<>(); // collection → the line of each of its records
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
      int before = reader.problems().size();
      try (com.fasterxml.jackson.core.JsonParser parser = CheckedTokens.of(mapper.createParser(line))) {
        if (headerLine > 0 && isHeader(line)) {
          problems.add(Problem.of("", "duplicate-field", "a second header line; the first is line " + headerLine).withLocation(number, 1));
          continue;
        }
        String collection = reader.readLine(parser, mapper, number);
        if (collection == null) {
          headerLine = number;
        } else {
          lineOf.computeIfAbsent(collection, c -> new IntList()).add(number);
        }
      } catch (FormatReader.Stop stop) {
        Problem problem = stop.problem();
        problems.add(problem.withLocation(number, problem.column() > 0 ? problem.column() : 1));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      int at = number;
      List<Problem> found = reader.problems().subList(before, reader.problems().size());
      found.forEach(p -> problems.add(p.withLocation(at, 1)));
      found.clear();
    }
    if (headerLine == 0 && problems.isEmpty()) {
      problems.add(Problem.of("schema", "missing-field", "the first line must be the header: {\"schema\": \"" + Dataset.SCHEMA
          + "\", \"region\": {…}}").withLocation(1, 1));
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems.stream().map(p -> p.withSource(source)).toList());
    }
    int headerAt = headerLine;
    try {
      return reader.finish();
    } catch (ValidationException e) {
      throw e.map(problem -> locate(problem, lineOf, headerAt).withSource(source));
    }
  }

  /**
   * Reads a file of lines in chunks, one per processor, each on its own thread (chunks start after a line
   * break), and joins what they read in the file's order. Only a file that reads cleanly is read this way:
   * at the first problem of any chunk — or if the header is not the first line — the answer is empty, and
   * the caller reads the file line by line to report every problem at its line.
   *
   * @param file the file
   * @param kinds the record kinds the lines may hold
   * @param chunks how many chunks, at least 1
   * @return the dataset, or empty if the file has a problem
   * @throws IOException if the file cannot be read
   */
  public static java.util.Optional<Dataset> readInParallel(java.nio.file.Path file, RecordKinds kinds, int chunks)
      throws IOException {
    long size = java.nio.file.Files.size(file);
    long[] starts = new long[chunks + 1];
    starts[chunks] = size;
    try (java.nio.channels.FileChannel channel = java.nio.channels.FileChannel.open(file)) {
      for (int c = 1; c < chunks; c++) {
        starts[c] = Math.max(starts[c - 1], lineStartAtOrAfter(channel, size * c / chunks, size));
      }
    }
    ObjectMapper mapper = DangjianJson.jsonMapperForRecords(); // each record is limited, not the file
    Map<Class<?>, Map<String, Object>> shared = new java.util.concurrent.ConcurrentHashMap<>();
    List<java.util.concurrent.CompletableFuture<DatasetReader>> parts = new ArrayList<>();
    for (int c = 0; c < chunks; c++) {
      long from = starts[c];
      long to = starts[c + 1];
      boolean first = c == 0;
      parts.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> readChunk(file, from, to, first, kinds, mapper, shared)));
    }
    List<DatasetReader> readers = new ArrayList<>();
    for (java.util.concurrent.CompletableFuture<DatasetReader> part : parts) {
      DatasetReader reader = part.join();
      if (reader == null) {
        return java.util.Optional.empty();
      }
      readers.add(reader);
    }
    DatasetReader whole = readers.get(0);
    readers.subList(1, readers.size()).forEach(whole::absorb);
    try {
      return java.util.Optional.of(whole.finish());
    } catch (ValidationException e) {
      return java.util.Optional.empty();
    }
  }

  /** @return the offset of the first line that starts at or after {@code offset}: just after a line break */
  private static long lineStartAtOrAfter(java.nio.channels.FileChannel channel, long offset, long size) throws IOException {
    if (offset == 0) {
      return 0;
    }
    java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocate(1 << 16);
    long at = offset - 1;
    while (at < size) {
      buffer.clear();
      int read = channel.read(buffer, at);
      if (read <= 0) {
        break;
      }
      for (int i = 0; i < read; i++) {
        if (buffer.get(i) == '\n') {
          return at + i + 1;
        }
      }
      at += read;
    }
    return size;
  }

  /** @return what one chunk read, with one parser, or null at its first problem (or a header where none belongs) */
  private static @Nullable DatasetReader readChunk(java.nio.file.Path file, long from, long to, boolean first, RecordKinds kinds,
      ObjectMapper mapper, Map<Class<?>, Map<String, Object>> shared) {
    DatasetReader reader = new DatasetReader(kinds, shared);
    try (java.io.InputStream in = Bounded.range(file, from, to);
        com.fasterxml.jackson.core.JsonParser parser = CheckedTokens.of(mapper.getFactory().createParser(Utf8.validating(in)))) {
      return reader.readAllLines(parser, mapper, first) ? reader : null;
    } catch (IOException | UncheckedIOException e) {
      return null; // read again line by line, which reports it
    }
  }

  /** An input stream that ends after a given number of bytes of another. */
  static final class Bounded extends java.io.FilterInputStream {
    private long left;

    Bounded(java.io.InputStream in, long length) {
      super(in);
      this.left = length;
    }

    /**
     * @param file a file
     * @param from the first byte
     * @param to the byte after the last
     * @return the file's bytes from {@code from} to {@code to}
     * @throws IOException if the file cannot be opened or read that far
     */
    static java.io.InputStream range(java.nio.file.Path file, long from, long to) throws IOException {
      java.io.InputStream in = java.nio.file.Files.newInputStream(file);
      try {
        in.skipNBytes(from);
      } catch (IOException e) {
        in.close();
        throw e;
      }
      return new Bounded(in, to - from);
    }

    @Override
    public int read() throws IOException {
      if (left <= 0) {
        return -1;
      }
      int b = super.read();
      if (b >= 0) {
        left--;
      }
      return b;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
      if (left <= 0) {
        return -1;
      }
      int n = super.read(bytes, offset, (int) Math.min(length, left));
      if (n > 0) {
        left -= n;
      }
      return n;
    }
  }

  /** @return whether a line's first field is one of the header's */
  private static boolean isHeader(String line) {
    int quote = line.indexOf('"');
    return line.startsWith("schema\"", quote + 1) || line.startsWith("region\"", quote + 1)
        || line.startsWith("activityTypes\"", quote + 1) || line.startsWith("external\"", quote + 1);
  }

  /** A problem at {@code ledger[5].approver} is on the line of the sixth ledger entry; one at the top, on the header's. */
  private static Problem locate(Problem problem, Map<String, IntList> lineOf, int headerLine) {
    Matcher record = RECORD_PATH.matcher(problem.path());
    if (record.matches()) {
      IntList lines = lineOf.get(record.group(1));
      int index = Integer.parseInt(record.group(2));
      if (lines != null && index < lines.size()) {
        return problem.withLocation(lines.get(index), 1);
      }
    }
    return problem.withLocation(Math.max(headerLine, 1), 1);
  }

  /** A growing list of line numbers, one int each. */
  private static final class IntList {
    private int[] values = new int[16];
    private int size;

    void add(int value) {
      if (size == values.length) {
        values = java.util.Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    int get(int index) {
      return values[index];
    }

    int size() {
      return size;
    }
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
    try {
      // Each record as its own document (not through a tree, which would drop an amount's trailing zeros).
      out.write(compact.writeValueAsString(FormatWriter.header(dataset, personalData)));
      out.write('\n');
      FormatWriter.eachRecord(dataset, personalData, (element, record) -> {
        try {
          out.write(compact.writeValueAsString(Map.of(element, record)));
          out.write('\n');
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
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
