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
  void theSampleCountyGivesTheSameThreeFindings() {
    LocalDate yearEnd = LocalDate.of(2024, 12, 31);
    assertThat(DROOLS.evaluate(SampleCounty.dataset(), yearEnd)).containsExactly(
        "branch-committee-meeting-monthly organisation:cg1 2024-07",
        "branch-general-meeting-quorum activity:dgcz-gm-2024-05-20 2024-05",
        "dues-arrears member:m0513");
  }

  @Test
  void aGeneratedCountyGivesTheHandWrittenFindings() {
    Dataset county = RegionGenerator.generate(RegionGenerator.Size.COUNTY, 7);
    for (LocalDate asOf : new LocalDate[] {LocalDate.of(2024, 12, 31), LocalDate.of(2024, 7, 15)}) {
      assertThat(DROOLS.evaluate(county, asOf)).as("as of %s", asOf).isNotEmpty().isEqualTo(ThreeRulesByHand.evaluate(county, asOf));
    }
  }
}
