package org.dangjian.cli.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.activity.ActivityType;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.rules.ComplianceReport;
import org.dangjian.rules.Requirement;

/**
 * A branch's year as a grid: one row per kind of activity some rule requires of it, one column per
 * month, each cell saying whether it was held that month, missed (in the last month of a period whose
 * requirement was not met), still due (in the current month, while its period's requirement is open),
 * nothing owed, or not yet reached.
 */
final class Heatmap {

  /** What one cell shows. */
  enum Cell {
    /** At least one was held that month (by the day of evaluation). */
    HELD,
    /** None held in the last month of a period that is over and whose requirement was not met. */
    MISSED,
    /** None held in the current month (the day of evaluation's), and its period's requirement is not met yet. */
    DUE,
    /** None held, and no deadline was missed or is pending in this month. */
    NOT_REQUIRED,
    /** The month begins after the day of evaluation. */
    NOT_YET;

    /** @return the key of its legend text */
    String key() {
      return "demo.cell." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  /** One row: a kind of activity, its twelve cells and how many were held in each month. */
  record Row(ActivityType type, List<Cell> cells, List<Integer> held) {}

  private Heatmap() {}

  /**
   * @param dataset the dataset
   * @param report the year's report
   * @param organisation the branch
   * @return one row per kind of activity required of it in the year, in the standard order of kinds
   */
  static List<Row> of(Dataset dataset, ComplianceReport report, OrganisationId organisation) {
    List<Requirement> requirements = report.requirements().stream().filter(r -> r.organisation().equals(organisation)).toList();
    TreeSet<ActivityType> types = new TreeSet<>();
    requirements.forEach(r -> types.add(r.type()));
    LocalDate asOf = report.asOf();
    int year = report.window().start().getYear();
    // How many of each kind were held in each month of the year by the day: one pass over the records.
    Map<ActivityType, int[]> heldByType = new HashMap<>();
    for (Activity activity : dataset.activitiesOf(organisation)) {
      LocalDate date = activity.date();
      if (date.getYear() == year && !date.isAfter(asOf)) {
        heldByType.computeIfAbsent(activity.type(), k -> new int[13])[date.getMonthValue()]++;
      }
    }
    List<Row> rows = new ArrayList<>();
    for (ActivityType type : types) {
      int[] perMonth = heldByType.getOrDefault(type, new int[13]);
      List<Cell> cells = new ArrayList<>();
      List<Integer> held = new ArrayList<>();
      for (int month = 1; month <= 12; month++) {
        YearMonth yearMonth = YearMonth.of(year, month);
        int count = perMonth[month];
        held.add(count);
        cells.add(cell(requirements, type, yearMonth, count, asOf));
      }
      rows.add(new Row(type, List.copyOf(cells), List.copyOf(held)));
    }
    return rows;
  }

  private static Cell cell(List<Requirement> requirements, ActivityType type, YearMonth month, int held, LocalDate asOf) {
    if (month.atDay(1).isAfter(asOf)) {
      return Cell.NOT_YET;
    }
    if (held > 0) {
      return Cell.HELD;
    }
    for (Requirement requirement : requirements) {
      if (requirement.type().equals(type) && requirement.period().contains(month.atDay(1)) && !requirement.isMet()) {
        boolean over = !requirement.period().end().isAfter(asOf);
        // A missed period shows in its last month, the deadline; an open one in the current month.
        if (over && YearMonth.from(requirement.period().end()).equals(month)) {
          return Cell.MISSED;
        }
        if (!over && YearMonth.from(asOf).equals(month)) {
          return Cell.DUE;
        }
      }
    }
    return Cell.NOT_REQUIRED;
  }
}
