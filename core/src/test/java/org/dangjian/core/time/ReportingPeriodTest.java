package org.dangjian.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.List;
import org.dangjian.core.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReportingPeriodTest {

  @ParameterizedTest
  @CsvSource({
    "2024,      YEAR,      2024-01-01, 2024-12-31",
    "2024-H1,   HALF_YEAR, 2024-01-01, 2024-06-30",
    "2024-H2,   HALF_YEAR, 2024-07-01, 2024-12-31",
    "2024-Q1,   QUARTER,   2024-01-01, 2024-03-31",
    "2024-Q3,   QUARTER,   2024-07-01, 2024-09-30",
    "2024-02,   MONTH,     2024-02-01, 2024-02-29",
    "2023-02,   MONTH,     2023-02-01, 2023-02-28",
    "2024-07,   MONTH,     2024-07-01, 2024-07-31",
    "2024-W05,  WEEK,      2024-01-29, 2024-02-04",
    "2026-W53,  WEEK,      2026-12-28, 2027-01-03",
    "2025-W01,  WEEK,      2024-12-30, 2025-01-05",
  })
  void parsesFormatsAndSpans(String text, PeriodKind kind, LocalDate start, LocalDate end) {
    ReportingPeriod period = ReportingPeriod.parse(text);
    assertThat(period.kind()).isEqualTo(kind);
    assertThat(period.start()).isEqualTo(start);
    assertThat(period.end()).isEqualTo(end);
    assertThat(period).hasToString(text);
    assertThat(period.contains(start)).isTrue();
    assertThat(period.contains(end)).isTrue();
    assertThat(period.contains(start.minusDays(1))).isFalse();
    assertThat(period.contains(end.plusDays(1))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-Q5", "2024-Q0", "2024-H3", "2024-13", "2024-00", "2024-W00", "2025-W53", "2024-W54",
      "24", "2024-7", "2024-q3", " 2024", "2024-", "1899", "2101-01", ""})
  void rejectsWhatIsNotAPeriod(String text) {
    assertThatThrownBy(() -> ReportingPeriod.parse(text))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("'" + text + "' is not a reporting period")
        .satisfies(e -> assertThat(((ValidationException) e).problems().get(0).code()).isEqualTo("invalid-period"));
  }

  @Test
  void yearBoundaries() {
    assertThat(ReportingPeriod.containing(PeriodKind.YEAR, LocalDate.of(2023, 12, 31))).hasToString("2023");
    assertThat(ReportingPeriod.containing(PeriodKind.YEAR, LocalDate.of(2024, 1, 1))).hasToString("2024");
    assertThat(ReportingPeriod.year(2024).lengthInDays()).isEqualTo(366);
    assertThat(ReportingPeriod.year(2023).lengthInDays()).isEqualTo(365);
  }

  @Test
  void quarterAndHalfYearBoundaries() {
    assertThat(ReportingPeriod.containing(PeriodKind.QUARTER, LocalDate.of(2024, 3, 31))).hasToString("2024-Q1");
    assertThat(ReportingPeriod.containing(PeriodKind.QUARTER, LocalDate.of(2024, 4, 1))).hasToString("2024-Q2");
    assertThat(ReportingPeriod.containing(PeriodKind.HALF_YEAR, LocalDate.of(2024, 6, 30))).hasToString("2024-H1");
    assertThat(ReportingPeriod.containing(PeriodKind.HALF_YEAR, LocalDate.of(2024, 7, 1))).hasToString("2024-H2");
  }

  @Test
  void monthEndsAndTheLeapDay() {
    LocalDate leapDay = LocalDate.of(2024, 2, 29);
    assertThat(ReportingPeriod.containing(PeriodKind.MONTH, leapDay)).hasToString("2024-02");
    assertThat(ReportingPeriod.month(2024, 2).end()).isEqualTo(leapDay);
    assertThat(ReportingPeriod.month(2024, 2).contains(LocalDate.of(2024, 3, 1))).isFalse();
    assertThat(ReportingPeriod.month(2024, 1).next().end()).isEqualTo(leapDay);
    assertThat(ReportingPeriod.month(2024, 4).end()).isEqualTo(LocalDate.of(2024, 4, 30));
    assertThat(ReportingPeriod.containing(PeriodKind.WEEK, leapDay)).hasToString("2024-W09");
  }

  @Test
  void isoWeek53AndWeeksAcrossTheYearEnd() {
    assertThat(ReportingPeriod.containing(PeriodKind.WEEK, LocalDate.of(2026, 12, 31))).hasToString("2026-W53");
    assertThat(ReportingPeriod.containing(PeriodKind.WEEK, LocalDate.of(2027, 1, 3))).hasToString("2026-W53");
    assertThat(ReportingPeriod.containing(PeriodKind.WEEK, LocalDate.of(2027, 1, 4))).hasToString("2027-W01");
    assertThat(ReportingPeriod.isoWeek(2026, 53).next()).hasToString("2027-W01");
    assertThat(ReportingPeriod.isoWeek(2025, 52).next()).hasToString("2026-W01");
    assertThat(ReportingPeriod.isoWeek(2027, 1).previous()).hasToString("2026-W53");
    assertThatThrownBy(() -> ReportingPeriod.isoWeek(2025, 53))
        .hasMessageContaining("week-based year 2025 has weeks 1–52, not 53");
  }

  @Test
  void nextAndPreviousCrossYears() {
    assertThat(ReportingPeriod.parse("2024-12").next()).hasToString("2025-01");
    assertThat(ReportingPeriod.parse("2024-Q4").next()).hasToString("2025-Q1");
    assertThat(ReportingPeriod.parse("2024-H2").next()).hasToString("2025-H1");
    assertThat(ReportingPeriod.parse("2024").next()).hasToString("2025");
    assertThat(ReportingPeriod.parse("2025-01").previous()).hasToString("2024-12");
    assertThat(ReportingPeriod.parse("2024-03").plus(-14)).hasToString("2023-01");
  }

  @Test
  void rangesIterateInOrderAndRefuseMixedOrBackwardRanges() {
    List<ReportingPeriod> quarters = ReportingPeriod.rangeClosed(ReportingPeriod.parse("2024-Q3"), ReportingPeriod.parse("2025-Q2"));
    assertThat(quarters).extracting(ReportingPeriod::toString).containsExactly("2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2");
    assertThat(ReportingPeriod.rangeClosed(ReportingPeriod.month(2024, 5), ReportingPeriod.month(2024, 5))).hasSize(1);
    assertThatThrownBy(() -> ReportingPeriod.rangeClosed(ReportingPeriod.month(2024, 5), ReportingPeriod.quarter(2024, 3)))
        .hasMessageContaining("one kind");
    assertThatThrownBy(() -> ReportingPeriod.rangeClosed(ReportingPeriod.month(2024, 5), ReportingPeriod.month(2024, 4)))
        .hasMessageContaining("2024-04 comes before 2024-05");
  }

  @Test
  void dividesIntoFinerPeriodsWithWeeksByTheirThursday() {
    assertThat(ReportingPeriod.year(2024).divideInto(PeriodKind.QUARTER)).extracting(ReportingPeriod::toString)
        .containsExactly("2024-Q1", "2024-Q2", "2024-Q3", "2024-Q4");
    assertThat(ReportingPeriod.quarter(2024, 3).divideInto(PeriodKind.MONTH)).extracting(ReportingPeriod::toString)
        .containsExactly("2024-07", "2024-08", "2024-09");
    assertThat(ReportingPeriod.year(2026).divideInto(PeriodKind.WEEK)).hasSize(53);
    assertThat(ReportingPeriod.year(2025).divideInto(PeriodKind.WEEK)).hasSize(52)
        .first().hasToString("2025-W01");
    // 2024-12-30 .. 2025-01-05 has its Thursday on 2 January, so it belongs to January 2025, not December 2024.
    assertThat(ReportingPeriod.month(2024, 12).divideInto(PeriodKind.WEEK)).last().hasToString("2024-W52");
    assertThat(ReportingPeriod.month(2025, 1).divideInto(PeriodKind.WEEK)).first().hasToString("2025-W01");
    assertThatThrownBy(() -> ReportingPeriod.month(2024, 1).divideInto(PeriodKind.QUARTER))
        .hasMessageContaining("a month does not divide into quarters");
  }

  @Test
  void ordersByStartThenLength() {
    List<ReportingPeriod> sorted = List.of(ReportingPeriod.parse("2024-Q3"), ReportingPeriod.parse("2024-07"),
            ReportingPeriod.parse("2024"), ReportingPeriod.parse("2024-01"))
        .stream().sorted().toList();
    assertThat(sorted).extracting(ReportingPeriod::toString).containsExactly("2024-01", "2024", "2024-07", "2024-Q3");
  }

  @Test
  void everyDayLiesInExactlyTheContainingPeriodOfEachKind() {
    qt().forAll(integers().between(0, 72_000), integers().between(0, PeriodKind.values().length - 1))
        .checkAssert((offset, k) -> {
          LocalDate day = LocalDate.of(1901, 1, 1).plusDays(offset); // 1901 to 2098: a neighbour exists
          PeriodKind kind = PeriodKind.values()[k];
          ReportingPeriod period = ReportingPeriod.containing(kind, day);
          assertThat(period.contains(day)).isTrue();
          assertThat(period.previous().contains(day)).isFalse();
          assertThat(period.next().contains(day)).isFalse();
          assertThat(period.next().start()).isEqualTo(period.end().plusDays(1));
          assertThat(ReportingPeriod.parse(period.toString())).isEqualTo(period);
        });
  }
}
