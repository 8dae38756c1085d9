package org.dangjian.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.time.ReportingPeriod;
import org.junit.jupiter.api.Test;

/** A finding made by its builder: what it holds, its stable id, and what the builder refuses. */
class FindingTest {
  private static Finding.Builder arrears() {
    return Finding.builder("dues-arrears", Severity.VIOLATION, OrganisationId.of("b07"), new Subject(Subject.Kind.MEMBER, "m0513"),
        "dues-arrears.months", Citation.of("党费规定", "第十三条"));
  }

  @Test
  void aFindingHoldsWhatItWasGivenAndIsNamedByItsStableId() {
    Finding finding = arrears().period(ReportingPeriod.year(2024)).since(LocalDate.of(2024, 3, 1)).argument("months", "7")
        .evidence(List.of("member:m0513")).evidence(List.of("dues:pay-3")).build();
    assertThat(finding.id()).isEqualTo("dues-arrears/b07/member:m0513/2024/dues-arrears.months@2024-03-01");
    assertThat(finding.period()).contains(ReportingPeriod.year(2024));
    assertThat(finding.arguments()).containsExactly(java.util.Map.entry("months", "7"));
    assertThat(finding.evidence()).containsExactly("member:m0513", "dues:pay-3");
    assertThat(finding).isEqualTo(arrears().period(ReportingPeriod.year(2024)).since(LocalDate.of(2024, 3, 1))
        .argument("months", "7").evidence(List.of("member:m0513", "dues:pay-3")).build())
        .isNotEqualTo(arrears().build());
    assertThat(finding.toString()).contains(finding.id());
  }

  @Test
  void withoutAPeriodOrAStartTheIdLeavesThemOut() {
    Finding finding = arrears().build();
    assertThat(finding.period()).isEmpty();
    assertThat(finding.since()).isEmpty();
    assertThat(finding.id()).isEqualTo("dues-arrears/b07/member:m0513/dues-arrears.months");
  }

  @Test
  void aFindingNeedsAMessageCode() {
    assertThatThrownBy(() -> arrears().message("").build()).isInstanceOf(IllegalStateException.class)
        .hasMessage("rule dues-arrears made a finding without a message code");
    assertThatThrownBy(() -> arrears().argument("months", null)).isInstanceOf(NullPointerException.class).hasMessage("value");
  }
}
