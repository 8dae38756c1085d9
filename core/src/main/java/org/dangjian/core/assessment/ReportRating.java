package org.dangjian.core.assessment;

import java.util.Objects;
import org.dangjian.core.internal.Builds;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.org.OrganisationId;

/**
 * One rating of a secretary's yearly report on Party building (述职评议), given by a member or teacher.
 *
 * @param rater who rated
 * @param secretary whose report
 * @param organisation the organisation the secretary leads
 * @param year the year reported on
 * @param grade 好, 较好, 一般 or 差
 */
public record ReportRating(MemberId rater, MemberId secretary, OrganisationId organisation, int year, ReportGrade grade) {

  /** Checks the values. */
  public ReportRating {
    Objects.requireNonNull(rater, "rater");
    Objects.requireNonNull(secretary, "secretary");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(grade, "grade");
    Builds.requireYear(year, "year");
  }
}
