package org.dangjian.core.statistics;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dangjian.core.DangjianException;
import org.dangjian.core.json.DangjianJson;
import org.dangjian.core.json.Syntax;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@link StatisticsReport} as JSON (schema {@value #SCHEMA}: every table with its total — where its rows
 * add up to one — and its rows' counts, names and ids) or as CSV (one line a row: table, key, names, count — for a spreadsheet). The same report always gives
 * the same bytes.
 */
public final class StatisticsFormat {

  /** The schema tag of the JSON document. */
  public static final String SCHEMA = "dangjian/statistics@1";

  /** The class-path resource holding the JSON Schema (draft 2020-12) of the document. */
  public static final String SCHEMA_RESOURCE = "/org/dangjian/core/statistics/statistics-1.schema.json";

  /** The CSV's header line. */
  public static final String CSV_HEADER = "table,key,zh,en,count";

  private StatisticsFormat() {}

  @JsonPropertyOrder({"schema", "region", "scope", "year", "asOf", "comparedWith", "tables"})
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Doc(String schema, String region, @Nullable String scope, int year, String asOf, @Nullable Integer comparedWith,
      List<TableDoc> tables) {}

  @JsonPropertyOrder({"table", "labels", "total", "previousTotal", "rows"})
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record TableDoc(String table, Map<String, String> labels, @Nullable Integer total, @Nullable Integer previousTotal, List<RowDoc> rows) {}

  @JsonPropertyOrder({"key", "labels", "count", "previous", "change", "ids"})
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record RowDoc(String key, Map<String, String> labels, int count, @Nullable Integer previous, @Nullable Integer change,
      List<String> ids) {}

  /**
   * @param report a report
   * @return the JSON document, ending with a line break
   */
  public static String json(StatisticsReport report) {
    Objects.requireNonNull(report, "report");
    return document(report, null);
  }

  /**
   * @param report a report
   * @param earlier the same scope's report of an earlier year
   * @return the JSON document with, for each table and row, the earlier year's figure ({@code previousTotal},
   *     {@code previous}) and the change ({@code change}: this year's less the earlier's), ending with a line break
   * @throws IllegalArgumentException if the reports are of different scopes or the earlier is not earlier
   */
  public static String json(StatisticsReport report, StatisticsReport earlier) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(earlier, "earlier");
    requireComparable(report, earlier);
    return document(report, earlier);
  }

  private static String document(StatisticsReport report, @Nullable StatisticsReport earlier) {
    List<TableDoc> tables = report.tables().stream().map(t -> new TableDoc(t.id(), t.labels().asMap(), t.additive() ? t.total() : null,
        earlier == null || !t.additive() ? null : earlier.table(t.id()).total(), t.rows().stream().map(r -> {
          Integer previous = earlier == null ? null : earlier.table(t.id()).count(r.key());
          return new RowDoc(r.key(), r.labels().asMap(), r.count(), previous, previous == null ? null : r.count() - previous, r.ids());
        }).toList())).toList();
    try {
      return DangjianJson.mapper(Syntax.JSON).writeValueAsString(new Doc(SCHEMA, report.region(), report.scope().orElse(null),
          report.year(), report.asOf().toString(), earlier == null ? null : earlier.year(), tables)) + "\n";
    } catch (JsonProcessingException e) {
      throw new DangjianException("cannot write the statistics: " + e.getOriginalMessage(), e);
    }
  }

  /**
   * @param report a report
   * @return the CSV, a header line ({@value #CSV_HEADER}) then one line a row, each line ending with a line break;
   *     a field with a comma or a quote is quoted (RFC 4180)
   */
  public static String csv(StatisticsReport report) {
    Objects.requireNonNull(report, "report");
    return lines(report, null);
  }

  /**
   * @param report a report
   * @param earlier the same scope's report of an earlier year
   * @return the CSV with two more columns, the earlier year's count and the change ({@value #CSV_HEADER}{@code
   *     ,previous,change})
   * @throws IllegalArgumentException if the reports are of different scopes or the earlier is not earlier
   */
  public static String csv(StatisticsReport report, StatisticsReport earlier) {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(earlier, "earlier");
    requireComparable(report, earlier);
    return lines(report, earlier);
  }

  private static String lines(StatisticsReport report, @Nullable StatisticsReport earlier) {
    StringBuilder csv = new StringBuilder(CSV_HEADER).append(earlier == null ? "" : ",previous,change").append('\n');
    for (StatisticsReport.Table table : report.tables()) {
      for (StatisticsReport.Row row : table.rows()) {
        csv.append(field(table.id())).append(',').append(field(row.key())).append(',').append(field(row.labels().zh())).append(',')
            .append(field(row.labels().en())).append(',').append(row.count());
        if (earlier != null) {
          int previous = earlier.table(table.id()).count(row.key());
          csv.append(',').append(previous).append(',').append(row.count() - previous);
        }
        csv.append('\n');
      }
    }
    return csv.toString();
  }

  /**
   * @throws IllegalArgumentException if the reports are of different scopes or the earlier is not earlier
   */
  static void requireComparable(StatisticsReport report, StatisticsReport earlier) {
    if (!report.scope().equals(earlier.scope()) || earlier.year() >= report.year()) {
      throw new IllegalArgumentException("the statistics of " + report.scope().orElse(report.region()) + " in " + report.year()
          + " compare with those of the same scope in an earlier year, not of " + earlier.scope().orElse(earlier.region()) + " in "
          + earlier.year());
    }
  }

  private static String field(String text) {
    return text.contains(",") || text.contains("\"") || text.contains("\n") ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
  }
}
