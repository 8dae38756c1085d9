package org.dangjian.core;

import java.util.Objects;
import java.util.Optional;

/**
 * One thing wrong with some input: where it is, a stable machine-readable code, and a message a
 * person can act on.
 *
 * <p>The {@linkplain #path() path} uses the interchange format's own names, for example {@code
 * members[12].branch} or {@code organisations[3].committee.positions[0].member}; it is empty when
 * the problem concerns the input as a whole. When the input came from a file, the problem also
 * names the {@linkplain #source() source} and, where known, the line and column (both 1-based).
 *
 * <p>Codes are part of the API: they do not change between releases, so callers may branch on them.
 * Messages are English and may be reworded.
 */
public final class Problem {
  private final String path;
  private final String code;
  private final String message;
  private final Optional<String> source;
  private final int line;
  private final int column;

  private Problem(String path, String code, String message, Optional<String> source, int line, int column) {
    this.path = Objects.requireNonNull(path, "path");
    this.code = Objects.requireNonNull(code, "code");
    this.message = Objects.requireNonNull(message, "message");
    this.source = Objects.requireNonNull(source, "source");
    this.line = line;
    this.column = column;
  }

  /**
   * A problem at a path, without a source location.
   *
   * @param path where, in the format's names ({@code members[3].branch}); empty for the whole input
   * @param code the stable code, for example {@code dangling-reference}
   * @param message what is wrong and what was expected
   * @return the problem
   */
  public static Problem of(String path, String code, String message) {
    // Whatever the field, a value that looks like a national ID or phone number is never repeated in full:
    // masked where a message enters, so the copies made by with… and under keep it as it is.
    return new Problem(path, code, org.dangjian.core.internal.Masking.personalData(Objects.requireNonNull(message, "message")),
        Optional.empty(), 0, 0);
  }

  /** @return where, in the format's names; empty for the input as a whole */
  public String path() {
    return path;
  }

  /** @return the stable code */
  public String code() {
    return code;
  }

  /** @return what is wrong and what was expected */
  public String message() {
    return message;
  }

  /** @return the file or resource the input came from, if known */
  public Optional<String> source() {
    return source;
  }

  /** @return the 1-based line in the source, or 0 when unknown */
  public int line() {
    return line;
  }

  /** @return the 1-based column in the source, or 0 when unknown */
  public int column() {
    return column;
  }

  /**
   * @param newSource the file or resource name
   * @return this problem, naming that source
   */
  public Problem withSource(String newSource) {
    return new Problem(path, code, message, Optional.of(newSource), line, column);
  }

  /**
   * @param newLine 1-based line, or 0 when unknown
   * @param newColumn 1-based column, or 0 when unknown
   * @return this problem at that location
   */
  public Problem withLocation(int newLine, int newColumn) {
    return new Problem(path, code, message, source, Math.max(0, newLine), Math.max(0, newColumn));
  }

  /**
   * Places this problem inside a larger structure: {@code name} at prefix {@code units[3]} becomes
   * {@code units[3].name}.
   *
   * @param prefix the path of the enclosing element
   * @return this problem with its path prefixed
   */
  public Problem under(String prefix) {
    String joined;
    if (prefix.isEmpty()) {
      joined = path;
    } else if (path.isEmpty()) {
      joined = prefix;
    } else if (path.startsWith("[")) {
      joined = prefix + path;
    } else {
      joined = prefix + "." + path;
    }
    return new Problem(joined, code, message, source, line, column);
  }

  /**
   * The problem in one line: {@code county.json:12:7: members[3].branch: dangling-reference: ...}.
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    source.ifPresent(s -> {
      text.append(s);
      if (line > 0) {
        text.append(':').append(line);
        if (column > 0) {
          text.append(':').append(column);
        }
      }
      text.append(": ");
    });
    if (!path.isEmpty()) {
      text.append(path).append(": ");
    }
    return text.append(code).append(": ").append(message).toString();
  }

  @Override
  public boolean equals(Object other) {
    return this == other
        || other instanceof Problem that
            && path.equals(that.path)
            && code.equals(that.code)
            && message.equals(that.message)
            && source.equals(that.source)
            && line == that.line
            && column == that.column;
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, code, message, source, line, column);
  }
}
