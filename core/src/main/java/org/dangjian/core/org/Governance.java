package org.dangjian.core.org;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The governance model a school runs under, and since when: for example 党组织领导的校长负责制 from
 * 2023-09-01. Bureaus count schools running the Party-led model (a target of 80% in 福州2023).
 *
 * @param model the model
 * @param since the day it took effect
 */
public record Governance(GovernanceModel model, LocalDate since) {

  /** Checks for nulls. */
  public Governance {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(since, "since");
  }

  /**
   * @param model the model
   * @param since the day it took effect
   * @return the governance
   */
  public static Governance of(GovernanceModel model, LocalDate since) {
    return new Governance(model, since);
  }

  /**
   * @param date a day
   * @return whether the model was in force on that day
   */
  public boolean inForceOn(LocalDate date) {
    return !date.isBefore(since);
  }
}
