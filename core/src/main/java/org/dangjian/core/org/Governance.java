package org.dangjian.core.org;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The governance model a school runs under, since when, and whether as a pilot (试点): for example
 * 党组织领导的校长负责制 from 2023-09-01, or a kindergarten piloting 党组织领导的园长负责制. Bureaus count
 * schools running the Party-led model (a target of 80% in 福州2023).
 *
 * @param model the model
 * @param since the day it took effect
 * @param pilot whether the school runs it as a pilot (试点单位) ahead of the rest
 */
public record Governance(GovernanceModel model, LocalDate since, boolean pilot) {

  /** Checks for nulls. */
  public Governance {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(since, "since");
  }

  /**
   * @param model the model
   * @param since the day it took effect
   * @return the governance, not a pilot
   */
  public static Governance of(GovernanceModel model, LocalDate since) {
    return new Governance(model, since, false);
  }

  /**
   * @param model the model
   * @param since the day the pilot began
   * @return the governance, as a pilot (试点)
   */
  public static Governance pilot(GovernanceModel model, LocalDate since) {
    return new Governance(model, since, true);
  }

  /**
   * @param date a day
   * @return whether the model was in force on that day
   */
  public boolean inForceOn(LocalDate date) {
    return !date.isBefore(since);
  }
}
