package org.dangjian.core.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.dangjian.core.ValidationException;
import org.dangjian.core.time.ReportingPeriod;

/** The one way dates are read from files: ISO {@code yyyy-MM-dd}, strict, within the supported years. Not API. */
public final class Dates {
  private Dates() {}

  /**
   * @param text the date as written
   * @return the date
   * @throws ValidationException ({@code invalid-date}) saying what is wrong
   */
  public static LocalDate parse(String text) {
    LocalDate date;
    try {
      date = LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      String shown = text.length() <= 40 ? text : text.substring(0, 37) + "...";
      throw ValidationException.of("", "invalid-date", "'" + shown + "' is not a date of the form 2024-07-01"
          + (Patterns.DAY.matcher(text).matches() ? ": no such day in the calendar" : ""));
    }
    if (date.getYear() < ReportingPeriod.MIN_YEAR || date.getYear() > ReportingPeriod.MAX_YEAR) {
      throw ValidationException.of("", "invalid-date",
          text + " is outside the years " + ReportingPeriod.MIN_YEAR + "–" + ReportingPeriod.MAX_YEAR);
    }
    return date;
  }

  /**
   * @param text a month as written, {@code 2024-07}
   * @return the month
   * @throws ValidationException ({@code invalid-date}) saying what is wrong
   */
  public static java.time.YearMonth parseMonth(String text) {
    if (!Patterns.MONTH.matcher(text).matches()) {
      throw ValidationException.of("", "invalid-date", "'" + (text.length() <= 40 ? text : text.substring(0, 37) + "...")
          + "' is not a month of the form 2024-07");
    }
    java.time.YearMonth month;
    try {
      month = java.time.YearMonth.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      throw ValidationException.of("", "invalid-date", "'" + text + "' is not a month of the form 2024-07: no such month");
    }
    if (month.getYear() < ReportingPeriod.MIN_YEAR || month.getYear() > ReportingPeriod.MAX_YEAR) {
      throw ValidationException.of("", "invalid-date",
          text + " is outside the years " + ReportingPeriod.MIN_YEAR + "–" + ReportingPeriod.MAX_YEAR);
    }
    return month;
  }
}
