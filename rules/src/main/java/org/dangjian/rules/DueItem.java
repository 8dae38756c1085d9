package org.dangjian.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.dangjian.core.activity.ActivityType;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.org.UnitId;
import org.dangjian.core.time.ReportingPeriod;
import org.jspecify.annotations.Nullable;

/**
 * Something an organisation still owes in a period that is not over: what the reminder says. Immutable;
 * made by {@link #of} and, for a rule read per school, {@link #withUnit}.
 */
public final class DueItem {
  private final OrganisationId organisation;
  private final ActivityType type;
  private final ReportingPeriod period;
  private final LocalDate deadline;
  private final int remaining;
  private final String ruleId;
  private final @Nullable UnitId unit;

  private DueItem(OrganisationId organisation, ActivityType type, ReportingPeriod period, LocalDate deadline, int remaining,
      String ruleId, @Nullable UnitId unit) {
    this.organisation = Objects.requireNonNull(organisation, "organisation");
    this.type = Objects.requireNonNull(type, "type");
    this.period = Objects.requireNonNull(period, "period");
    this.deadline = Objects.requireNonNull(deadline, "deadline");
    this.remaining = remaining;
    this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
    this.unit = unit;
  }

  /**
   * An item owed by the organisation as a whole.
   *
   * @param organisation who owes it
   * @param type the kind of activity
   * @param period the current period
   * @param deadline the last day it can be held: the period's end
   * @param remaining how many are still to be held
   * @param ruleId the rule entry that requires it
   * @return the item
   */
  public static DueItem of(OrganisationId organisation, ActivityType type, ReportingPeriod period, LocalDate deadline,
      int remaining, String ruleId) {
    return new DueItem(organisation, type, period, deadline, remaining, ruleId, null);
  }

  /**
   * @param unit the unit (school) it is owed for, for a rule read per school
   * @return this item, for that unit
   */
  public DueItem withUnit(UnitId unit) {
    return new DueItem(organisation, type, period, deadline, remaining, ruleId, Objects.requireNonNull(unit, "unit"));
  }

  /** @return who owes it */
  public OrganisationId organisation() {
    return organisation;
  }

  /** @return the kind of activity */
  public ActivityType type() {
    return type;
  }

  /** @return the current period */
  public ReportingPeriod period() {
    return period;
  }

  /** @return the last day it can be held: the period's end */
  public LocalDate deadline() {
    return deadline;
  }

  /** @return how many are still to be held */
  public int remaining() {
    return remaining;
  }

  /** @return the rule entry that requires it */
  public String ruleId() {
    return ruleId;
  }

  /** @return for a rule read per school, the unit (school) it is owed for */
  public Optional<UnitId> unit() {
    return Optional.ofNullable(unit);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof DueItem d && remaining == d.remaining && organisation.equals(d.organisation) && type.equals(d.type)
        && period.equals(d.period) && deadline.equals(d.deadline) && ruleId.equals(d.ruleId) && Objects.equals(unit, d.unit);
  }

  @Override
  public int hashCode() {
    return Objects.hash(organisation, type, period, deadline, remaining, ruleId, unit);
  }

  @Override
  public String toString() {
    return "DueItem[organisation=" + organisation + ", type=" + type + ", period=" + period + ", deadline=" + deadline
        + ", remaining=" + remaining + ", ruleId=" + ruleId + ", unit=" + unit().map(UnitId::toString).orElse("-") + "]";
  }
}
