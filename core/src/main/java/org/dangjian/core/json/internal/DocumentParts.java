package org.dangjian.core.json.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.dangjian.core.ValidationException;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.record.RecordKinds;
import org.jspecify.annotations.Nullable;

/**
 * Reads a large JSON document of one record per line — as the library writes it — in two parts at once:
 * cut between two records of a collection near the middle, the first part closed after the record before
 * the cut ({@code …}]}}) and the second opened as the rest of that collection ({@code {"ledger":[…}). Only
 * a document that reads cleanly this way is read so, and only where the parts show the cut was where it
 * was taken to be: the first part's last field is the collection cut, the second part repeats none of the
 * first's fields and holds no header. Otherwise (any problem, another layout) the answer is empty and the
 * caller reads the document in one pass, which reports every problem where it stands. Not API.
 */
public final class DocumentParts {
  /** A document of at least this many bytes (4 MiB) is read in two parts, on a machine of two processors or more. */
  public static final long PARALLEL_BYTES = 4L << 20;
  /** How far past the middle a record line is looked for. */
  private static final int LOOK_AHEAD = 1 << 20;

  private DocumentParts() {}

  /** The document's bytes, by offset. */
  private interface Source {
    long size();

    /** @return the byte at an offset below {@link #size} */
    byte at(long offset) throws IOException;

    /** @return the bytes from {@code from} (inclusive) to {@code to} (exclusive) */
    InputStream stream(long from, long to) throws IOException;
  }

  /** Where the document is cut: the comma after the record before the cut, the next record's line, the collection. */
  private record Cut(long comma, long resume, String collection) {}

  /**
   * @param content a JSON document's bytes, already checked to be UTF-8
   * @param kinds the record kinds it may hold
   * @param mapper the library's JSON mapper
   * @return the dataset, or empty if the document is not read in parts (too small, another layout, a problem)
   */
  public static Optional<Dataset> read(byte[] content, RecordKinds kinds, ObjectMapper mapper) {
    if (content.length > org.dangjian.core.json.ReadLimits.MAX_DOCUMENT_BYTES) {
      return Optional.empty(); // refused whole, as one pass refuses it
    }
    return read(new Source() {
      @Override
      public long size() {
        return content.length;
      }

      @Override
      public byte at(long offset) {
        return content[(int) offset];
      }

      @Override
      public InputStream stream(long from, long to) {
        return new ByteArrayInputStream(content, (int) from, (int) (to - from));
      }
    }, kinds, mapper);
  }

  /**
   * @param file a JSON file
   * @param kinds the record kinds it may hold
   * @param mapper the library's JSON mapper for records
   * @return the dataset, or empty if the file is not read in parts
   * @throws IOException if the file cannot be read
   */
  public static Optional<Dataset> read(Path file, RecordKinds kinds, ObjectMapper mapper) throws IOException {
    try (FileChannel channel = FileChannel.open(file)) {
      long size = channel.size();
      return read(new Source() {
        private final ByteBuffer window = ByteBuffer.allocate(1 << 16);
        private long start = -1;

        @Override
        public long size() {
          return size;
        }

        @Override
        public byte at(long offset) throws IOException {
          if (start < 0 || offset < start || offset >= start + window.limit()) {
            // A window ending at the offset when read backwards, starting at it when read forwards.
            start = Math.max(0, offset < start ? offset - window.capacity() + 1 : offset);
            window.clear();
            while (window.hasRemaining() && channel.read(window, start + window.position()) > 0) {
              // filled as far as the file goes
            }
            window.flip();
          }
          return window.get((int) (offset - start));
        }

        @Override
        public InputStream stream(long from, long to) throws IOException {
          return JsonLines.Bounded.range(file, from, to);
        }
      }, kinds, mapper);
    }
  }

  private static Optional<Dataset> read(Source source, RecordKinds kinds, ObjectMapper mapper) {
    try {
      if (source.size() < PARALLEL_BYTES || org.dangjian.core.parallel.Fanout.defaultParallelism() < 2) {
        return Optional.empty();
      }
      Cut cut = cut(source);
      if (cut == null) {
        return Optional.empty();
      }
      Map<Class<?>, Map<String, Object>> shared = new java.util.concurrent.ConcurrentHashMap<>();
      DatasetReader head = new DatasetReader(kinds, shared);
      DatasetReader tail = new DatasetReader(kinds, shared);
      byte[] opening = ("{\"" + cut.collection() + "\":[").getBytes(StandardCharsets.UTF_8);
      CompletableFuture<List<String>> rest = CompletableFuture.supplyAsync(() -> readPart(tail, mapper,
          () -> new SequenceInputStream(new ByteArrayInputStream(opening), source.stream(cut.resume(), source.size()))));
      List<String> first = readPart(head, mapper,
          () -> new SequenceInputStream(source.stream(0, cut.comma()), new ByteArrayInputStream("]}".getBytes(StandardCharsets.UTF_8))));
      List<String> second = rest.join();
      if (first == null || second == null || !joined(first, second, cut.collection())) {
        return Optional.empty();
      }
      head.absorb(tail);
      return Optional.of(head.finish());
    } catch (ValidationException | CompletionException | UncheckedIOException | IOException e) {
      return Optional.empty(); // read in one pass, which reports it
    }
  }

  /** @return whether the two parts' fields are those of one document cut in the collection: no field twice, no header after */
  private static boolean joined(List<String> first, List<String> second, String collection) {
    if (first.isEmpty() || !first.get(first.size() - 1).equals(collection) || second.isEmpty() || !second.get(0).equals(collection)) {
      return false;
    }
    Set<String> before = new HashSet<>(first);
    for (String field : second.subList(1, second.size())) {
      if (before.contains(field) || DatasetReader.isHeader(field)) {
        return false;
      }
    }
    return true;
  }

  /** Opens a part's bytes. */
  private interface Opener {
    InputStream open() throws IOException;
  }

  private static @Nullable List<String> readPart(DatasetReader reader, ObjectMapper mapper, Opener bytes) {
    try (InputStream in = bytes.open();
        JsonParser parser = CheckedTokens.of(mapper.getFactory().createParser(Utf8.validating(in)))) {
      return reader.readPart(parser, mapper);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * @return where to cut: at the first record line after the middle (four spaces and an object, the line before
   *     ending with the comma after a record), in the collection whose opening line ({@code   "ledger": [}) is
   *     the nearest above it; null if there is none such
   */
  private static @Nullable Cut cut(Source source) throws IOException {
    long size = source.size();
    long middle = size / 2;
    for (long at = middle; at < Math.min(size - 6, middle + LOOK_AHEAD); at++) {
      if (source.at(at) != '\n' || at < 2 || source.at(at - 1) != ',' || source.at(at - 2) != '}'
          || !startsWith(source, at + 1, "    {")) {
        continue;
      }
      String collection = collectionAbove(source, at - 2);
      return collection == null ? null : new Cut(at - 1, at + 1, collection);
    }
    return null;
  }

  /** @return the name on the nearest line above that opens a top-level field's list, or null past a line closing one */
  private static @Nullable String collectionAbove(Source source, long from) throws IOException {
    for (long at = from; at > 0; at--) {
      if (source.at(at) != '\n' || source.at(at + 1) != ' ' || source.at(at + 2) != ' ') {
        continue;
      }
      byte third = source.at(at + 3);
      if (third == '"') {
        StringBuilder name = new StringBuilder();
        long end = at + 4;
        for (byte b; end < from && (b = source.at(end)) != '"' && name.length() < 64; end++) {
          if (!(b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z')) {
            return null;
          }
          name.append((char) b);
        }
        return startsWith(source, end, "\": [\n") && name.length() > 0 ? name.toString() : null;
      }
      if (third != ' ') {
        return null; // a line of two spaces' indent that opens no list (a list closed, another field)
      }
    }
    return null;
  }

  private static boolean startsWith(Source source, long at, String text) throws IOException {
    if (at + text.length() > source.size()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (source.at(at + i) != text.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
