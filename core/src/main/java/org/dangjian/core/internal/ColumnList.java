package org.dangjian.core.internal;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import org.dangjian.core.record.Field;
import org.dangjian.core.record.RecordFormat;
import org.jspecify.annotations.Nullable;

/**
 * An immutable list of records stored as columns, one per field of the records' {@link RecordFormat},
 * each record made again from its row when asked for ({@link #get}). A column holds a field's values in
 * the most compact of a few shapes, chosen from the values themselves:
 * <ul>
 *   <li>one value for every row (a constant: no storage per row);
 *   <li>runs of rows holding one value (the member of a kind ordered by member): each run's first row and
 *       value;
 *   <li>few distinct values (days, members, categories, amounts): a dictionary of the distinct values and
 *       a code per row of one or two bytes, the narrower that holds the dictionary;
 *   <li>values mostly absent (stable ids a source gives now and then): the rows that have one, with their
 *       values;
 *   <li>otherwise the values themselves.
 * </ul>
 * Of these, the one taking the fewest bytes is chosen.
 * A value read back is the very object stored (the dictionary's), so a field's values are as shared as
 * the reader made them, and a record made twice is equal to itself, not identical. Thread-safe. Not API.
 *
 * @param <T> the record type
 */
public final class ColumnList<T> extends AbstractList<T> implements RandomAccess {
  /** A dictionary larger than this share of the rows is not worth its codes: the values are stored as they are. */
  private static final int DICTIONARY_SHARE = 4;

  private final RecordFormat<T> format;
  private final Column[] columns;
  /** The first row of the columns this list holds: a {@linkplain #subList slice} shares its columns. */
  private final int offset;
  private final int size;

  private ColumnList(RecordFormat<T> format, Column[] columns, int offset, int size) {
    this.format = format;
    this.columns = columns;
    this.offset = offset;
    this.size = size;
  }

  /**
   * @param format the records' format, which must give back every record from its fields' values
   * @param records the records, in the list's order
   * @return them as columns
   * @throws IllegalArgumentException if the format does not give back a record equal to the one stored (a
   *     record holding something its format does not write): such a kind cannot be stored as columns
   */
  public static <T> ColumnList<T> of(RecordFormat<T> format, List<T> records) {
    List<Field<T, ?>> fields = format.fields();
    int rows = records.size();
    // The values are read a row at a time, every field of a record while it is at hand, then shaped a column at a time.
    Object[][] values = new Object[fields.size()][rows];
    for (int row = 0; row < rows; row++) {
      T record = records.get(row);
      for (int f = 0; f < values.length; f++) {
        values[f][row] = slot(fields.get(f), record);
      }
    }
    Column[] columns = new Column[fields.size()];
    for (int f = 0; f < columns.length; f++) {
      columns[f] = column(values[f]);
      values[f] = null;
    }
    ColumnList<T> list = new ColumnList<>(format, columns, 0, records.size());
    // The format must give back what it was given: checked on a spread of rows, the first and last among them.
    for (int row = 0; row < records.size(); row += Math.max(1, records.size() / 16)) {
      requireSame(list, records, row);
    }
    if (!records.isEmpty()) {
      requireSame(list, records, records.size() - 1);
    }
    return list;
  }

  private static <T> void requireSame(ColumnList<T> list, List<T> records, int row) {
    T made = list.get(row);
    if (!made.equals(records.get(row))) {
      throw new IllegalArgumentException(list.format + " does not give back the record it was given, so it cannot be "
          + "stored as columns: " + records.get(row) + " came back as " + made);
    }
  }

  /**
   * @param field a field
   * @param record a record
   * @return the record's value of the field as a column holds it: the value, or null for an absent one, an
   *     empty list, a false flag
   */
  static <T> @Nullable Object slot(Field<T, ?> field, T record) {
    Object value = field.valueOf(record);
    return switch (field.mode()) {
      case REQUIRED -> value;
      case OPTIONAL -> ((Optional<?>) value).orElse(null);
      case LIST -> ((List<?>) value).isEmpty() ? null : value;
      case FLAG -> Boolean.TRUE.equals(value) ? Boolean.TRUE : null;
    };
  }

  /** @param values one field's values, by row: null where absent */
  private static Column column(@Nullable Object[] values) {
    int rows = values.length;
    int limit = rows / DICTIONARY_SHARE + 16;
    // One pass over the values: each row's dictionary code while the dictionary is worth keeping, and the counts
    // that choose the shape.
    int[] codes = new int[rows];
    @Nullable Dictionary dictionary = new Dictionary();
    int present = 0;
    int runs = 0;
    for (int row = 0; row < rows; row++) {
      Object value = values[row];
      if (row == 0 || !Objects.equals(value, values[row - 1])) {
        runs++;
      }
      if (value != null) {
        present++;
        if (dictionary != null) {
          codes[row] = dictionary.codeOf(value);
          if (dictionary.size() > limit) {
            dictionary = null; // too many distinct values for a dictionary
          }
        }
      }
    }
    if (runs == 1) {
      return new Constant(values[0]);
    }
    // Bytes per row of each shape, the dictionary's codes the narrowest that hold it; the smallest is taken.
    long plain = 4L * rows;
    // Four-byte codes would cost as much as the values themselves (a reference a row), so a dictionary is at most two bytes a code.
    long coded = dictionary == null || dictionary.size() >= 1 << Character.SIZE ? Long.MAX_VALUE
        : (long) (dictionary.size() < 1 << Byte.SIZE ? 1 : 2) * rows + 4L * dictionary.size();
    long sparse = 8L * present;
    long run = 8L * runs;
    long least = Math.min(Math.min(plain, coded), Math.min(sparse, run));
    if (least == run) {
      int[] starts = new int[runs];
      Object[] held = new Object[runs];
      int next = -1;
      for (int row = 0; row < rows; row++) {
        if (row == 0 || !Objects.equals(values[row], values[row - 1])) {
          starts[++next] = row;
          held[next] = values[row];
        }
      }
      return new Runs(starts, held);
    }
    if (least == sparse) {
      int[] at = new int[present];
      Object[] held = new Object[present];
      int next = 0;
      for (int row = 0; row < rows; row++) {
        if (values[row] != null) {
          at[next] = row;
          held[next++] = values[row];
        }
      }
      return new Sparse(at, held);
    }
    if (least == plain) {
      return new Plain(values);
    }
    Object[] entries = Objects.requireNonNull(dictionary).entries(); // code 0: absent
    if (entries.length <= 1 << Byte.SIZE) {
      byte[] narrow = new byte[rows];
      for (int row = 0; row < rows; row++) {
        narrow[row] = (byte) codes[row];
      }
      return new ByteCodes(entries, narrow);
    }
    char[] narrow = new char[rows];
    for (int row = 0; row < rows; row++) {
      narrow[row] = (char) codes[row];
    }
    return new CharCodes(entries, narrow);
  }

  /**
   * The distinct values of a column and their codes, 1 up in the order first met: open addressing over the
   * values' hashes, a value found by identity first (a reader's values are shared) and then by equality.
   */
  private static final class Dictionary {
    private @Nullable Object[] keys = new Object[64];
    private int[] codes = new int[64];
    private final java.util.ArrayList<Object> entries = new java.util.ArrayList<>();

    /** @return the value's code, given it the next one if it is new */
    int codeOf(Object value) {
      int mask = keys.length - 1;
      for (int at = slotOf(value.hashCode(), keys.length); ; at = (at + 1) & mask) {
        Object key = keys[at];
        if (key == null) {
          entries.add(value);
          keys[at] = value;
          codes[at] = entries.size();
          if (2 * entries.size() > keys.length) {
            grow();
          }
          return entries.size();
        }
        if (key == value || key.equals(value)) {
          return codes[at];
        }
      }
    }

    private void grow() {
      @Nullable Object[] oldKeys = keys;
      int[] oldCodes = codes;
      keys = new Object[oldKeys.length * 2];
      codes = new int[oldKeys.length * 2];
      int mask = keys.length - 1;
      for (int i = 0; i < oldKeys.length; i++) {
        Object key = oldKeys[i];
        if (key != null) {
          int at = slotOf(key.hashCode(), keys.length);
          while (keys[at] != null) {
            at = (at + 1) & mask;
          }
          keys[at] = key;
          codes[at] = oldCodes[i];
        }
      }
    }

    /** @return the first slot to look in: the hash spread by the golden ratio, so that neighbouring hashes part */
    private static int slotOf(int hash, int length) {
      return (hash * 0x9E3779B9) >>> (32 - Integer.numberOfTrailingZeros(length));
    }

    /** @return how many distinct values */
    int size() {
      return entries.size();
    }

    /** @return the values by code, slot 0 (absent) null */
    @Nullable Object[] entries() {
      Object[] byCode = new Object[entries.size() + 1];
      for (int i = 0; i < entries.size(); i++) {
        byCode[i + 1] = entries.get(i);
      }
      return byCode;
    }
  }

  @Override
  public T get(int index) {
    int row = offset + Objects.checkIndex(index, size);
    Object[] slots = new Object[columns.length];
    for (int f = 0; f < columns.length; f++) {
      slots[f] = columns[f].get(row);
    }
    return format.create(new RecordFormat.Values(format, slots));
  }

  /**
   * @return the rows from {@code from} (inclusive) to {@code to} (exclusive), as columns too: a view sharing
   *     these columns, whose {@link #values} read them without making records
   */
  @Override
  public ColumnList<T> subList(int from, int to) {
    Objects.checkFromToIndex(from, to, size);
    return new ColumnList<>(format, columns, offset + from, to - from);
  }

  @Override
  public int size() {
    return size;
  }

  /**
   * @param name a field's name
   * @return that field's values, by row, without making the records: the value, or null where absent (an
   *     empty list, a false flag)
   * @throws IllegalArgumentException if the format has no such field
   */
  public List<@Nullable Object> values(String name) {
    int f = format.indexOf(name);
    if (f < 0) {
      throw new IllegalArgumentException(format + " has no field '" + name + "'");
    }
    return new ColumnView(columns[f], offset, size);
  }

  /**
   * @param position a field's position in the format's fields
   * @return that field's values, by row, as {@link #values(String)}
   */
  public List<@Nullable Object> values(int position) {
    return new ColumnView(columns[Objects.checkIndex(position, columns.length)], offset, size);
  }

  /**
   * @param other a format
   * @return whether these records are stored by that format
   */
  public boolean holds(RecordFormat<?> other) {
    return format == other;
  }

  /** @return each column's shape, in the format's field order ({@code "runs"}, {@code "byte codes"}…): for tests */
  List<String> shapes() {
    return java.util.Arrays.stream(columns).map(Column::shape).toList();
  }

  /** One column's values, as a list. */
  private static final class ColumnView extends AbstractList<@Nullable Object> implements RandomAccess {
    private final Column column;
    private final int offset;
    private final int size;

    ColumnView(Column column, int offset, int size) {
      this.column = column;
      this.offset = offset;
      this.size = size;
    }

    @Override
    public @Nullable Object get(int index) {
      return column.get(offset + Objects.checkIndex(index, size));
    }

    @Override
    public int size() {
      return size;
    }
  }

  /** One field's values, by row. */
  private interface Column {
    @Nullable Object get(int row);

    /** @return the shape's name, in words */
    String shape();
  }

  private record Constant(@Nullable Object value) implements Column {
    @Override
    public String shape() {
      return "constant";
    }

    @Override
    public @Nullable Object get(int row) {
      return value;
    }
  }

  private record Plain(@Nullable Object[] values) implements Column {
    @Override
    public String shape() {
      return "plain";
    }

    @Override
    public @Nullable Object get(int row) {
      return values[row];
    }
  }

  /**
   * Runs of rows holding one value (a kind ordered by member: its member field), each run's first row and
   * value. Reading the rows of a run one after another (a member's entries) finds the run from the last one
   * found, not by a search each time.
   */
  private static final class Runs implements Column {
    private final int[] starts;
    private final @Nullable Object[] values;
    /** The run last found: a hint, checked before use, so a stale value read by another thread is harmless. */
    private int last;

    Runs(int[] starts, @Nullable Object[] values) {
      this.starts = starts;
      this.values = values;
    }

    @Override
    public String shape() {
      return "runs";
    }

    @Override
    public @Nullable Object get(int row) {
      int at = last;
      if (starts[at] > row || (at + 1 < starts.length && starts[at + 1] <= row)) {
        at = java.util.Arrays.binarySearch(starts, row);
        at = at >= 0 ? at : -at - 2;
        last = at;
      }
      return values[at];
    }
  }

  private record Sparse(int[] rows, Object[] values) implements Column {
    @Override
    public String shape() {
      return "sparse";
    }

    @Override
    public @Nullable Object get(int row) {
      int at = java.util.Arrays.binarySearch(rows, row);
      return at < 0 ? null : values[at];
    }
  }

  private record ByteCodes(@Nullable Object[] dictionary, byte[] codes) implements Column {
    @Override
    public String shape() {
      return "byte codes";
    }

    @Override
    public @Nullable Object get(int row) {
      return dictionary[Byte.toUnsignedInt(codes[row])];
    }
  }

  private record CharCodes(@Nullable Object[] dictionary, char[] codes) implements Column {
    @Override
    public String shape() {
      return "char codes";
    }

    @Override
    public @Nullable Object get(int row) {
      return dictionary[codes[row]];
    }
  }
}
