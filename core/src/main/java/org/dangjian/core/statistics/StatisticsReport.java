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
   * @param count how many: the number of ids
   * @param ids the records counted, sorted and distinct ({@code member:m01}, {@code organisation:b1}, {@code
   *     activity:a-1/member:m01}…)
   */
  public record Row(String key, Labels labels, int count, List<String> ids) {
    /**
     * Copies the ids.
     *
     * @throws IllegalArgumentException for a count that is not the number of ids
     */
    public Row {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(labels, "labels");
      ids = List.copyOf(ids);
      if (count != ids.size()) {
        throw new IllegalArgumentException("a row counts its ids: " + count + " for " + ids.size());
      }
    }
  }

  /**
   * A table of rows; each record counted stands in one row of it.
   *
   * @param id the table's id, for example {@code members-by-age}
   * @param labels its title, in Chinese and English
   * @param rows its rows, in the table's order (every band or code, zero or not)
   * @param additive whether the rows are parts of one whole, so that their sum is the table's total; not so for
   *     the development quota's places planned and members admitted
   */
  public record Table(String id, Labels labels, List<Row> rows, boolean additive) {
    /**
     * Copies the rows.
     *
     * @throws IllegalArgumentException for a record counted in two rows
     */
    public Table {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(labels, "labels");
      rows = List.copyOf(rows);
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (Row row : rows) {
        for (String counted : row.ids()) {
          if (!seen.add(counted)) {
            throw new IllegalArgumentException("'" + counted + "' is counted twice in table " + id);
          }
        }
      }
    }

    /**
     * A table whose rows are parts of one whole.
     *
     * @param id the table's id
     * @param labels its title
     * @param rows its rows
     */
    public Table(String id, Labels labels, List<Row> rows) {
      this(id, labels, rows, true);
    }

    /** @return the sum of the rows' counts: the table's total where it is {@linkplain #additive() additive} */
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

  /**
   * The report of a whole made of parts — a city's of its districts', a region's of the parts of its partition
   * ({@code Dataset.partition}): each row the union of the parts' ids, so a record two parts both hold is counted
   * once, and in a table a record the parts count in different rows stands in the first of them — a unit one part
   * covers ({@code own}) and another, which holds only a member working there, does not ({@code none}) is covered.
   *
   * @param region the whole's name
   * @param parts reports of one year, of the same tables
   * @return the whole's report, of no scope
   * @throws IllegalArgumentException for no parts, parts of different years, or tables that do not line up
   */
  public static StatisticsReport sum(String region, List<StatisticsReport> parts) {
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(parts, "parts");
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("a sum of no reports");
    }
    StatisticsReport first = parts.get(0);
    List<Table> tables = new java.util.ArrayList<>();
    for (Table table : first.tables()) {
      java.util.Map<String, Labels> labels = new java.util.LinkedHashMap<>();
      java.util.Map<String, java.util.TreeSet<String>> ids = new java.util.LinkedHashMap<>();
      for (StatisticsReport part : parts) {
        if (part.year() != first.year()) {
          throw new IllegalArgumentException("reports of " + first.year() + " and of " + part.year() + " do not add up");
        }
        Table same = part.tables().stream().filter(t -> t.id().equals(table.id())).findFirst().orElseThrow(() ->
            new IllegalArgumentException("a report without the table '" + table.id() + "'"));
        for (Row row : same.rows()) {
          labels.putIfAbsent(row.key(), row.labels());
          ids.computeIfAbsent(row.key(), k -> new java.util.TreeSet<>()).addAll(row.ids());
        }
      }
      List<Row> rows = new java.util.ArrayList<>();
      java.util.Set<String> placed = new java.util.HashSet<>();
      labels.forEach((key, label) -> {
        List<String> kept = ids.get(key).stream().filter(placed::add).toList();
        rows.add(new Row(key, label, kept.size(), kept));
      });
      tables.add(new Table(table.id(), table.labels(), rows, table.additive()));
    }
    return new StatisticsReport(region, Optional.empty(), first.year(), first.asOf(), tables);
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
