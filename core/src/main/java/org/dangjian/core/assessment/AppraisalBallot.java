package org.dangjian.core.assessment;

import java.util.Objects;
import org.dangjian.core.internal.Builds;
import org.dangjian.core.member.MemberId;

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
    Builds.requireYear(year, "year");
  }
}
