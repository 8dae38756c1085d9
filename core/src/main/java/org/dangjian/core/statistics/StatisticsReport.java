package org.dangjian.core.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dangjian.core.Labels;

/**
 * A year's statistics of a scope (党内统计): tables of counted rows, each row with the ids of the records behind
 * it, so that every figure can be drilled down. Figures of state (members, organisations, posts) are as of
 * {@link #asOf()}, 31 December; figures of flow (admissions, transfers, activities) are of the year.
 *
 * @param region the dataset's region, for example 清河县教育系统
 * @param scope the organisation whose subtree is counted, or empty for the whole dataset
 * @param year the year
 * @param asOf the day the state is taken on: the year's last day
 * @param tables the tables, in a fixed order
 */
public record StatisticsReport(String region, Optional<String> scope, int year, LocalDate asOf, List<Table> tables) {

  /**
   * One counted row.
   *
   * @param key the row's code, for example {@code teacher} or {@code 31-35}
   * @param labels its names, in Chinese and English
   * @param count how many
   * @param ids the records counted, sorted ({@code member:m01}, {@code organisation:b1}, {@code activity:a-1}…)
   */
  public record Row(String key, Labels labels, int count, List<String> ids) {
    /** Copies the ids. */
    public Row {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(labels, "labels");
      ids = List.copyOf(ids);
      if (count < 0) {
        throw new IllegalArgumentException("a count is not negative: " + count);
      }
    }
  }

  /**
   * A table of rows.
   *
   * @param id the table's id, for example {@code members-by-age}
   * @param labels its title, in Chinese and English
   * @param rows its rows, in the table's order (every band or code, zero or not)
   */
  public record Table(String id, Labels labels, List<Row> rows) {
    /** Copies the rows. */
    public Table {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(labels, "labels");
      rows = List.copyOf(rows);
    }

    /** @return the sum of the rows' counts */
    public int total() {
      return rows.stream().mapToInt(Row::count).sum();
    }

    /**
     * @param key a row's key
     * @return the row, if the table has one of that key
     */
    public Optional<Row> row(String key) {
      Objects.requireNonNull(key, "key");
      return rows.stream().filter(r -> r.key().equals(key)).findFirst();
    }

    /**
     * @param key a row's key
     * @return its count; 0 for a key the table does not have
     */
    public int count(String key) {
      return row(key).map(Row::count).orElse(0);
    }
  }

  /** Copies the tables. */
  public StatisticsReport {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(asOf, "asOf");
    tables = List.copyOf(tables);
  }

  /**
   * @param id a table's id
   * @return the table
   * @throws IllegalArgumentException for an id the report has no table of
   */
  public Table table(String id) {
    Objects.requireNonNull(id, "id");
    return tables.stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow(() -> new IllegalArgumentException(
        "no table '" + id + "'; the tables are " + tables.stream().map(Table::id).toList()));
  }
}
