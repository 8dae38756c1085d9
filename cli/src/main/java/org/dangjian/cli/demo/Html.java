package org.dangjian.cli.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** A small writer of HTML and SVG text: escaped content, attributes in order, no formatting by locale. */
final class Html {
  private final StringBuilder out = new StringBuilder();

  /** @return the text escaped for content and quoted attributes ({@link org.dangjian.cli.render.Markup#escape}) */
  static String escape(String text) {
    return org.dangjian.cli.render.Markup.escape(text);
  }

  /** @return a rate (0–1) as a percentage with one decimal, for example {@code 97.5%} */
  static String percent(BigDecimal rate) {
    return rate.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
  }

  /** @return a share (0–1) as a percentage without trailing zeros, for example {@code 30%} or {@code 12.5%} */
  static String share(BigDecimal share) {
    return share.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }

  /**
   * Opens an element.
   *
   * @param name the element
   * @param attributes name, value, name, value…; values are escaped
   * @return this
   */
  Html open(String name, Object... attributes) {
    out.append('<').append(name);
    attributes(attributes);
    out.append('>');
    return this;
  }

  /** Writes an element with no content, {@code <rect … />}. */
  Html empty(String name, Object... attributes) {
    out.append('<').append(name);
    attributes(attributes);
    out.append("/>");
    return this;
  }

  /** Writes an element holding escaped text. */
  Html element(String name, String text, Object... attributes) {
    return open(name, attributes).text(text).close(name);
  }

  /** Closes an element. */
  Html close(String name) {
    out.append("</").append(name).append('>');
    return this;
  }

  /** Writes escaped text. */
  Html text(String text) {
    out.append(escape(text));
    return this;
  }

  /** Writes markup as given: only for the project's own constant markup. */
  Html raw(String markup) {
    out.append(markup);
    return this;
  }

  /** Ends a line, for a readable source. */
  Html newline() {
    out.append('\n');
    return this;
  }

  private void attributes(Object... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException("attributes come in name, value pairs");
    }
    for (int i = 0; i < attributes.length; i += 2) {
      out.append(' ').append(attributes[i]).append("=\"").append(escape(String.valueOf(attributes[i + 1]))).append('"');
    }
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
