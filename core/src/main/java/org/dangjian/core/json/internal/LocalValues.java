package org.dangjian.core.json.internal;

import org.jspecify.annotations.Nullable;

/**
 * One reader's own table in front of the {@link SharedValues}: a shared value found again by the characters
 * of its text as the parser holds them, without making a string or looking in the shared (perhaps
 * concurrent) table. A text is only found here if it was read before, so its value is the one the shared
 * table holds for it. One thread at a time. Not API.
 */
final class LocalValues {
  /** The types met so far, and their tables at the same positions: a handful, found by a scan. */
  private Class<?>[] types = new Class<?>[8];
  private Table[] tables = new Table[8];
  private int count;

  /**
   * A format's fields' last shared values and the texts they were read from, by field position (a text is a
   * table's, not to be changed); null where none was read yet.
   *
   * @param texts each field's last text
   * @param values each field's last value
   */
  record Last(char[][] texts, @Nullable Object[] values) {}

  /** Each format's fields' last shared values, kept across the thread's readers (the lines of a stream). */
  private final java.util.Map<org.dangjian.core.record.RecordFormat<?>, Last> lastByFormat = new java.util.IdentityHashMap<>();

  /**
   * @param format a record format
   * @return its fields' last shared values, made on first need
   */
  Last lastOf(org.dangjian.core.record.RecordFormat<?> format) {
    return lastByFormat.computeIfAbsent(format, f -> new Last(new char[f.fields().size()][], new Object[f.fields().size()]));
  }

  /**
   * @param type a shared value's type
   * @return its table, made on first need
   */
  Table of(Class<?> type) {
    for (int i = 0; i < count; i++) {
      if (types[i] == type) {
        return tables[i];
      }
    }
    if (count == types.length) {
      types = java.util.Arrays.copyOf(types, count * 2);
      tables = java.util.Arrays.copyOf(tables, count * 2);
    }
    types[count] = type;
    tables[count] = new Table();
    return tables[count++];
  }

  /** The values of one type, by text: open addressing over the texts' hashes (those of {@link String#hashCode}). */
  static final class Table {
    private String[] texts = new String[64];
    /** Each text's characters, compared with the parser's as arrays. */
    private char[][] chars = new char[64][];
    private Object[] values = new Object[64];
    private int[] hashes = new int[64];
    private int size;

    /**
     * @param chars the parser's characters
     * @param offset where the text begins in them
     * @param length its length
     * @return the hash {@link #find} and {@link #put} take: the text's {@link String#hashCode}
     */
    static int hash(char[] chars, int offset, int length) {
      int hash = 0;
      for (int i = offset, end = offset + length; i < end; i++) {
        hash = 31 * hash + chars[i];
      }
      return hash;
    }

    /**
     * @return the slot of the value kept for the text, or -1 if it was not read before; valid until the next
     *     {@link #put}
     */
    int find(char[] chars, int offset, int length, int hash) {
      int mask = texts.length - 1;
      for (int at = slotOf(hash, texts.length); ; at = (at + 1) & mask) {
        String text = texts[at];
        if (text == null) {
          return -1;
        }
        if (hashes[at] == hash && java.util.Arrays.equals(this.chars[at], 0, this.chars[at].length, chars, offset, offset + length)) {
          return at;
        }
      }
    }

    /** @return the value in a slot {@link #find} or {@link #put} gave */
    Object value(int slot) {
      return values[slot];
    }

    /** @return the characters of the text in a slot {@link #find} or {@link #put} gave (not to be changed) */
    char[] chars(int slot) {
      return chars[slot];
    }

    /**
     * Keeps a value for its text, which {@link #find} did not find.
     *
     * @return its slot, valid until the next put
     */
    int put(String text, Object value, int hash) {
      if (2 * (size + 1) > texts.length) {
        grow();
      }
      size++;
      return insert(text, text.toCharArray(), value, hash);
    }

    private int insert(String text, char[] characters, Object value, int hash) {
      int mask = texts.length - 1;
      int at = slotOf(hash, texts.length);
      while (texts[at] != null) {
        at = (at + 1) & mask;
      }
      texts[at] = text;
      chars[at] = characters;
      values[at] = value;
      hashes[at] = hash;
      return at;
    }

    private void grow() {
      String[] oldTexts = texts;
      char[][] oldChars = chars;
      Object[] oldValues = values;
      int[] oldHashes = hashes;
      texts = new String[oldTexts.length * 2];
      chars = new char[oldTexts.length * 2][];
      values = new Object[oldTexts.length * 2];
      hashes = new int[oldTexts.length * 2];
      for (int i = 0; i < oldTexts.length; i++) {
        if (oldTexts[i] != null) {
          insert(oldTexts[i], oldChars[i], oldValues[i], oldHashes[i]);
        }
      }
    }

    /**
     * The first slot to look in: the hash multiplied by the golden ratio's fraction of 2^32, its top bits taken, so that
     * texts of neighbouring hashes (ids numbered in order, days of a year) do not fill neighbouring slots.
     */
    private static int slotOf(int hash, int length) {
      return (hash * 0x9E3779B9) >>> (32 - Integer.numberOfTrailingZeros(length));
    }
  }
}
