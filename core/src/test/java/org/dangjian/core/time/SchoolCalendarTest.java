package org.dangjian.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.dangjian.core.time.SchoolCalendar.DateRange;
import org.junit.jupiter.api.Test;

/** Working and teaching days at their edges: holidays, make-up days, term ends, a leap day. */
class SchoolCalendarTest {
  private static final SchoolCalendar COUNTY = new SchoolCalendar(
      List.of(new DateRange("秋季学期", LocalDate.of(2024, 9, 1), LocalDate.of(2025, 1, 17)),
          new DateRange("春季学期", LocalDate.of(2024, 2, 26), LocalDate.of(2024, 7, 5))),
      List.of(new DateRange("暑假", LocalDate.of(2024, 7, 6), LocalDate.of(2024, 8, 31))),
      List.of(new DateRange("国庆节", LocalDate.of(2024, 10, 1), LocalDate.of(2024, 10, 7)),
          new DateRange("劳动节", LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 5))),
      List.of(new DateRange("国庆节调休", LocalDate.of(2024, 9, 29), LocalDate.of(2024, 9, 29)),
          new DateRange("国庆节调休", LocalDate.of(2024, 10, 12), LocalDate.of(2024, 10, 12))));

  private static LocalDate day(String text) {
    return LocalDate.parse(text);
  }

  @Test
  void workingDaysAreWeekdaysBesidesPublicHolidaysAndTheMakeUpWeekendDays() {
    assertThat(COUNTY.isWorkingDay(day("2024-09-30"))).as("a Monday").isTrue();
    assertThat(COUNTY.isWorkingDay(day("2024-10-01"))).as("National Day, a Tuesday").isFalse();
    assertThat(COUNTY.isWorkingDay(day("2024-10-07"))).as("the holiday's last day, included").isFalse();
    assertThat(COUNTY.isWorkingDay(day("2024-10-08"))).isTrue();
    assertThat(COUNTY.isWorkingDay(day("2024-09-29"))).as("a make-up Sunday").isTrue();
    assertThat(COUNTY.isWorkingDay(day("2024-10-13"))).as("an ordinary Sunday").isFalse();
    // The week of National Day has one working day; the week after has five (Monday off, Saturday on).
    assertThat(COUNTY.workingDays(ReportingPeriod.parse("2024-W40"))).isEqualTo(1);
    assertThat(COUNTY.workingDays(ReportingPeriod.parse("2024-W41"))).isEqualTo(5);
  }

  @Test
  void teachingDaysAreWorkingDaysInATermOutsideTheSchoolHolidays() {
    assertThat(COUNTY.isTeachingDay(day("2024-02-29"))).as("a leap day in the spring term").isTrue();
    assertThat(COUNTY.isTeachingDay(day("2024-02-23"))).as("the Friday before the term").isFalse();
    assertThat(COUNTY.isTeachingDay(day("2024-07-05"))).as("the term's last day").isTrue();
    assertThat(COUNTY.isTeachingDay(day("2024-07-08"))).as("summer holiday").isFalse();
    assertThat(COUNTY.isWorkingDay(day("2024-07-08"))).as("but a working day for the bureau").isTrue();
    assertThat(COUNTY.isTeachingDay(day("2024-10-12"))).as("a make-up Saturday in term").isTrue();
    assertThat(COUNTY.teachingDays(ReportingPeriod.parse("2024-W28"))).isZero();
    assertThat(COUNTY.teachingDays(ReportingPeriod.parse("2024-W27"))).as("1–5 July").isEqualTo(5);
    assertThat(COUNTY.teachingDays(ReportingPeriod.parse("2024-08"))).isZero();
  }

  @Test
  void anEmptyCalendarCountsEveryWeekday() {
    assertThat(SchoolCalendar.NONE.isEmpty()).isTrue();
    assertThat(SchoolCalendar.NONE.workingDays(ReportingPeriod.parse("2024-W40"))).isEqualTo(5);
    assertThat(SchoolCalendar.NONE.teachingDays(ReportingPeriod.parse("2024-08"))).isEqualTo(22);
  }

  @Test
  void rangesEndOnOrAfterTheyStartAndMakeUpDaysAreWeekendDays() {
    assertThatThrownBy(() -> new DateRange("寒假", LocalDate.of(2024, 2, 25), LocalDate.of(2024, 1, 20)))
        .hasMessageContaining("to: end-before-start");
    assertThat(new DateRange("元旦", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1)).contains(LocalDate.of(2024, 1, 1))).isTrue();
    assertThatThrownBy(() -> new SchoolCalendar(List.of(), List.of(), List.of(),
        List.of(new DateRange("调休", LocalDate.of(2024, 9, 30), LocalDate.of(2024, 9, 30)))))
        .hasMessageContaining("workingDays: invalid-value").hasMessageContaining("2024-09-30 (调休) is a MONDAY");
  }
}
