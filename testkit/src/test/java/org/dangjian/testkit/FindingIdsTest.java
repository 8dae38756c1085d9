package org.dangjian.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.time.ReportingPeriod;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.ComplianceReport;
import org.dangjian.rules.ComplianceReportFormat;
import org.dangjian.rules.Finding;
import org.dangjian.rules.RuleSetRegistry;
import org.junit.jupiter.api.Test;

/**
 * What a UI needs from the report JSON: a finding's id, unique within its report and the same in every
 * evaluation of the same records; severities and activity types labelled in both languages.
 */
class FindingIdsTest {
  private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);

  private static ComplianceReport evaluate(Dataset dataset, String set) {
    return ComplianceEngine.evaluate(dataset, RuleSetRegistry.standard().resolve(set, AS_OF), ReportingPeriod.year(2024), AS_OF);
  }

  @Test
  void idsAreUniqueInEachReportOfTheSampleCountyAndAGeneratedRegion() {
    for (String set : List.of("cn-national", "county-first-topic", "county-study-training")) {
      for (Dataset dataset : List.of(SampleCounty.dataset(), RegionGenerator.generate(RegionGenerator.Size.COUNTY, 7))) {
        List<String> ids = evaluate(dataset, set).findings().stream().map(Finding::id).toList();
        assertThat(ids).as(set).isNotEmpty().doesNotHaveDuplicates();
      }
    }
  }

  @Test
  void anIdIsMadeFromWhatIdentifiesTheFindingAndStaysTheSameAcrossEvaluations() {
    ComplianceReport first = evaluate(SampleCounty.dataset(), "cn-national");
    ComplianceReport again = evaluate(SampleCounty.dataset(), "cn-national");
    assertThat(again.findings().stream().map(Finding::id).toList()).isEqualTo(first.findings().stream().map(Finding::id).toList());
    Finding finding = first.findings().stream().filter(f -> f.period().isPresent() && f.since().isPresent()).findFirst().orElseThrow();
    assertThat(finding.id()).isEqualTo(finding.ruleId() + "/" + finding.organisation().value() + "/" + finding.subject() + "/"
        + finding.period().get() + "/"
        + finding.messageCode() + "@" + finding.since().get());
    assertThat(ComplianceReportFormat.write(first)).contains("\"id\": \"" + first.findings().get(0).id() + "\",\n      \"rule\": ");
  }

  @Test
  void theReportJsonLabelsSeveritiesAndActivityTypesInBothLanguages() {
    String json = ComplianceReportFormat.write(evaluate(SampleCounty.dataset(), "cn-national"));
    assertThat(json).contains("\"severity\": \"violation\",\n      \"severityLabel\": {\n        \"en\": \"violation\",\n        \"zh\": \"违规\"\n      },")
        .contains("\"severity\": \"warning\",\n      \"severityLabel\": {\n        \"en\": \"warning\",\n        \"zh\": \"警示\"\n      },")
        .contains("\"activityType\": \"branch-committee-meeting\",\n      \"activityTypeLabel\": {\n        \"en\": \"branch committee meeting\",\n"
            + "        \"zh\": \"支部委员会会议\"\n      },");
  }
}
