package org.dangjian.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dangjian.core.assessment.AppraisalGrade;
import org.dangjian.core.assessment.CommitmentOutcome;
import org.dangjian.core.assessment.ReportGrade;
import org.dangjian.core.governance.RaterGroup;
import org.dangjian.rules.Severity;

/**
 * What a scheme item counts. Each kind either yields <em>occurrences</em> (each worth the item's points:
 * an activity attended, a ledger entry, a finding…) or an <em>amount</em> (an average or a rate,
 * multiplied by the item's factor). Files name the kind as the single key of the item's {@code evidence}.
 */
public sealed interface Evidence {

  /** @return the key files use, for example {@code attendance} */
  String kind();

  /**
   * {@code attendance}: activities of the given types the member attended (for an organisation: held).
   *
   * @param activityTypes activity type codes
   */
  record Attendance(List<String> activityTypes) implements Evidence {
    /** Copies the list. */
    public Attendance {
      Objects.requireNonNull(activityTypes, "activityTypes");
      activityTypes = List.copyOf(activityTypes);
    }

    @Override
    public String kind() {
      return "attendance";
    }
  }

  /**
   * {@code absence}: activities of the given types the member was recorded absent from; with {@code
   * withoutReason}, only absences without a reason.
   *
   * @param activityTypes activity type codes
   * @param withoutReason whether only absences without a reason count
   */
  record Absence(List<String> activityTypes, boolean withoutReason) implements Evidence {
    /** Copies the list. */
    public Absence {
      Objects.requireNonNull(activityTypes, "activityTypes");
      activityTypes = List.copyOf(activityTypes);
    }

    @Override
    public String kind() {
      return "absence";
    }
  }

  /**
   * {@code ledger}: point-ledger entries in the given categories; each is worth its own points unless
   * the item states points.
   *
   * @param categories ledger category codes
   */
  record Ledger(Set<String> categories) implements Evidence {
    /** Copies the set. */
    public Ledger {
      Objects.requireNonNull(categories, "categories");
      categories = Set.copyOf(categories);
    }

    @Override
    public String kind() {
      return "ledger";
    }
  }

  /**
   * {@code findings}: findings of the compliance report about the subject (a member, or for an
   * organisation those it is responsible for), of the given rules and severities (all when empty).
   *
   * @param rules rule entry ids
   * @param severities severities
   * @param subtree for an organisation: also the findings of everything beneath it
   */
  record Findings(Set<String> rules, Set<Severity> severities, boolean subtree) implements Evidence {
    /** Copies the sets. */
    public Findings {
      Objects.requireNonNull(rules, "rules");
      Objects.requireNonNull(severities, "severities");
      rules = Set.copyOf(rules);
      severities = Set.copyOf(severities);
    }

    @Override
    public String kind() {
      return "findings";
    }
  }

  /**
   * {@code commitments}: items of the member's commitment for the year with one of the given outcomes.
   *
   * @param outcomes the outcomes that count
   */
  record Commitments(Set<CommitmentOutcome> outcomes) implements Evidence {
    /** Copies the set. */
    public Commitments {
      Objects.requireNonNull(outcomes, "outcomes");
      outcomes = Set.copyOf(outcomes);
    }

    @Override
    public String kind() {
      return "commitments";
    }
  }

  /**
   * {@code duesArrears}: one occurrence if the dues of a month of the year that the member owed were paid
   * more than (超过) {@code moreThanMonths} months after that month ended — or are still unpaid at the end of
   * the year when that much time has passed. Paid exactly that many months late is not in arrears.
   *
   * @param moreThanMonths how late a payment must be to count
   */
  record DuesArrears(int moreThanMonths) implements Evidence {
    @Override
    public String kind() {
      return "duesArrears";
    }
  }

  /**
   * {@code duesPaid}: one occurrence for each month of the year in which the member owed dues and paid
   * them by the end of the month, or of the {@code graceMonths}-th month after it (2: quarterly payment,
   * which a branch may allow).
   *
   * @param graceMonths months after the month in which payment still counts as on time
   */
  record DuesPaid(int graceMonths) implements Evidence {
    @Override
    public String kind() {
      return "duesPaid";
    }
  }

  /**
   * {@code ballots}: the average value of the appraisal ballots about the member, grade by grade as the
   * scheme values them; an amount.
   *
   * @param values each grade's value, for example 优秀 100, 合格 80
   * @param excludeSelf whether the member's own ballot (self-assessment) is left out
   */
  record Ballots(Map<AppraisalGrade, BigDecimal> values, boolean excludeSelf) implements Evidence {
    /** Copies the map. */
    public Ballots {
      Objects.requireNonNull(values, "values");
      values = Map.copyOf(values);
    }

    @Override
    public String kind() {
      return "ballots";
    }
  }

  /**
   * {@code reportRatings}: the average value of the ratings of a leader's yearly report (述职评议); an amount.
   * It counts the ratings recorded one by one ({@code reportRatings} in a dataset, each a member's, so in
   * the group {@link RaterGroup#MEMBERS}) about the leader for the organisation and year, and the ratings
   * counted by group on the leader's reports ({@code dutyReports}) for them — where the report on Party work
   * counts its members' ratings, that count stands for the poll and the ratings one by one are not counted
   * again. Without weights it is the mean
   * over every rater counted; with weights, each group's own mean weighted by its weight over the weights
   * of the groups that rated. No rating counts as 0.
   *
   * @param values each grade's value, for example 好 100, 较好 80
   * @param groups the groups of raters counted; empty means every group
   * @param weights each group's weight, for a weighted mean of the groups' means; empty for the plain mean
   *     over every rater
   */
  record ReportRatings(Map<ReportGrade, BigDecimal> values, List<RaterGroup> groups, Map<RaterGroup, BigDecimal> weights)
      implements Evidence {
    /**
     * Copies the collections.
     *
     * @throws IllegalArgumentException for a negative weight
     */
    public ReportRatings {
      Objects.requireNonNull(values, "values");
      Objects.requireNonNull(groups, "groups");
      Objects.requireNonNull(weights, "weights");
      values = Map.copyOf(values);
      groups = List.copyOf(groups);
      weights = Map.copyOf(weights);
      if (weights.values().stream().anyMatch(w -> w.signum() < 0)) {
        throw new IllegalArgumentException("a group's weight cannot be negative: " + weights);
      }
    }

    /**
     * Every group counted, each rater alike.
     *
     * @param values each grade's value
     */
    public ReportRatings(Map<ReportGrade, BigDecimal> values) {
      this(values, List.of(), Map.of());
    }

    /**
     * @param group a group of raters
     * @return whether its ratings count
     */
    public boolean counts(RaterGroup group) {
      return (groups.isEmpty() || groups.contains(group)) && (weights.isEmpty() || weights.containsKey(group));
    }

    @Override
    public String kind() {
      return "reportRatings";
    }
  }

  /**
   * {@code complianceRate}: the organisation's share of required activities held (own or rolled up);
   * an amount between 0 and 1. Nothing required counts as 1.
   *
   * @param subtree whether the rate rolled up over everything beneath the organisation is used
   */
  record ComplianceRate(boolean subtree) implements Evidence {
    @Override
    public String kind() {
      return "complianceRate";
    }
  }

  /**
   * {@code correctionRate} (整改完成率): of the corrections the organisation owes (with {@code subtree}, it and
   * those beneath it) whose deadline falls in the year and by the day of evaluation, the share closed by
   * their deadline (the deadline itself counts); an amount between 0 and 1, to four places. Nothing due
   * counts as 1.
   *
   * @param subtree whether the corrections of the organisations beneath it count too
   */
  record CorrectionRate(boolean subtree) implements Evidence {
    @Override
    public String kind() {
      return "correctionRate";
    }
  }

  /**
   * {@code inspectionScore} (督查得分): the average score of the organisation's inspections of the given kinds
   * in the year, made by the day of evaluation and scored (with {@code subtree}, of the organisations beneath
   * it too); an amount, to four places. No scored inspection counts as 0.
   *
   * @param kinds the inspection kinds counted, by code
   * @param subtree whether inspections of the organisations beneath it count too
   */
  record InspectionScore(List<String> kinds, boolean subtree) implements Evidence {
    /** Copies the list. */
    public InspectionScore {
      Objects.requireNonNull(kinds, "kinds");
      kinds = List.copyOf(kinds);
    }

    @Override
    public String kind() {
      return "inspectionScore";
    }
  }

  /**
   * {@code attendanceRate}: of the people recorded at the organisation's activities of the year (present
   * or absent), the share present; an amount between 0 and 1, to four places. No record counts as 0.
   *
   * @param activityTypes the activity types counted (codes); empty means every type
   * @param subtree whether activities of the organisations beneath it count too
   */
  record AttendanceRate(List<String> activityTypes, boolean subtree) implements Evidence {
    /** Copies the list. */
    public AttendanceRate {
      Objects.requireNonNull(activityTypes, "activityTypes");
      activityTypes = List.copyOf(activityTypes);
    }

    @Override
    public String kind() {
      return "attendanceRate";
    }
  }

  /**
   * {@code letter} (目标责任书): the organisation's responsibility letters of the year (of the given template, or
   * every one), assessed as of the day of evaluation against the registry's templates; one amount per letter
   * item, its weight times its credit over the letter's whole weight, times the item's factor — so a letter
   * attained in full is worth the factor. No letter counts as 0.
   *
   * @param template the template's id; empty for every letter the organisation signed for the year
   * @param letters the templates and indicators, bound by the scheme registry
   */
  record Letter(Optional<String> template, LetterRegistry letters) implements Evidence {
    /** Checks for nulls. */
    public Letter {
      Objects.requireNonNull(template, "template");
      Objects.requireNonNull(letters, "letters");
    }

    @Override
    public String kind() {
      return "letter";
    }
  }

  /**
   * {@code scheme}: the subject's total in another scheme (resolved with this one); an amount.
   *
   * @param scheme the other scheme
   */
  record SchemeTotal(ScoringScheme scheme) implements Evidence {
    /** Checks for null. */
    public SchemeTotal {
      Objects.requireNonNull(scheme, "scheme");
    }

    @Override
    public String kind() {
      return "scheme";
    }
  }
}
