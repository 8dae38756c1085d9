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
    LocalDate fast = quickly(text);
    if (fast != null) {
      return fast;
    }
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
   * The common case without a formatter: {@code dddd-dd-dd}, a day that exists, within the supported years.
   * Anything else (null here) goes the formatter's way, which gives the same answer and the messages.
   */
  private static @org.jspecify.annotations.Nullable LocalDate quickly(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 7);
    int day = digits(text, 8, 10);
    if (year < ReportingPeriod.MIN_YEAR || year > ReportingPeriod.MAX_YEAR || month < 1 || month > 12 || day < 1
        || day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
      return null;
    }
    return LocalDate.of(year, month, day);
  }

  /** @return the number the ASCII digits from {@code from} to {@code to} spell, or -1 if one is not a digit */
  private static int digits(String text, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /**
   * @param text a month as written, {@code 2024-07}
   * @return the month
   * @throws ValidationException ({@code invalid-date}) saying what is wrong
   */
  public static java.time.YearMonth parseMonth(String text) {
    if (text.length() == 7 && text.charAt(4) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      if (year >= ReportingPeriod.MIN_YEAR && year <= ReportingPeriod.MAX_YEAR && month >= 1 && month <= 12) {
        return java.time.YearMonth.of(year, month);
      }
    }
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
