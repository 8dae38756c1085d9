package org.dangjian.core.time;

import org.dangjian.core.Labelled;
import org.dangjian.core.Labels;

/**
 * The length of a {@link ReportingPeriod}. Years, half-years, quarters and months nest; ISO weeks do
 * not nest in them and are assigned to the period that holds their Thursday (the ISO rule).
 */
public enum PeriodKind implements Labelled {
  /** A calendar year, written {@code 2024}. */
  YEAR("年", "year"),
  /** January–June or July–December, written {@code 2024-H1} / {@code 2024-H2}. */
  HALF_YEAR("半年", "half-year"),
  /** A calendar quarter, written {@code 2024-Q3}. */
  QUARTER("季度", "quarter"),
  /** A calendar month, written {@code 2024-07}. */
  MONTH("月", "month"),
  /** An ISO-8601 week (Monday to Sunday) of a week-based year, written {@code 2024-W05}. */
  WEEK("周", "week");

  private final Labels labels;

  PeriodKind(String labelZh, String labelEn) {
    this.labels = new Labels(labelZh, labelEn);
  }

  @Override
  public Labels labels() {
    return labels;
  }

  /** @return how many periods of this kind a year holds; 0 for weeks (52 or 53, by year) */
  int perYear() {
    return switch (this) {
      case YEAR -> 1;
      case HALF_YEAR -> 2;
      case QUARTER -> 4;
      case MONTH -> 12;
      case WEEK -> 0;
    };
  }

  /** @return months per period, for the kinds that are whole months */
  int months() {
    return switch (this) {
      case YEAR -> 12;
      case HALF_YEAR -> 6;
      case QUARTER -> 3;
      case MONTH -> 1;
      case WEEK -> throw new IllegalStateException("weeks are not whole months");
    };
  }
}
