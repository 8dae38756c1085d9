package org.dangjian.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.dangjian.core.ValidationException;

/**
 * A region's school calendar for a span of years, as data: the teaching terms (学期), the school holidays
 * (寒暑假), the public holidays (法定节假日) and the make-up working days (调休上班) the State Council
 * publishes each year. Rules count within it: a school's weekly political study counts <em>teaching
 * weeks</em>, a bureau's daily study hour counts <em>working days</em>.
 *
 * <ul>
 *   <li>A <b>working day</b> is a Monday to Friday that is not a public holiday, or a make-up working day.
 *   <li>A <b>teaching day</b> is a working day inside a term and outside every school holiday.
 * </ul>
 *
 * <p>Every range includes both of its days. A calendar with no ranges at all ({@link #NONE}) knows nothing:
 * every Monday to Friday is a working day, and every working day a teaching day. Immutable.
 *
 * @param terms the teaching terms, in date order
 * @param schoolHolidays the winter and summer holidays (寒暑假) and other school breaks
 * @param publicHolidays the public holidays, on which nobody works
 * @param workingDays weekend days made working days (调休)
 */
public record SchoolCalendar(List<DateRange> terms, List<DateRange> schoolHolidays, List<DateRange> publicHolidays,
    List<DateRange> workingDays) {

  /** The calendar that knows nothing: Monday to Friday are working and teaching days. */
  public static final SchoolCalendar NONE = new SchoolCalendar(List.of(), List.of(), List.of(), List.of());

  /**
   * A named span of days, both included.
   *
   * @param name what it is, for example 寒假 or 2024年秋季学期
   * @param from the first day
   * @param to the last day, not before {@code from}
   */
  public record DateRange(String name, LocalDate from, LocalDate to) {

    /** @throws ValidationException ({@code end-before-start}) when {@code to} comes before {@code from} */
    public DateRange {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      if (to.isBefore(from)) {
        throw ValidationException.of("to", "end-before-start", name + " ends on " + to + ", before it starts on " + from);
      }
    }

    /**
     * @param date a day
     * @return whether the range holds it
     */
    public boolean contains(LocalDate date) {
      return !date.isBefore(from) && !date.isAfter(to);
    }
  }

  /** Copies the lists, sorted by their first day. */
  public SchoolCalendar {
    Objects.requireNonNull(terms, "terms");
    Objects.requireNonNull(schoolHolidays, "schoolHolidays");
    Objects.requireNonNull(publicHolidays, "publicHolidays");
    Objects.requireNonNull(workingDays, "workingDays");
    terms = sorted(terms);
    schoolHolidays = sorted(schoolHolidays);
    publicHolidays = sorted(publicHolidays);
    workingDays = sorted(workingDays);
    for (DateRange day : workingDays) {
      for (LocalDate d = day.from(); !d.isAfter(day.to()); d = d.plusDays(1)) {
        if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
          throw ValidationException.of("workingDays", "invalid-value",
              "a make-up working day (调休) is a Saturday or Sunday; " + d + " (" + day.name() + ") is a " + d.getDayOfWeek());
        }
      }
    }
  }

  private static List<DateRange> sorted(List<DateRange> ranges) {
    List<DateRange> copy = new ArrayList<>(ranges);
    copy.sort(Comparator.comparing(DateRange::from).thenComparing(DateRange::to));
    return List.copyOf(copy);
  }

  /** @return whether the calendar records nothing (every weekday counts) */
  public boolean isEmpty() {
    return terms.isEmpty() && schoolHolidays.isEmpty() && publicHolidays.isEmpty() && workingDays.isEmpty();
  }

  /**
   * @param date a day
   * @return whether people work that day: a weekday that is no public holiday, or a make-up working day
   */
  public boolean isWorkingDay(LocalDate date) {
    if (within(workingDays, date)) {
      return true;
    }
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !within(publicHolidays, date);
  }

  /**
   * @param date a day
   * @return whether schools teach that day: a working day in a term, outside the school holidays (without
   *     recorded terms, every working day)
   */
  public boolean isTeachingDay(LocalDate date) {
    return isWorkingDay(date) && (terms.isEmpty() || within(terms, date)) && !within(schoolHolidays, date);
  }

  /**
   * @param period a reporting period
   * @return its working days
   */
  public int workingDays(ReportingPeriod period) {
    return count(period, this::isWorkingDay);
  }

  /**
   * @param period a reporting period
   * @return its teaching days
   */
  public int teachingDays(ReportingPeriod period) {
    return count(period, this::isTeachingDay);
  }

  private static int count(ReportingPeriod period, java.util.function.Predicate<LocalDate> test) {
    int count = 0;
    for (LocalDate d = period.start(); !d.isAfter(period.end()); d = d.plusDays(1)) {
      if (test.test(d)) {
        count++;
      }
    }
    return count;
  }

  private static boolean within(List<DateRange> ranges, LocalDate date) {
    for (DateRange range : ranges) {
      if (range.contains(date)) {
        return true;
      }
      if (range.from().isAfter(date)) {
        return false; // sorted by first day: no later range can hold it
      }
    }
    return false;
  }
}
