package org.dangjian.core.assessment;

import java.util.Objects;
import java.util.Optional;
import org.dangjian.core.internal.Builds;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.record.Index;
import org.dangjian.core.record.Field;
import org.dangjian.core.record.Formats;
import org.dangjian.core.record.RecordFormat;
import org.dangjian.core.record.RecordId;
import org.dangjian.core.record.ValueFormat;
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
 * @param id the record's stable id, where the source gives one
 */
public record AppraisalBallot(MemberId voter, MemberId subject, int year, AppraisalGrade grade, Optional<RecordId> id) {
  /** The kind's index by the member voted on. */
  public static final Index<AppraisalBallot, MemberId> BY_SUBJECT = Index.on("subject", AppraisalBallot::subject);

  private static final Field<AppraisalBallot, MemberId> VOTER = Field.required("voter", Formats.MEMBER_ID, AppraisalBallot::voter);
  private static final Field<AppraisalBallot, MemberId> SUBJECT = Field.required("subject", Formats.MEMBER_ID, AppraisalBallot::subject);
  private static final Field<AppraisalBallot, Integer> YEAR = Formats.year(AppraisalBallot::year);
  private static final Field<AppraisalBallot, AppraisalGrade> GRADE = Field.required("grade", ValueFormat.code(AppraisalGrade.class, "appraisalGrade"), AppraisalBallot::grade);
  /** The kind's index by stable id, built on first use. */
  public static final Index<AppraisalBallot, RecordId> BY_ID = Index.lazyOnEach("id",
      (AppraisalBallot r) -> r.id().map(java.util.List::of).orElse(java.util.List.of()));
  private static final Field<AppraisalBallot, RecordId> ID = Field.optional("id", Formats.RECORD_ID, AppraisalBallot::id);
  /** How a record is written in the format. */
  public static final RecordFormat<AppraisalBallot> FORMAT = RecordFormat.of(AppraisalBallot.class,
      v -> new AppraisalBallot(v.get(VOTER), v.get(SUBJECT), v.get(YEAR), v.get(GRADE), v.optional(ID)),
      ID, VOTER, SUBJECT, YEAR, GRADE);

  /** Appraisal ballots (民主评议), {@code ballots} in the format: one per voter, subject and year. */
  public static final RecordKind<AppraisalBallot> KIND = RecordKind.of(AppraisalBallot.class).format(FORMAT)
      .unique(UniqueKey.recordId(AppraisalBallot::id, BY_ID)).names("ballots", "ballot")
      .order(java.util.Comparator.comparingInt(AppraisalBallot::year).thenComparing(AppraisalBallot::subject)
          .thenComparing(AppraisalBallot::voter))
      .unique(UniqueKey.of(b -> java.util.List.of(b.voter(), b.subject(), b.year()),
          (b, first) -> "'" + b.voter() + "' voted on '" + b.subject() + "' twice in " + b.year() + "; first at " + first))
      .refs(Ref.toMember("voter", AppraisalBallot::voter), Ref.toMember("subject", AppraisalBallot::subject))
      .indexes(BY_SUBJECT, BY_ID).columnar().build();

  /** Checks the values. */
  public AppraisalBallot {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(voter, "voter");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(grade, "grade");
    Builds.requireYear(year, "year");
  }

  /**
   * A record without a stable id.
   *
   * @param voter see the record
   * @param subject see the record
   * @param year see the record
   * @param grade see the record
   */
  public AppraisalBallot(MemberId voter, MemberId subject, int year, AppraisalGrade grade) {
    this(voter, subject, year, grade, Optional.empty());
  }

  /**
   * @param value the stable id
   * @return this record with that id
   */
  public AppraisalBallot withId(RecordId value) {
    return new AppraisalBallot(voter, subject, year, grade, Optional.of(value));
  }
}
