package org.dangjian.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.dangjian.core.assessment.ReportGrade;
import org.dangjian.core.governance.DutyReport;
import org.dangjian.core.governance.GroupRating;
import org.dangjian.core.governance.RaterGroup;

/**
 * The ratings of a leader's reports counted for {@link Evidence.ReportRatings}, group by group: how many
 * raters and the sum of their grades' values. The mean is worked out exactly and rounded once, to four
 * places, half up.
 */
final class RatingTally {
  private final Evidence.ReportRatings evidence;
  private final Map<RaterGroup, long[]> raters = new EnumMap<>(RaterGroup.class);
  private final Map<RaterGroup, BigDecimal> sums = new EnumMap<>(RaterGroup.class);

  RatingTally(Evidence.ReportRatings evidence) {
    this.evidence = evidence;
  }

  /** Counts {@code count} raters of a group who gave a grade, if the group and the grade count. */
  void add(RaterGroup group, ReportGrade grade, int count) {
    BigDecimal value = evidence.values().get(grade);
    if (count == 0 || value == null || !evidence.counts(group)) {
      return;
    }
    raters.computeIfAbsent(group, g -> new long[1])[0] += count;
    sums.merge(group, value.multiply(BigDecimal.valueOf(count)), BigDecimal::add);
  }

  /** Counts every group rating of a report. */
  void add(DutyReport report) {
    for (GroupRating rating : report.ratings()) {
      for (ReportGrade grade : ReportGrade.values()) {
        add(rating.group(), grade, rating.count(grade));
      }
    }
  }

  /**
   * @return without weights, the sum over every rater counted divided by their number; with weights, the
   *     groups' means weighted, over the weights of the groups that rated; 0 when nobody counted rated
   */
  BigDecimal mean() {
    if (raters.isEmpty()) {
      return BigDecimal.ZERO;
    }
    if (evidence.weights().isEmpty()) {
      long count = raters.values().stream().mapToLong(c -> c[0]).sum();
      BigDecimal sum = sums.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      return sum.divide(BigDecimal.valueOf(count), 4, RoundingMode.HALF_UP);
    }
    // Σ w·sum/n over Σ w, as one fraction: every term brought over the product of the groups' counts.
    BigDecimal product = BigDecimal.ONE;
    for (long[] count : raters.values()) {
      product = product.multiply(BigDecimal.valueOf(count[0]));
    }
    BigDecimal numerator = BigDecimal.ZERO;
    BigDecimal weights = BigDecimal.ZERO;
    for (Map.Entry<RaterGroup, long[]> group : raters.entrySet()) {
      BigDecimal weight = evidence.weights().get(group.getKey());
      BigDecimal others = product.divide(BigDecimal.valueOf(group.getValue()[0]));
      numerator = numerator.add(weight.multiply(sums.get(group.getKey())).multiply(others));
      weights = weights.add(weight);
    }
    return weights.signum() == 0 ? BigDecimal.ZERO : numerator.divide(weights.multiply(product), 4, RoundingMode.HALF_UP);
  }

  /** @return the raters counted: their number, or with more than one group each group's, by code */
  @Override
  public String toString() {
    if (raters.size() <= 1) {
      return Long.toString(raters.values().stream().mapToLong(c -> c[0]).sum());
    }
    List<String> parts = new ArrayList<>();
    raters.forEach((group, count) -> parts.add(group.code() + " " + count[0]));
    return String.join(", ", parts);
  }
}
