package org.dangjian.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dangjian.core.org.UnitId;
import org.dangjian.core.activity.ActivityType;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.time.ReportingPeriod;

/**
 * What an organisation had to hold in a period, and what it held: the unit of compliance rates and of
 * the due calendar.
 *
 * @param ruleId the rule entry that sets the requirement
 * @param organisation the organisation that must hold the activities
 * @param type the kind of activity
 * @param period the period it must be held in; its last day is the deadline
 * @param required how many are required
 * @param held how many qualifying activities were held (may exceed {@code required})
 * @param evidence the qualifying activities, as {@code activity:id}
 * @param unit for a rule read per school, the unit (school) the requirement is for
 */
public record Requirement(String ruleId, OrganisationId organisation, ActivityType type, ReportingPeriod period,
    int required, int held, List<String> evidence, Optional<UnitId> unit) {

  /** Checks the counts and copies the list. */
  public Requirement {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(period, "period");
    if (required < 1 || held < 0) {
      throw new IllegalArgumentException("required " + required + ", held " + held);
    }
    evidence = List.copyOf(evidence);
    Objects.requireNonNull(unit, "unit");
  }

  /**
   * A requirement of the organisation as a whole.
   *
   * @param ruleId the rule entry that sets the requirement
   * @param organisation the organisation that must hold the activities
   * @param type the kind of activity
   * @param period the period it must be held in
   * @param required how many are required
   * @param held how many qualifying activities were held
   * @param evidence the qualifying activities, as {@code activity:id}
   */
  public Requirement(String ruleId, OrganisationId organisation, ActivityType type, ReportingPeriod period, int required,
      int held, List<String> evidence) {
    this(ruleId, organisation, type, period, required, held, evidence, Optional.empty());
  }

  /** @return whether enough were held */
  public boolean isMet() {
    return held >= required;
  }

  /** @return the required activities held, not counting any beyond the requirement */
  public int heldTowardsRequirement() {
    return Math.min(held, required);
  }
}
