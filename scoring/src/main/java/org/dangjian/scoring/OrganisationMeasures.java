package org.dangjian.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.supervision.Correction;
import org.dangjian.core.supervision.Inspection;
import org.dangjian.core.time.ReportingPeriod;
import org.dangjian.rules.ComplianceReport;
import org.dangjian.rules.OrganisationSummary;

/**
 * The measures of an organisation's year that both a scheme's evidence and a letter's indicators read —
 * compliance, correction and attendance rates, the inspections' average score — each worked out in one
 * place, as of the compliance report's day, to four places. Immutable; shared by the threads of a run.
 */
final class OrganisationMeasures {
  private final Dataset dataset;
  private final ComplianceReport report;
  private final ReportingPeriod period;
  private final int year;

  OrganisationMeasures(Dataset dataset, ComplianceReport report, int year) {
    this.dataset = dataset;
    this.report = report;
    this.year = year;
    this.period = ReportingPeriod.year(year);
  }

  Dataset dataset() {
    return dataset;
  }

  ComplianceReport report() {
    return report;
  }

  /** @return the organisation, and with {@code subtree} everything beneath it, in tree order */
  List<OrganisationId> withBeneath(OrganisationId org, boolean subtree) {
    return subtree ? dataset.tree().subtree(org).stream().map(Organisation::id).toList() : List.of(org);
  }

  /**
   * @param summary the organisation's summary in the report, if it has one
   * @return the share of required activities held (own, or rolled up with {@code subtree}); nothing required counts as 1
   */
  static Measurement complianceRate(String subject, int year, Optional<OrganisationSummary> summary, boolean subtree) {
    BigDecimal rate = summary.flatMap(s -> subtree ? s.subtreeRate() : s.rate()).orElse(BigDecimal.ONE);
    return Measurement.of(rate, "compliance:" + subject + "@" + year + " (" + rate.toPlainString() + ")");
  }

  /** @return the compliance rate, the organisation's summary looked up in the report */
  Measurement complianceRate(OrganisationId org, boolean subtree) {
    return complianceRate(org.value(), year, report.summaryOf(org), subtree);
  }

  // The evidence of each measure names its subject: the organisation, or the person scored for it (a secretary).

  /**
   * @return of the corrections owed whose deadline falls in the year and by the report's day, the share closed by
   *     the deadline (the deadline itself counts); nothing due counts as 1
   */
  Measurement correctionRate(String subject, OrganisationId org, boolean subtree) {
    LocalDate asOf = report.asOf();
    long due = 0;
    long inTime = 0;
    for (OrganisationId ower : withBeneath(org, subtree)) {
      for (Correction correction : dataset.records(Correction.KIND).by(Correction.BY_ORGANISATION, ower)) {
        if (period.contains(correction.deadline()) && !correction.deadline().isAfter(asOf)) {
          due++;
          inTime += correction.closedBy(correction.deadline()) ? 1 : 0;
        }
      }
    }
    BigDecimal rate = due == 0 ? BigDecimal.ONE : share(inTime, due);
    return Measurement.of(rate, "corrections:" + subject + "@" + year + " (" + inTime + " of " + due + ")");
  }

  /** @return the average score of the scored inspections of the kinds in the year by the report's day; none counts as 0 */
  Measurement inspectionScore(String subject, OrganisationId org, List<String> kinds, boolean subtree) {
    List<BigDecimal> scores = new ArrayList<>();
    for (OrganisationId one : withBeneath(org, subtree)) {
      for (Inspection inspection : dataset.records(Inspection.KIND).by(Inspection.BY_ORGANISATION, one)) {
        if (kinds.contains(inspection.kind().code()) && period.contains(inspection.date()) && !inspection.date().isAfter(report.asOf())) {
          inspection.score().ifPresent(scores::add);
        }
      }
    }
    BigDecimal mean = average(scores);
    return Measurement.of(mean, "inspections:" + subject + "@" + year + " (" + scores.size() + ", " + mean.toPlainString() + ")");
  }

  /** @return of the people recorded at the activities of the types (all when empty) in the year, the share present; none counts as 0 */
  Measurement attendanceRate(String subject, OrganisationId org, List<String> activityTypes, boolean subtree) {
    long present = 0;
    long recorded = 0;
    for (OrganisationId holder : withBeneath(org, subtree)) {
      for (Activity activity : dataset.activitiesOf(holder, period)) {
        if (activityTypes.isEmpty() || activityTypes.contains(activity.type().code())) {
          present += activity.attendees().size();
          recorded += activity.attendees().size() + activity.absentees().size();
        }
      }
    }
    BigDecimal rate = recorded == 0 ? BigDecimal.ZERO : share(present, recorded);
    return Measurement.of(rate, "attendance:" + subject + "@" + year + " (" + present + " of " + recorded + ")");
  }

  /** @return part over whole, to four places, half up */
  static BigDecimal share(long part, long whole) {
    return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP);
  }

  /** @return the mean, to four places, half up; of nothing, 0 */
  static BigDecimal average(List<BigDecimal> values) {
    return values.isEmpty() ? BigDecimal.ZERO
        : values.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(values.size()), 4, RoundingMode.HALF_UP);
  }
}
