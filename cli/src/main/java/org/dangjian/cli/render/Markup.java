package org.dangjian.cli.render;

import java.util.Locale;

/** Text made safe for HTML and XML, the demo's report and the JUnit report alike. */
public final class Markup {
  private Markup() {}

  /**
   * @param text any text
   * @return it with {@code & < > " '} escaped, safe in content and in quoted attributes, and with the
   *     characters XML 1.0 cannot hold (controls other than tab and line ends, U+FFFE, U+FFFF) shown as
   *     {@code \}{@code uXXXX} text
   */
  public static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
            escaped.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
          } else {
            escaped.append(c);
          }
        }
      }
    }
    return escaped.toString();
  }
}
