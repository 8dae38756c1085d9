package org.dangjian.core.assessment;

import java.util.Objects;
import java.util.Optional;
import org.dangjian.core.internal.Builds;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.org.OrganisationId;
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
 * One rating of a secretary's yearly report on Party building (述职评议), given by a member or teacher.
 *
 * @param rater who rated
 * @param secretary whose report
 * @param organisation the organisation the secretary leads
 * @param year the year reported on
 * @param grade 好, 较好, 一般 or 差
 * @param id the record's stable id, where the source gives one
 */
public record ReportRating(MemberId rater, MemberId secretary, OrganisationId organisation, int year, ReportGrade grade, Optional<RecordId> id) {
  /** The kind's index by the secretary rated. */
  public static final Index<ReportRating, MemberId> BY_SECRETARY = Index.on("secretary", ReportRating::secretary);

  private static final Field<ReportRating, MemberId> RATER = Field.required("rater", Formats.MEMBER_ID, ReportRating::rater);
  private static final Field<ReportRating, MemberId> SECRETARY = Field.required("secretary", Formats.MEMBER_ID, ReportRating::secretary);
  private static final Field<ReportRating, OrganisationId> ORGANISATION = Field.required("organisation", Formats.ORGANISATION_ID, ReportRating::organisation);
  private static final Field<ReportRating, Integer> YEAR = Formats.year(ReportRating::year);
  private static final Field<ReportRating, ReportGrade> GRADE = Field.required("grade", ValueFormat.code(ReportGrade.class, "reportGrade"), ReportRating::grade);
  /** The kind's index by stable id, built on first use. */
  public static final Index<ReportRating, RecordId> BY_ID = Index.lazyOnEach("id",
      (ReportRating r) -> r.id().map(java.util.List::of).orElse(java.util.List.of()));
  private static final Field<ReportRating, RecordId> ID = Field.optional("id", Formats.RECORD_ID, ReportRating::id);
  /** How a record is written in the format. */
  public static final RecordFormat<ReportRating> FORMAT = RecordFormat.of(ReportRating.class,
      v -> new ReportRating(v.get(RATER), v.get(SECRETARY), v.get(ORGANISATION), v.get(YEAR), v.get(GRADE), v.optional(ID)),
      ID, RATER, SECRETARY, ORGANISATION, YEAR, GRADE);

  /** Ratings of secretaries' reports (述职评议), {@code reportRatings} in the format: one per rater, secretary and year. */
  public static final RecordKind<ReportRating> KIND = RecordKind.of(ReportRating.class).format(FORMAT)
      .unique(UniqueKey.recordId(ReportRating::id, BY_ID)).names("reportRatings", "reportRating")
      .order(java.util.Comparator.comparingInt(ReportRating::year).thenComparing(ReportRating::organisation)
          .thenComparing(ReportRating::secretary).thenComparing(ReportRating::rater))
      .unique(UniqueKey.of(r -> java.util.List.of(r.rater(), r.secretary(), r.year()),
          (r, first) -> "'" + r.rater() + "' rated '" + r.secretary() + "' twice for " + r.year() + "; first at " + first))
      .refs(Ref.toMember("rater", ReportRating::rater), Ref.toMember("secretary", ReportRating::secretary),
          Ref.toOrganisation("organisation", ReportRating::organisation))
      .indexes(BY_SECRETARY, BY_ID).build();

  /** Checks the values. */
  public ReportRating {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(rater, "rater");
    Objects.requireNonNull(secretary, "secretary");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(grade, "grade");
    Builds.requireYear(year, "year");
  }

  /**
   * A record without a stable id.
   *
   * @param rater see the record
   * @param secretary see the record
   * @param organisation see the record
   * @param year see the record
   * @param grade see the record
   */
  public ReportRating(MemberId rater, MemberId secretary, OrganisationId organisation, int year, ReportGrade grade) {
    this(rater, secretary, organisation, year, grade, Optional.empty());
  }

  /**
   * @param value the stable id
   * @return this record with that id
   */
  public ReportRating withId(RecordId value) {
    return new ReportRating(rater, secretary, organisation, year, grade, Optional.of(value));
  }
}
