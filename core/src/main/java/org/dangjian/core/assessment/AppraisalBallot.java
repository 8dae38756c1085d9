package org.dangjian.core.assessment;

import java.util.Objects;
import org.dangjian.core.internal.Builds;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.record.Index;
import org.dangjian.core.record.RecordKind;
import org.dangjian.core.record.Ref;
import org.dangjian.core.record.UniqueKey;

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
  /** The kind's index by the member voted on. */
  public static final Index<AppraisalBallot, MemberId> BY_SUBJECT = Index.on("subject", AppraisalBallot::subject);

  /** Appraisal ballots (民主评议), {@code ballots} in the format: one per voter, subject and year. */
  public static final RecordKind<AppraisalBallot> KIND = RecordKind.of(AppraisalBallot.class).names("ballots", "ballot")
      .order(java.util.Comparator.comparingInt(AppraisalBallot::year).thenComparing(AppraisalBallot::subject)
          .thenComparing(AppraisalBallot::voter))
      .unique(UniqueKey.of(b -> b.voter() + ">" + b.subject() + "@" + b.year(),
          (b, first) -> "'" + b.voter() + "' voted on '" + b.subject() + "' twice in " + b.year() + "; first at " + first))
      .refs(Ref.toMember("voter", AppraisalBallot::voter), Ref.toMember("subject", AppraisalBallot::subject))
      .indexes(BY_SUBJECT).build();

  /** Checks the values. */
  public AppraisalBallot {
    Objects.requireNonNull(voter, "voter");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(grade, "grade");
    Builds.requireYear(year, "year");
  }
}
