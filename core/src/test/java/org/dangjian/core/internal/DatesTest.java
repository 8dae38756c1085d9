package org.dangjian.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.time.LocalDate;
import java.util.Optional;
import org.dangjian.core.ValidationException;
import org.junit.jupiter.api.Test;

/** The quick path of date reading gives exactly what the strict formatter gives, on dates and on near-dates. */
class DatesTest {

  /** What the formatter-only reading says: the date, or the problem's message. */
  private static String strict(String text) {
    try {
      LocalDate date = LocalDate.parse(text);
      return date.getYear() < 1900 || date.getYear() > 2100 ? "out of range" : date.toString();
    } catch (java.time.format.DateTimeParseException e) {
      return "invalid";
    }
  }

  private static String quick(String text) {
    try {
      return Dates.parse(text).toString();
    } catch (ValidationException e) {
      return e.getMessage().contains("outside the years") ? "out of range" : "invalid";
    }
  }

  @Test
  void theQuickPathAgreesWithTheFormatterOnEveryShapeOfDate() {
    qt().withExamples(20_000).forAll(integers().between(1850, 2150), integers().between(0, 13), integers().between(0, 32))
        .checkAssert((y, m, d) -> {
          String text = String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", y, m, d);
          assertThat(quick(text)).as(text).isEqualTo(strict(text));
        });
    qt().withExamples(5_000).forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 12)).checkAssert(text ->
        assertThat(quick(text)).as(text).isEqualTo(strict(text)));
  }

  @Test
  void edgesOfTheCalendarAndTheRange() {
    assertThat(Dates.parse("2024-02-29")).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(quick("2023-02-29")).isEqualTo("invalid");
    assertThat(quick("2100-02-29")).as("2100 is no leap year").isEqualTo("invalid");
    assertThat(quick("1900-01-01")).isEqualTo("1900-01-01");
    assertThat(quick("1899-12-31")).isEqualTo("out of range");
    assertThat(quick("2024-7-01")).isEqualTo("invalid");
    assertThat(quick("２０２４-07-01")).as("full-width digits").isEqualTo(strict("２０２４-07-01"));
    assertThat(Optional.of(quick("2024-06-31"))).contains("invalid");
  }

  @Test
  void monthsAreReadQuicklyWithinTheRangeAndRefusedOutsideIt() {
    assertThat(Dates.parseMonth("2024-02")).isEqualTo(java.time.YearMonth.of(2024, 2));
    assertThat(Dates.parseMonth("1900-01")).isEqualTo(java.time.YearMonth.of(1900, 1));
    assertThat(Dates.parseMonth("2100-12")).isEqualTo(java.time.YearMonth.of(2100, 12));
    for (String bad : new String[] {"2024-00", "2024-13", "1899-12", "2101-01", "2024-1", "２０２４-01", "2024/01", "24-01"}) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> Dates.parseMonth(bad)).as(bad)
          .isInstanceOf(ValidationException.class).hasMessageContaining("invalid-date");
    }
  }
}
