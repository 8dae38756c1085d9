package org.dangjian.core.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dangjian.core.Problem;
import org.dangjian.core.TestCounty;
import org.dangjian.core.ValidationException;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.org.OrganisationId;
import org.junit.jupiter.api.Test;

class AssessmentRecordsTest {
  private final TestCounty county = new TestCounty();

  private static MemberId m(String id) {
    return MemberId.of(id);
  }

  @Test
  void recordsAreIndexedByMemberAndYear() {
    Dataset dataset = county.build();
    assertThat(dataset.ledgerOf(m("m03"))).extracting(LedgerEntry::points).containsExactly(new BigDecimal("1"), new BigDecimal("-3"));
    assertThat(dataset.commitmentOf(m("m03"), 2024)).map(c -> c.items().size()).contains(2);
    assertThat(dataset.commitmentOf(m("m03"), 2023)).isEmpty();
    assertThat(dataset.ballotsAbout(m("m03"), 2024)).extracting(b -> b.voter().value()).containsExactly("m03", "m04");
    assertThat(dataset.reportRatings()).singleElement().extracting(ReportRating::grade).isEqualTo(ReportGrade.GOOD);
  }

  @Test
  void recordsNameKnownMembersAndAreNotDuplicated() {
    county.ledger.add(new LedgerEntry(LocalDate.of(2024, 6, 1), m("m99"), "meeting-attended", BigDecimal.ONE, Optional.empty(),
        Optional.of(m("m98"))));
    county.commitments.add(new Commitment(m("m03"), 2024, LocalDate.of(2024, 3, 1), List.of(
        new CommitmentItem("再次承诺", Optional.empty(), Optional.empty()))));
    county.ballots.add(new AppraisalBallot(m("m04"), m("m03"), 2024, AppraisalGrade.QUALIFIED));
    county.reportRatings.add(new ReportRating(m("m06"), m("m03"), OrganisationId.of("zx-b9"), 2024, ReportGrade.POOR));
    ValidationException e = catchThrowableOfType(ValidationException.class, county::build);
    assertThat(e.problems()).extracting(Problem::path, Problem::code).containsExactly(
        tuple("ledger[2].member", "dangling-reference"),
        tuple("ledger[2].approver", "dangling-reference"),
        tuple("commitments[1]", "duplicate-id"),
        tuple("ballots[2]", "duplicate-id"),
        tuple("reportRatings[1].organisation", "dangling-reference"));
  }

  @Test
  void valuesAreChecked() {
    assertThat(catchThrowableOfType(ValidationException.class, () -> new LedgerEntry(LocalDate.of(2024, 1, 1), m("m1"), "Meeting",
        BigDecimal.ONE, Optional.empty(), Optional.empty())).problems().get(0).path()).isEqualTo("category");
    assertThat(catchThrowableOfType(ValidationException.class, () -> new LedgerEntry(LocalDate.of(2024, 1, 1), m("m1"), "meeting",
        new BigDecimal("0.125"), Optional.empty(), Optional.empty())).problems().get(0).path()).isEqualTo("points");
    assertThat(catchThrowableOfType(ValidationException.class, () -> new Commitment(m("m1"), 2024, LocalDate.of(2024, 1, 1),
        List.of())).problems().get(0).path()).isEqualTo("items");
    assertThat(catchThrowableOfType(ValidationException.class, () -> new AppraisalBallot(m("m1"), m("m2"), 1899,
        AppraisalGrade.EXCELLENT)).problems().get(0).path()).isEqualTo("year");
  }

  @Test
  void labelsNameTheGrades() {
    assertThat(AppraisalGrade.BASICALLY_QUALIFIED.labelZh()).isEqualTo("基本合格");
    assertThat(AppraisalGrade.BASICALLY_QUALIFIED.code()).isEqualTo("basically-qualified");
    assertThat(ReportGrade.FAIRLY_GOOD.labelZh()).isEqualTo("较好");
    assertThat(CommitmentOutcome.PARTLY_KEPT.code()).isEqualTo("partly-kept");
  }
}
