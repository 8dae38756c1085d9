package org.dangjian.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.activity.ActivityType;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.org.UnitId;
import org.dangjian.core.time.ReportingPeriod;
import org.jspecify.annotations.Nullable;

/**
 * What an organisation had to hold in a period, and what it held: the unit of compliance rates and of
 * the due calendar. Immutable; made by {@link #of} and, for a rule read per school, {@link #withUnit}.
 */
public final class Requirement {
  private final String ruleId;
  private final OrganisationId organisation;
  private final ActivityType type;
  private final ReportingPeriod period;
  private final int required;
  private final int held;
  private final List<String> evidence;
  private final @Nullable UnitId unit;
  /** The hash code, computed on first use (0 until then), as {@link String} does: a session compares many. */
  private int hash;

  private Requirement(String ruleId, OrganisationId organisation, ActivityType type, ReportingPeriod period, int required,
      int held, List<String> evidence, @Nullable UnitId unit) {
    this.ruleId = Objects.requireNonNull(ruleId, "ruleId");
    this.organisation = Objects.requireNonNull(organisation, "organisation");
    this.type = Objects.requireNonNull(type, "type");
    this.period = Objects.requireNonNull(period, "period");
    if (required < 1 || held < 0) {
      throw new IllegalArgumentException("required " + required + ", held " + held);
    }
    this.required = required;
    this.held = held;
    this.evidence = evidence instanceof ActivityEvidence ? evidence : List.copyOf(evidence);
    this.unit = unit;
  }

  /**
   * A requirement of the organisation as a whole.
   *
   * @param ruleId the rule entry that sets the requirement
   * @param organisation the organisation that must hold the activities
   * @param type the kind of activity
   * @param period the period it must be held in; its last day is the deadline
   * @param required how many are required, at least 1
   * @param held how many qualifying activities were held (may exceed {@code required}), at least 0
   * @param evidence the qualifying activities, as {@code activity:id}
   * @return the requirement
   * @throws IllegalArgumentException if a count is out of range
   */
  public static Requirement of(String ruleId, OrganisationId organisation, ActivityType type, ReportingPeriod period,
      int required, int held, List<String> evidence) {
    return new Requirement(ruleId, organisation, type, period, required, held, evidence, null);
  }

  /**
   * A requirement of the organisation as a whole whose evidence is the activities held: the same requirement
   * as {@link #of} with {@code activity:id} for each, written out when the evidence is read rather than when
   * the requirement is made (a year's evaluation makes many, and few are read).
   *
   * @param ruleId the rule entry that sets the requirement
   * @param organisation the organisation that must hold the activities
   * @param type the kind of activity
   * @param period the period it must be held in; its last day is the deadline
   * @param required how many are required, at least 1
   * @param held the qualifying activities held (may be more than {@code required})
   * @return the requirement, {@code held.size()} held
   * @throws IllegalArgumentException if {@code required} is less than 1
   */
  public static Requirement ofActivities(String ruleId, OrganisationId organisation, ActivityType type, ReportingPeriod period,
      int required, List<Activity> held) {
    List<Activity> activities = List.copyOf(held);
    return new Requirement(ruleId, organisation, type, period, required, activities.size(), new ActivityEvidence(activities), null);
  }

  /** Activities as evidence, each {@code activity:id}, written out when read. Immutable. */
  private static final class ActivityEvidence extends java.util.AbstractList<String> implements java.util.RandomAccess {
    private final List<Activity> activities;

    ActivityEvidence(List<Activity> activities) {
      this.activities = activities;
    }

    @Override
    public String get(int index) {
      return "activity:" + activities.get(index).id().value();
    }

    @Override
    public int size() {
      return activities.size();
    }
  }

  /**
   * @param unit the unit (school) the requirement is for, for a rule read per school
   * @return this requirement, for that unit
   */
  public Requirement withUnit(UnitId unit) {
    return new Requirement(ruleId, organisation, type, period, required, held, evidence, Objects.requireNonNull(unit, "unit"));
  }

  /** @return the rule entry that sets the requirement */
  public String ruleId() {
    return ruleId;
  }

  /** @return the organisation that must hold the activities */
  public OrganisationId organisation() {
    return organisation;
  }

  /** @return the kind of activity */
  public ActivityType type() {
    return type;
  }

  /** @return the period it must be held in; its last day is the deadline */
  public ReportingPeriod period() {
    return period;
  }

  /** @return how many are required */
  public int required() {
    return required;
  }

  /** @return how many qualifying activities were held (may exceed {@link #required()}) */
  public int held() {
    return held;
  }

  /** @return the qualifying activities, as {@code activity:id} */
  public List<String> evidence() {
    return evidence;
  }

  /** @return for a rule read per school, the unit (school) the requirement is for */
  public Optional<UnitId> unit() {
    return Optional.ofNullable(unit);
  }

  /** @return whether enough were held */
  public boolean isMet() {
    return held >= required;
  }

  /** @return the required activities held, not counting any beyond the requirement */
  public int heldTowardsRequirement() {
    return Math.min(held, required);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Requirement r && (hash == 0 || r.hash == 0 || hash == r.hash) && required == r.required && held == r.held && ruleId.equals(r.ruleId)
        && organisation.equals(r.organisation) && type.equals(r.type) && period.equals(r.period)
        && evidence.equals(r.evidence) && Objects.equals(unit, r.unit);
  }

  @Override
  public int hashCode() {
    int h = hash;
    if (h == 0) {
      h = Objects.hash(ruleId, organisation, type, period, required, held, evidence, unit);
      hash = h;
    }
    return h;
  }

  @Override
  public String toString() {
    return "Requirement[ruleId=" + ruleId + ", organisation=" + organisation + ", type=" + type + ", period=" + period
        + ", required=" + required + ", held=" + held + ", evidence=" + evidence + ", unit=" + unit().map(UnitId::toString).orElse("-") + "]";
  }
}
