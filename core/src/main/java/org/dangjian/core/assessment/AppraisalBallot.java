package org.dangjian.core.assessment;

import java.util.Objects;
import org.dangjian.core.ValidationException;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.time.ReportingPeriod;

/**
 * One vote in a year's democratic appraisal of members (民主评议党员): who rated whom, and the grade.
 * A member's own ballot is the self-assessment.
 *
 * @param voter who voted
 * @param subject who was appraised
 * @param year the year appraised
 * @param grade the grade given
 */
public record AppraisalBallot(MemberId voter, MemberId subject, int year, AppraisalGrade grade) {

  /** Checks the values. */
  public AppraisalBallot {
    Objects.requireNonNull(voter, "voter");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(grade, "grade");
    if (year < ReportingPeriod.MIN_YEAR || year > ReportingPeriod.MAX_YEAR) {
      throw ValidationException.of("year", "invalid-value", "year " + year + " is outside 1900–2100");
    }
  }
}
