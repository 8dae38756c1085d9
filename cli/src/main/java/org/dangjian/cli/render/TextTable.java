package org.dangjian.cli.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table that lines up columns holding Chinese text: CJK characters count as two
 * columns, as terminals draw them.
 */
public final class TextTable {
  private final List<String[]> rows = new ArrayList<>();
  private final boolean[] rightAligned;

  /**
   * @param rightAligned for each column, whether it is right-aligned (numbers)
   */
  public TextTable(boolean... rightAligned) {
    this.rightAligned = rightAligned.clone();
  }

  /**
   * @param cells one text per column
   * @return this table
   */
  public TextTable row(String... cells) {
    if (cells.length != rightAligned.length) {
      throw new IllegalArgumentException("expected " + rightAligned.length + " cells, got " + cells.length);
    }
    rows.add(cells.clone());
    return this;
  }

  /**
   * @param indent spaces before each line
   * @return the table, one line per row, each ending with {@code \n}
   */
  public String render(int indent) {
    int[] widths = new int[rightAligned.length];
    for (String[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        widths[c] = Math.max(widths[c], width(row[c]));
      }
    }
    StringBuilder out = new StringBuilder();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder(" ".repeat(indent));
      for (int c = 0; c < row.length; c++) {
        String pad = " ".repeat(widths[c] - width(row[c]));
        line.append(rightAligned[c] ? pad + row[c] : row[c] + pad);
        if (c < row.length - 1) {
          line.append("  ");
        }
      }
      out.append(line.toString().stripTrailing()).append('\n');
    }
    return out.toString();
  }

  /** @return the width of the text in terminal columns */
  static int width(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      width += isWide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return width;
  }

  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
  }
}
