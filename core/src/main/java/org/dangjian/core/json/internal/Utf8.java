package org.dangjian.core.json.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.dangjian.core.Problem;

/**
 * Strict UTF-8, the one encoding of the project's files (a UTF-8 byte-order mark is allowed): a file in
 * UTF-16, UTF-32 or GB18030, an overlong form ({@code C0 AF} for {@code /}), an encoded surrogate
 * ({@code ED A0 80}) or a cut-off sequence is refused with the line and column of the first wrong byte —
 * Jackson's parsers would read some of these silently and report others by an internal exception's name.
 */
public final class Utf8 {
  private Utf8() {}

  /** A validating stream's refusal: the offset of the first wrong byte and what is wrong. */
  public static final class Malformed extends IOException {
    private static final long serialVersionUID = 1L;
    private final long offset;

    Malformed(long offset, String message) {
      super(message);
      this.offset = offset;
    }

    /**
     * @param file the file the stream read from its start
     * @return the problem, located in the file (which is read again up to the offset to count lines)
     */
    public Problem problemIn(java.nio.file.Path file) {
      try (InputStream in = new java.io.BufferedInputStream(java.nio.file.Files.newInputStream(file))) {
        return Utf8.problem(in, offset, getMessage());
      } catch (IOException e) {
        return Problem.of("", "syntax-error", getMessage());
      }
    }
  }

  /**
   * @param content a document's bytes
   * @return the problem with its encoding, located, if it is not strict UTF-8
   */
  public static Optional<Problem> problemIn(byte[] content) {
    Checker checker = new Checker();
    checker.check(content, 0, content.length);
    checker.finish();
    if (checker.wrong == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(problem(new java.io.ByteArrayInputStream(content), checker.wrongAt, checker.wrong));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // not from bytes in memory
    }
  }

  /**
   * @param in a stream of bytes
   * @return the same bytes, refusing (with {@link Malformed}) at the first that is not strict UTF-8
   */
  public static InputStream validating(InputStream in) {
    return new Validating(in);
  }

  private static Problem problem(InputStream content, long offset, String message) throws IOException {
    int line = 1;
    int column = 1;
    for (long i = 0; i < offset; i++) {
      int b = content.read();
      if (b < 0) {
        break;
      }
      if (b == '\n') {
        line++;
        column = 1;
      } else {
        column++; // in bytes, as the parsers count columns
      }
    }
    return Problem.of("", "syntax-error", message).withLocation(line, column);
  }

  /** The state of a check, carried across buffers. */
  private static final class Checker {
    private long offset;
    private int need;
    private int low = 0x80;
    private int high = 0xBF;
    private @org.jspecify.annotations.Nullable String wrong;
    private long wrongAt;

    void check(byte[] bytes, int from, int to) {
      for (int i = from; i < to && wrong == null; i++, offset++) {
        int b = bytes[i];
        if (need == 0) {
          if (b >= 0) {
            if (b == 0 && offset < 4) {
              fail("the file is not UTF-8 (a zero byte at its start: UTF-16 or UTF-32?); save it as UTF-8");
            }
            continue;
          }
          b &= 0xFF;
          if (offset == 0 && (b == 0xFE || b == 0xFF)) {
            fail("the file is not UTF-8 (it starts with a UTF-16 or UTF-32 byte-order mark); save it as UTF-8");
          } else if (b >= 0xC2 && b <= 0xDF) {
            need = 1;
          } else if (b == 0xE0) {
            need = 2;
            low = 0xA0; // not overlong
          } else if (b == 0xED) {
            need = 2;
            high = 0x9F; // not a surrogate
          } else if (b >= 0xE1 && b <= 0xEF) {
            need = 2;
          } else if (b == 0xF0) {
            need = 3;
            low = 0x90;
          } else if (b >= 0xF1 && b <= 0xF3) {
            need = 3;
          } else if (b == 0xF4) {
            need = 3;
            high = 0x8F; // not beyond U+10FFFF
          } else {
            fail(String.format(java.util.Locale.ROOT, "not UTF-8: byte 0x%02X cannot begin a character"
                + " (is the file in another encoding, such as GB18030? save it as UTF-8)", b));
          }
        } else {
          int c = b & 0xFF;
          if (c < low || c > high) {
            fail(String.format(java.util.Locale.ROOT, "not UTF-8: byte 0x%02X does not continue the character before it"
                + " (an overlong form, an encoded surrogate, or another encoding such as GB18030; save the file as UTF-8)", c));
          }
          low = 0x80;
          high = 0xBF;
          need--;
        }
      }
    }

    void finish() {
      if (wrong == null && need > 0) {
        fail("not UTF-8: the file ends inside a character");
      }
    }

    private void fail(String message) {
      wrong = message;
      wrongAt = offset;
    }
  }

  private static final class Validating extends FilterInputStream {
    private final Checker checker = new Checker();

    Validating(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b < 0) {
        checked(new byte[0], 0, 0, true);
      } else {
        checked(new byte[] {(byte) b}, 0, 1, false);
      }
      return b;
    }

    @Override
    public int read(byte[] bytes, int offset, int length) throws IOException {
      int n = super.read(bytes, offset, length);
      checked(bytes, offset, Math.max(n, 0), n < 0);
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      throw new IOException("a validating stream is read, not skipped");
    }

    private void checked(byte[] bytes, int from, int length, boolean end) throws Malformed {
      checker.check(bytes, from, from + length);
      if (end) {
        checker.finish();
      }
      if (checker.wrong != null) {
        throw new Malformed(checker.wrongAt, checker.wrong);
      }
    }
  }
}
