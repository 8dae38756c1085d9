package org.dangjian.benchmarks.drools;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.testkit.RegionGenerator;
import org.dangjian.testkit.SampleCounty;
import org.dangjian.testkit.baseline.ThreeRulesByHand;
import org.junit.jupiter.api.Test;

/** The DRL decides as the hand-written loops (and so as the engine) do: the comparison is of equals. */
class DroolsThreeRulesTest {
  private static final DroolsThreeRules DROOLS = new DroolsThreeRules();

  @Test
  void theSampleCountyGivesTheHandWrittenFindings() {
    LocalDate yearEnd = LocalDate.of(2024, 12, 31);
    assertThat(DROOLS.evaluate(SampleCounty.dataset(), yearEnd)).hasSize(3)
        .isEqualTo(ThreeRulesByHand.evaluate(SampleCounty.dataset(), yearEnd));
  }

  @Test
  void aGeneratedCountyGivesTheHandWrittenFindings() {
    Dataset county = RegionGenerator.generate(RegionGenerator.Size.COUNTY, 7);
    for (LocalDate asOf : new LocalDate[] {LocalDate.of(2024, 12, 31), LocalDate.of(2024, 7, 15)}) {
      assertThat(DROOLS.evaluate(county, asOf)).as("as of %s", asOf).isNotEmpty().isEqualTo(ThreeRulesByHand.evaluate(county, asOf));
    }
  }
}
