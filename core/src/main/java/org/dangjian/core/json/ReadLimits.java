package org.dangjian.core.json;

import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dangjian.core.DangjianException;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * The limits every reader of the project's formats applies, so that a hostile or broken file is
 * refused early instead of exhausting memory or time:
 *
 * <ul>
 *   <li>a document of more than {@value #MAX_DOCUMENT_BYTES} bytes (512 MiB) is refused before it is
 *       read — a file by its size on disk; a dataset in JSON or JSON Lines is read record by record
 *       instead, and the limit applies to each record (a line, or one element of a collection), so a
 *       dataset file of any size is read;
 *   <li>nesting deeper than {@value #MAX_NESTING_DEPTH} levels (the formats need about ten);
 *   <li>a single string longer than {@value #MAX_STRING_LENGTH} characters (1 Mi);
 *   <li>a number of more than {@value #MAX_NUMBER_LENGTH} digits;
 *   <li>YAML: at most {@value #MAX_YAML_ALIASES} aliases to collections (a "billion laughs" document
 *       is refused), no recursive keys, and the document size above as its code-point limit.
 * </ul>
 *
 * Collections have no limit of their own; the document size bounds them. Polymorphic values (member
 * events) are resolved only by the formats' own closed {@code "type"} names, never by class names.
 */
public final class ReadLimits {
  /** The largest document read, in bytes. */
  public static final int MAX_DOCUMENT_BYTES = 512 * 1024 * 1024;
  /** The deepest nesting of objects and arrays. */
  public static final int MAX_NESTING_DEPTH = 64;
  /** The longest string value or name, in characters. */
  public static final int MAX_STRING_LENGTH = 1024 * 1024;
  /** The longest number, in digits. */
  public static final int MAX_NUMBER_LENGTH = 64;
  /** The most aliases to collections in a YAML document. */
  public static final int MAX_YAML_ALIASES = 20;

  private ReadLimits() {}

  /** @return Jackson's stream constraints set to these limits */
  static StreamReadConstraints streamConstraints() {
    return streamConstraints(MAX_DOCUMENT_BYTES);
  }

  /**
   * @param maxDocumentLength the longest document, or -1 for none (a dataset streamed record by record,
   *     which limits each record instead)
   * @return Jackson's stream constraints set to these limits
   */
  static StreamReadConstraints streamConstraints(long maxDocumentLength) {
    return StreamReadConstraints.builder()
        .maxDocumentLength(maxDocumentLength)
        .maxNestingDepth(MAX_NESTING_DEPTH)
        .maxStringLength(MAX_STRING_LENGTH)
        .maxNumberLength(MAX_NUMBER_LENGTH)
        .maxNameLength(MAX_STRING_LENGTH)
        .build();
  }

  /** @return SnakeYAML's loader options set to these limits */
  static LoaderOptions yamlOptions() {
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(MAX_YAML_ALIASES);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(MAX_NESTING_DEPTH);
    options.setCodePointLimit(MAX_DOCUMENT_BYTES);
    return options;
  }

  /**
   * Reads a whole file, refusing one larger than {@link #MAX_DOCUMENT_BYTES} before reading it.
   *
   * @param file the file
   * @return its bytes
   * @throws DangjianException naming the file if it is too large or cannot be read
   */
  public static byte[] readFile(Path file) {
    java.util.Objects.requireNonNull(file, "file");
    requireRegularFile(file);
    try {
      long size = Files.size(file);
      if (size > MAX_DOCUMENT_BYTES) {
        throw new DangjianException(file + ": " + size + " bytes, more than the " + MAX_DOCUMENT_BYTES
            + " a document may have; split it (for example one county per file)");
      }
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new DangjianException("cannot read " + file + ": " + FileOutput.describe(e), e);
    }
  }

  /**
   * Refuses anything but a regular file (after symbolic links): a device such as {@code /dev/zero}, a named
   * pipe or a socket has no size to check and may never end.
   *
   * @param file a path to read
   * @throws DangjianException naming the path if it does not exist or is not a regular file
   */
  public static void requireRegularFile(Path file) {
    java.util.Objects.requireNonNull(file, "file");
    if (!Files.exists(file)) {
      throw new DangjianException("cannot read " + file + ": no such file");
    }
    if (Files.isDirectory(file)) {
      throw new DangjianException("cannot read " + file + ": a folder, not a file");
    }
    if (!Files.isRegularFile(file)) {
      throw new DangjianException("cannot read " + file + ": not a regular file (a device, a pipe or a socket); only files are read");
    }
  }
}
