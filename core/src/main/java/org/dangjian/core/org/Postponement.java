package org.dangjian.core.org;

import java.time.LocalDate;
import java.util.Objects;
import org.dangjian.core.ValidationException;

/**
 * An approved postponement of a committee's election (延期换届): the higher committee that approved it,
 * the day it did, and by how many months the term is extended — at most 12 (选举条例 第三条). The
 * overdue-election rule honours it up to the rule set's cap, and only when it was approved by the day
 * the term ended.
 *
 * @param approvedBy the approving organisation
 * @param approvedOn the day of the approval
 * @param months the extension of the term, 1–12
 */
public record Postponement(OrganisationId approvedBy, LocalDate approvedOn, int months) {

  /** The longest postponement the regulations allow, in months. */
  public static final int MAX_MONTHS = 12;

  /** @throws ValidationException ({@code invalid-value}) for a length outside 1–12 months */
  public Postponement {
    Objects.requireNonNull(approvedBy, "approvedBy");
    Objects.requireNonNull(approvedOn, "approvedOn");
    if (months < 1 || months > MAX_MONTHS) {
      throw ValidationException.of("months", "invalid-value",
          "an election is postponed by 1–" + MAX_MONTHS + " months (选举条例 第三条), not " + months);
    }
  }
}
