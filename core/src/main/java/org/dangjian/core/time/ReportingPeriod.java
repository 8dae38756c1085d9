package org.dangjian.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dangjian.core.ValidationException;

/**
 * A reporting period: a year, half-year, quarter, month or ISO week, as an immutable value.
 *
 * <p>Written forms, for {@link #parse(CharSequence)} and {@link #toString()}: {@code 2024}, {@code
 * 2024-H1}, {@code 2024-Q3}, {@code 2024-07} and {@code 2024-W05}. A week belongs to its ISO
 * week-based year, so {@code 2026-W53} exists and starts on 2026-12-28, and 2024-12-30 lies in
 * {@code 2025-W01}.
 *
 * <p>Periods are ordered by their first day, then by their last day, so a month sorts before the
 * quarter that starts with it. Supported years are {@value #MIN_YEAR} to {@value #MAX_YEAR}.
 * Instances are immutable and thread-safe.
 */
public final class ReportingPeriod implements Comparable<ReportingPeriod> {

  /** The earliest year the library accepts. */
  public static final int MIN_YEAR = 1900;
  /** The latest year the library accepts. */
  public static final int MAX_YEAR = 2100;

  private static final Pattern FORM =
      Pattern.compile("(\\d{4})(?:-(?:H(\\d)|Q(\\d)|(\\d{2})|W(\\d{2})))?");
  private static final String FORMS = "2024, 2024-H1, 2024-Q3, 2024-07 or 2024-W05";
  private static final Comparator<ReportingPeriod> ORDER =
      Comparator.comparing(ReportingPeriod::start)
          .thenComparing(ReportingPeriod::end)
          .thenComparing(ReportingPeriod::kind);

  private final PeriodKind kind;
  private final int year;
  private final int index;
  private final LocalDate start;
  private final LocalDate end;

  private ReportingPeriod(PeriodKind kind, int year, int index, LocalDate start, LocalDate end) {
    this.kind = kind;
    this.year = year;
    this.index = index;
    this.start = start;
    this.end = end;
  }

  /**
   * @param year the calendar year
   * @return that year
   */
  public static ReportingPeriod year(int year) {
    return ofIndex(PeriodKind.YEAR, year, 1);
  }

  /**
   * @param year the calendar year
   * @param half 1 (January–June) or 2 (July–December)
   * @return that half-year
   */
  public static ReportingPeriod halfYear(int year, int half) {
    return ofIndex(PeriodKind.HALF_YEAR, year, half);
  }

  /**
   * @param year the calendar year
   * @param quarter 1 to 4
   * @return that quarter
   */
  public static ReportingPeriod quarter(int year, int quarter) {
    return ofIndex(PeriodKind.QUARTER, year, quarter);
  }

  /**
   * @param year the calendar year
   * @param month 1 to 12
   * @return that month
   */
  public static ReportingPeriod month(int year, int month) {
    return ofIndex(PeriodKind.MONTH, year, month);
  }

  /**
   * @param month a year and month
   * @return that month as a reporting period
   */
  public static ReportingPeriod month(YearMonth month) {
    Objects.requireNonNull(month, "month");
    return month(month.getYear(), month.getMonthValue());
  }

  /**
   * @param weekBasedYear the ISO week-based year
   * @param week 1 to 52, or 53 in years that have it
   * @return that ISO week
   */
  public static ReportingPeriod isoWeek(int weekBasedYear, int week) {
    return ofIndex(PeriodKind.WEEK, weekBasedYear, week);
  }

  /**
   * @param kind the kind of period
   * @param date any day
   * @return the period of that kind which contains the day
   */
  public static ReportingPeriod containing(PeriodKind kind, LocalDate date) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(date, "date");
    if (kind == PeriodKind.WEEK) {
      return isoWeek(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
    return ofIndex(kind, date.getYear(), (date.getMonthValue() - 1) / kind.months() + 1);
  }

  /**
   * Reads a period from its written form.
   *
   * @param text {@code 2024}, {@code 2024-H1}, {@code 2024-Q3}, {@code 2024-07} or {@code 2024-W05}
   * @return the period
   * @throws ValidationException ({@code invalid-period}) saying what was expected
   */
  public static ReportingPeriod parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    Matcher form = FORM.matcher(text);
    if (!form.matches()) {
      throw invalid(text, "expected " + FORMS);
    }
    int year = Integer.parseInt(form.group(1));
    try {
      if (form.group(2) != null) {
        return halfYear(year, Integer.parseInt(form.group(2)));
      } else if (form.group(3) != null) {
        return quarter(year, Integer.parseInt(form.group(3)));
      } else if (form.group(4) != null) {
        return month(year, Integer.parseInt(form.group(4)));
      } else if (form.group(5) != null) {
        return isoWeek(year, Integer.parseInt(form.group(5)));
      }
      return year(year);
    } catch (ValidationException e) {
      throw invalid(text, e.problems().get(0).message());
    }
  }

  private static ValidationException invalid(CharSequence text, String why) {
    return ValidationException.of("", "invalid-period", "'" + text + "' is not a reporting period: " + why);
  }

  private static ReportingPeriod ofIndex(PeriodKind kind, int year, int index) {
    Objects.requireNonNull(kind, "kind");
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw ValidationException.of("", "invalid-period",
          "year " + year + " is outside " + MIN_YEAR + "–" + MAX_YEAR);
    }
    if (kind == PeriodKind.WEEK) {
      int weeks = weeksIn(year);
      if (index < 1 || index > weeks) {
        throw ValidationException.of("", "invalid-period",
            "week-based year " + year + " has weeks 1–" + weeks + ", not " + index);
      }
      LocalDate monday = LocalDate.of(year, 1, 4)
          .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, index)
          .with(DayOfWeek.MONDAY);
      return new ReportingPeriod(kind, year, index, monday, monday.plusDays(6));
    }
    if (index < 1 || index > kind.perYear()) {
      throw ValidationException.of("", "invalid-period",
          "a year has " + kind.labelEn() + "s 1–" + kind.perYear() + ", not " + index);
    }
    LocalDate first = LocalDate.of(year, (index - 1) * kind.months() + 1, 1);
    return new ReportingPeriod(kind, year, index, first, first.plusMonths(kind.months()).minusDays(1));
  }

  /** @return 52 or 53: the number of ISO weeks in the week-based year */
  private static int weeksIn(int weekBasedYear) {
    return (int) LocalDate.of(weekBasedYear, 6, 1).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
  }

  /**
   * Every period from {@code first} to {@code last}, both included, in order.
   *
   * @param first the first period
   * @param last the last period, of the same kind and not before {@code first}
   * @return the periods, at least one
   * @throws ValidationException ({@code invalid-range}) if the kinds differ or {@code last} comes first
   */
  public static List<ReportingPeriod> rangeClosed(ReportingPeriod first, ReportingPeriod last) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(last, "last");
    if (first.kind != last.kind) {
      throw ValidationException.of("", "invalid-range",
          "a range needs periods of one kind, not " + first + " and " + last);
    }
    if (last.compareTo(first) < 0) {
      throw ValidationException.of("", "invalid-range", last + " comes before " + first);
    }
    List<ReportingPeriod> periods = new ArrayList<>();
    for (ReportingPeriod p = first; ; p = p.next()) {
      periods.add(p);
      if (p.equals(last)) {
        return List.copyOf(periods);
      }
    }
  }

  /** @return the kind of period */
  public PeriodKind kind() {
    return kind;
  }

  /** @return the calendar year, or for a week its ISO week-based year */
  public int year() {
    return year;
  }

  /** @return the number within the year: half 1–2, quarter 1–4, month 1–12, week 1–53; 1 for a year */
  public int index() {
    return index;
  }

  /** @return the first day */
  public LocalDate start() {
    return start;
  }

  /** @return the last day, included in the period */
  public LocalDate end() {
    return end;
  }

  /** @return the number of days, counting both ends */
  public long lengthInDays() {
    return ChronoUnit.DAYS.between(start, end) + 1;
  }

  /**
   * @param date any day
   * @return whether the day lies within the period, both ends included
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && !date.isAfter(end);
  }

  /** @return the period of the same kind that follows */
  public ReportingPeriod next() {
    return plus(1);
  }

  /** @return the period of the same kind that comes before */
  public ReportingPeriod previous() {
    return plus(-1);
  }

  /**
   * @param periods how many periods to move, negative to go back
   * @return the period that many periods away, of the same kind
   */
  public ReportingPeriod plus(long periods) {
    if (kind == PeriodKind.WEEK) {
      return containing(PeriodKind.WEEK, start.plusWeeks(periods));
    }
    return containing(kind, start.plusMonths(periods * kind.months()));
  }

  /**
   * The periods of a finer kind that make up this one. Weeks are those whose Thursday lies in this
   * period (the ISO rule that assigns a week to a year).
   *
   * @param finer a kind no longer than this one
   * @return the periods, in order
   * @throws ValidationException ({@code invalid-range}) if {@code finer} does not subdivide this kind
   */
  public List<ReportingPeriod> divideInto(PeriodKind finer) {
    if (finer == PeriodKind.WEEK) {
      ReportingPeriod first = containing(PeriodKind.WEEK, start.plusDays(3));
      if (!contains(first.start.plusDays(3))) {
        first = first.next();
      }
      List<ReportingPeriod> weeks = new ArrayList<>();
      for (ReportingPeriod w = first; contains(w.start.plusDays(3)); w = w.next()) {
        weeks.add(w);
      }
      return List.copyOf(weeks);
    }
    if (kind == PeriodKind.WEEK || finer.months() > kind.months()) {
      throw ValidationException.of("", "invalid-range", "a " + kind.labelEn() + " does not divide into "
          + finer.labelEn() + "s");
    }
    return rangeClosed(containing(finer, start), containing(finer, end));
  }

  @Override
  public int compareTo(ReportingPeriod other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(Object other) {
    return this == other
        || other instanceof ReportingPeriod that && kind == that.kind && year == that.year && index == that.index;
  }

  @Override
  public int hashCode() {
    return (kind.ordinal() * 31 + year) * 61 + index;
  }

  /** @return the written form, for example {@code 2024-Q3}; {@link #parse} reads it back */
  @Override
  public String toString() {
    String y = Integer.toString(year);
    return switch (kind) {
      case YEAR -> y;
      case HALF_YEAR -> y + "-H" + index;
      case QUARTER -> y + "-Q" + index;
      case MONTH -> y + (index < 10 ? "-0" : "-") + index;
      case WEEK -> y + (index < 10 ? "-W0" : "-W") + index;
    };
  }
}
