package org.dangjian.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dangjian.core.assessment.AppraisalBallot;
import org.dangjian.core.assessment.AppraisalGrade;
import org.dangjian.core.assessment.Commitment;
import org.dangjian.core.assessment.CommitmentItem;
import org.dangjian.core.assessment.CommitmentOutcome;
import org.dangjian.core.assessment.LedgerEntry;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.member.MemberId;
import org.junit.jupiter.api.Test;

class AssessmentCycleRulesTest {

  private static List<String> found(Dataset dataset, String type, String parameters, LocalDate asOf) {
    return Rules.findings(dataset, Rules.single(type, "warning", parameters), asOf).stream()
        .map(f -> f.messageCode() + " " + f.subject().id()).toList();
  }

  private static Commitment commitment(MemberId member, String made, Optional<CommitmentOutcome> outcome) {
    return new Commitment(member, 2024, LocalDate.parse(made), List.of(new CommitmentItem("结对帮扶", Optional.empty(), outcome)));
  }

  @Test
  void commitmentsAreMadeByTheEndOfMarchAndReviewedAfterTheYear() {
    Fixture fixture = new Fixture().branch("b1");
    List<MemberId> ids = fixture.fullMembers("b1", 4, null);
    Dataset dataset = fixture.build().toBuilder()
        .addCommitment(commitment(ids.get(0), "2024-03-31", Optional.of(CommitmentOutcome.KEPT)))
        .addCommitment(commitment(ids.get(1), "2024-04-01", Optional.of(CommitmentOutcome.BROKEN)))
        .addCommitment(commitment(ids.get(2), "2024-01-15", Optional.empty())).build();
    assertThat(found(dataset, "annual-commitment", "{byMonth: 3}", LocalDate.of(2024, 3, 30))).isEmpty();
    assertThat(found(dataset, "annual-commitment", "{byMonth: 3}", LocalDate.of(2024, 3, 31)))
        .containsExactly("annual-commitment.missing m002", "annual-commitment.missing m004");
    assertThat(found(dataset, "annual-commitment", "{byMonth: 3}", LocalDate.of(2024, 12, 30)))
        .containsExactly("annual-commitment.late m002", "annual-commitment.missing m004");
    assertThat(found(dataset, "annual-commitment", "{byMonth: 3}", LocalDate.of(2024, 12, 31)))
        .containsExactly("annual-commitment.late m002", "annual-commitment.unreviewed m003", "annual-commitment.missing m004");
  }

  @Test
  void aLateOrUnreviewedCommitmentIsNamedByItsRecordIdWhereItHasOne() {
    Fixture fixture = new Fixture().branch("b1");
    List<MemberId> ids = fixture.fullMembers("b1", 2, null);
    Dataset dataset = fixture.build().toBuilder()
        .addCommitment(commitment(ids.get(0), "2024-04-01", Optional.of(CommitmentOutcome.KEPT))
            .withId(org.dangjian.core.record.RecordId.of("oa-commit-9")))
        .addCommitment(commitment(ids.get(1), "2024-01-15", Optional.empty())).build();
    List<Finding> findings = Rules.findings(dataset, Rules.single("annual-commitment", "warning", "{byMonth: 3}"),
        LocalDate.of(2024, 12, 31));
    assertThat(findings).extracting(f -> f.messageCode() + " " + f.evidence()).containsExactly(
        "annual-commitment.late [member:m001, commitment:oa-commit-9]",
        "annual-commitment.unreviewed [member:m002, commitment:m002@2024]");
  }

  @Test
  void pointsAreRecordedEveryQuarterForThoseWhoWereMembersThroughIt() {
    Fixture fixture = new Fixture().branch("b1");
    List<MemberId> ids = fixture.fullMembers("b1", 2, null);
    fixture.probationaryMembers("b1", 1); // from 2024-03-01: not a member through the first quarter
    Dataset dataset = fixture.build().toBuilder()
        .addLedgerEntry(new LedgerEntry(LocalDate.of(2024, 3, 31), ids.get(0), "volunteer-service", BigDecimal.ONE,
            Optional.empty(), Optional.empty())).build();
    assertThat(found(dataset, "points-recorded", "{per: quarter, min: 1}", LocalDate.of(2024, 3, 31)))
        .containsExactly("points-recorded.few m002");
  }

  @Test
  void everyMemberOfTheWholeYearIsAppraised() {
    Fixture fixture = new Fixture().branch("b1");
    List<MemberId> ids = fixture.fullMembers("b1", 2, null);
    fixture.probationaryMembers("b1", 1);
    Dataset dataset = fixture.build().toBuilder()
        .addBallot(new AppraisalBallot(ids.get(1), ids.get(0), 2024, AppraisalGrade.EXCELLENT)).build();
    assertThat(found(dataset, "appraisal-coverage", "{}", LocalDate.of(2024, 12, 30))).isEmpty();
    assertThat(found(dataset, "appraisal-coverage", "{}", LocalDate.of(2024, 12, 31))).containsExactly("appraisal-coverage.missing m002");
  }
}
