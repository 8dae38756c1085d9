package org.dangjian.testkit.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.time.ReportingPeriod;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.RuleEntry;
import org.dangjian.rules.RuleSet;
import org.dangjian.testkit.RegionGenerator;
import org.dangjian.testkit.SampleCounty;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The hand-written loops and the engine running the same three rules agree finding for finding. */
class ThreeRulesByHandTest {
  private static final Dataset REGION = RegionGenerator.generate(RegionGenerator.Size.COUNTY, 7);

  private static List<String> engine(Dataset dataset, LocalDate asOf) {
    RuleSet three = ThreeRulesByHand.engineRuleSet(asOf);
    return ComplianceEngine.evaluate(dataset, three, ReportingPeriod.year(asOf.getYear()), asOf).findings().stream()
        .map(f -> String.join(" ", f.ruleId(), f.subject().toString(), f.period().map(ReportingPeriod::toString).orElse("")).strip())
        .sorted().toList();
  }

  @Test
  void theEngineSideHoldsExactlyTheThreeRules() {
    assertThat(ThreeRulesByHand.engineRuleSet(LocalDate.of(2024, 12, 31)).entries()).extracting(RuleEntry::id)
        .containsExactlyInAnyOrderElementsOf(ThreeRulesByHand.RULE_IDS);
  }

  @Test
  void theSampleCountysFindingsAreTheEnginesForTheThreeRules() {
    LocalDate yearEnd = LocalDate.of(2024, 12, 31);
    assertThat(ThreeRulesByHand.evaluate(SampleCounty.dataset(), yearEnd)).containsExactly(
        "branch-committee-meeting-monthly organisation:cg1 2024-07",
        "branch-general-meeting-quorum activity:dgcz-gm-2024-05-20 2024-05",
        "dues-arrears member:m0513");
    assertThat(ThreeRulesByHand.evaluate(SampleCounty.dataset(), yearEnd)).isEqualTo(engine(SampleCounty.dataset(), yearEnd));
  }

  @ParameterizedTest(name = "as of {0}")
  @ValueSource(strings = {"2024-12-31", "2024-06-30", "2024-07-15", "2024-02-29", "2024-01-31"})
  void aGeneratedRegionGivesTheSameFindingsByHandAndByEngine(String day) {
    LocalDate asOf = LocalDate.parse(day);
    List<String> byHand = ThreeRulesByHand.evaluate(REGION, asOf);
    assertThat(byHand).isEqualTo(engine(REGION, asOf));
    if (asOf.getMonthValue() >= 7) {
      // The generator's lapses reach the monthly 支委会 and the dues (it holds no meeting short of its quorum;
      // the sample county's one is checked above).
      assertThat(byHand).as("findings of the generated region by %s", day).anyMatch(f -> f.startsWith("branch-committee-meeting-monthly"));
    }
    if (asOf.getMonthValue() == 12) {
      assertThat(byHand).as("findings of the generated region by %s", day).anyMatch(f -> f.startsWith("dues-arrears"));
    }
  }
}
