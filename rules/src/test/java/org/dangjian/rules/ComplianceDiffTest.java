package org.dangjian.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.time.ReportingPeriod;
import org.junit.jupiter.api.Test;

class ComplianceDiffTest {
  private static Finding finding(String rule, Severity severity, String subject, String period, String argument) {
    return Finding.builder(rule, severity, OrganisationId.of("b1"), new Subject(Subject.Kind.ORGANISATION, subject), rule,
        new Citation("支部条例", Optional.empty())).period(ReportingPeriod.parse(period)).argument("n", argument).build();
  }

  private static ComplianceReport report(Finding... findings) {
    return new ComplianceReport("x", ReportingPeriod.year(2024), LocalDate.of(2024, 12, 31), List.of(findings), List.of(), List.of(),
        List.of());
  }

  @Test
  void findingsAreMatchedByRuleOrganisationSubjectAndPeriod() {
    Finding same = finding("a", Severity.WARNING, "b1", "2024-01", "1");
    Finding before = finding("b", Severity.NOTICE, "b1", "2024-02", "1");
    Finding after = finding("b", Severity.WARNING, "b1", "2024-02", "1");
    Finding reworded = finding("c", Severity.WARNING, "b1", "2024-03", "2");
    Finding gone = finding("d", Severity.WARNING, "b1", "2024-03", "1");
    Finding otherPeriod = finding("a", Severity.WARNING, "b1", "2024-02", "1");

    ComplianceDiff diff = ComplianceDiff.between(report(same, before, finding("c", Severity.WARNING, "b1", "2024-03", "1"), gone),
        report(same, after, reworded, otherPeriod));

    assertThat(diff.added()).containsExactly(otherPeriod);
    assertThat(diff.removed()).containsExactly(gone);
    assertThat(diff.changed()).extracting(c -> c.to()).containsExactly(after, reworded);
    assertThat(diff.isEmpty()).isFalse();
    assertThat(ComplianceDiff.between(report(same), report(same)).isEmpty()).isTrue();
  }

  @Test
  void equalFindingsUnderOneKeyArePairedOneForOne() {
    Finding twice = finding("a", Severity.WARNING, "b1", "2024-01", "1");

    ComplianceDiff diff = ComplianceDiff.between(report(twice, twice), report(twice));

    assertThat(diff.removed()).hasSize(1);
    assertThat(diff.added()).isEmpty();
    assertThat(ComplianceDiff.between(report(twice), report(twice, twice)).added()).hasSize(1);
  }
}
