package org.dangjian.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.dangjian.core.org.UnitId;
import org.dangjian.core.activity.ActivityType;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.time.ReportingPeriod;

/**
 * Something an organisation still owes in a period that is not over: what the reminder says.
 *
 * @param organisation who owes it
 * @param type the kind of activity
 * @param period the current period
 * @param deadline the last day it can be held: the period's end
 * @param remaining how many are still to be held
 * @param ruleId the rule entry that requires it
 * @param unit for a rule read per school, the unit (school) it is owed for
 */
public record DueItem(OrganisationId organisation, ActivityType type, ReportingPeriod period, LocalDate deadline,
    int remaining, String ruleId, Optional<UnitId> unit) {

  /** Checks for nulls. */
  public DueItem {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(unit, "unit");
  }

  /**
   * An item owed by the organisation as a whole.
   *
   * @param organisation who owes it
   * @param type the kind of activity
   * @param period the current period
   * @param deadline the last day it can be held
   * @param remaining how many are still to be held
   * @param ruleId the rule entry that requires it
   */
  public DueItem(OrganisationId organisation, ActivityType type, ReportingPeriod period, LocalDate deadline, int remaining,
      String ruleId) {
    this(organisation, type, period, deadline, remaining, ruleId, Optional.empty());
  }
}
