package org.dangjian.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * Writes text for a terminal with every control character that could forge or hide output shown as an
 * escape instead (ESC, U+001B, as the six characters backslash, u, 001B): C0 controls but line feed and tab, a carriage return not ending a
 * line (a CSV line ends with one and a line feed), DEL, C1
 * controls, and the bidirectional overrides and isolates (which reorder what is shown). A name holding an
 * ANSI sequence then cannot clear the screen, colour a line or forge a finding line.
 */
final class TerminalSafeWriter extends FilterWriter {

  TerminalSafeWriter(Writer out) {
    super(out);
  }

  static boolean isUnsafe(int c) {
    return c < 0x20 && c != '\n' && c != '\t' || c >= 0x7F && c <= 0x9F
        || c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F || c == 0x061C;
  }

  /** A carriage return not yet written: kept if a line feed follows (a CSV line end), else shown. */
  private boolean pendingReturn;

  @Override
  public void write(int c) throws IOException {
    if (pendingReturn) {
      pendingReturn = false;
      out.write(c == '\n' ? "\r" : "\\u000D");
    }
    if (c == '\r') {
      pendingReturn = true;
    } else if (isUnsafe(c)) {
      out.write(String.format(Locale.ROOT, "\\u%04X", c));
    } else {
      out.write(c);
    }
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    int from = offset;
    for (int i = offset; i < offset + length; i++) {
      if (isUnsafe(chars[i]) || pendingReturn) {
        out.write(chars, from, i - from);
        write(chars[i]);
        from = i + 1;
      }
    }
    out.write(chars, from, offset + length - from);
  }

  @Override
  public void flush() throws IOException {
    // A carriage return at the very end is held until more comes or the stream closes.
    out.flush();
  }

  @Override
  public void close() throws IOException {
    if (pendingReturn) {
      pendingReturn = false;
      out.write("\\u000D");
    }
    out.close();
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    write(text.toCharArray(), offset, length);
  }
}
