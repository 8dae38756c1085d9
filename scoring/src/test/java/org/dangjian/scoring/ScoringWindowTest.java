package org.dangjian.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.dangjian.core.ValidationException;
import org.dangjian.core.time.ReportingPeriod;
import org.dangjian.rules.ComplianceReport;
import org.junit.jupiter.api.Test;

/** A board is scored for a year, from that year's compliance report and no other. */
class ScoringWindowTest {

  @Test
  void aYearIsScoredFromThatYearsReport() {
    Fixture f = new Fixture();
    f.full("b1");
    ScoringScheme scheme = ScoringEngineTest.oneBlock(ScoringEngineTest.MEETINGS);
    ScoreBoard byYear = ScoringEngine.score(f.dataset(), scheme, Year.of(Fixture.YEAR), f.report());
    assertThat(ScoringEngine.score(f.dataset(), scheme, Fixture.YEAR, f.report())).isEqualTo(byYear);
    assertThat(byYear.cards()).isNotEmpty();
  }

  @Test
  void aReportOfAnotherWindowIsRefused() {
    Fixture f = new Fixture();
    f.full("b1");
    ScoringScheme scheme = ScoringEngineTest.oneBlock(ScoringEngineTest.MEETINGS);
    ComplianceReport quarter = new ComplianceReport("test", ReportingPeriod.parse("2024-Q4"), LocalDate.of(2024, 12, 31), List.of(),
        List.of(), List.of(), List.of());
    ValidationException quarterly = catchThrowableOfType(ValidationException.class,
        () -> ScoringEngine.score(f.dataset(), scheme, Year.of(2024), quarter));
    assertThat(quarterly.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("wrong-window");
      assertThat(p.message()).startsWith("the compliance report covers 2024-Q4, not the year 2024 being scored");
    });
    ValidationException otherYear = catchThrowableOfType(ValidationException.class,
        () -> ScoringEngine.score(f.dataset(), scheme, 2023, f.report()));
    assertThat(otherYear.problems().get(0).code()).isEqualTo("wrong-window");
  }
}
