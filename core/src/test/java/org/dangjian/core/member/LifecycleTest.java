package org.dangjian.core.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.dangjian.core.member.Pipeline.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dangjian.core.ValidationException;
import org.dangjian.core.org.OrganisationId;
import org.junit.jupiter.api.Test;

class LifecycleTest {

  private static LocalDate day(String text) {
    return LocalDate.parse(text);
  }

  private static MemberStatus statusAfter(List<MemberEvent> history) {
    return Lifecycle.replay(history).status();
  }

  private static IllegalTransitionException refused(List<MemberEvent> history) {
    IllegalTransitionException e = catchThrowableOfType(IllegalTransitionException.class, () -> Lifecycle.replay(history));
    assertThat(e).as("expected the history to be refused").isNotNull();
    return e;
  }

  private static List<MemberEvent> with(List<MemberEvent> history, MemberEvent... more) {
    List<MemberEvent> longer = new ArrayList<>(history);
    longer.addAll(List.of(more));
    return longer;
  }

  @Test
  void theWholePipelineWalksThroughEveryStatus() {
    List<MemberEvent> history = toFullMember();
    List<MemberStatus> seen = new ArrayList<>();
    for (int i = 1; i <= history.size(); i++) {
      seen.add(statusAfter(history.subList(0, i)));
    }
    assertThat(seen).containsExactly(
        MemberStatus.APPLICANT, MemberStatus.APPLICANT, MemberStatus.ACTIVIST, MemberStatus.ACTIVIST,
        MemberStatus.CANDIDATE, MemberStatus.CANDIDATE, MemberStatus.CANDIDATE, MemberStatus.CANDIDATE,
        MemberStatus.PROBATIONARY, MemberStatus.PROBATIONARY, MemberStatus.PROBATIONARY, MemberStatus.FULL);
  }

  @Test
  void factsFollowTheDate() {
    List<MemberEvent> history = toFullMember();
    assertThat(Lifecycle.factsOn(history, day("2020-03-01")).status()).isEqualTo(MemberStatus.NONE);
    assertThat(Lifecycle.factsOn(history, day("2020-03-02")).status()).isEqualTo(MemberStatus.APPLICANT);
    MemberFacts probation = Lifecycle.factsOn(history, day("2023-01-01"));
    assertThat(probation.status()).isEqualTo(MemberStatus.PROBATIONARY);
    assertThat(probation.activistSince()).contains(day("2020-09-01"));
    assertThat(probation.candidateSince()).contains(day("2021-09-10"));
    assertThat(probation.admitted()).contains(day("2022-06-28"));
    assertThat(probation.approved()).contains(day("2022-08-15"));
    assertThat(probation.probationEnd()).contains(day("2023-06-28"));
    assertThat(probation.standingStart()).isEmpty();
  }

  @Test
  void standingCountsFromTheEndOfProbationNotFromTheConfirmingMeeting() {
    MemberFacts full = Lifecycle.replay(toFullMember());
    assertThat(full.status()).isEqualTo(MemberStatus.FULL);
    // The meeting was on 2023-07-05, after probation had ended on 2023-06-28.
    assertThat(full.standingStart()).contains(day("2023-06-28"));
  }

  @Test
  void probationAdmittedOnALeapDayEndsOnTheLastDayOfFebruary() {
    List<MemberEvent> history = new ArrayList<>(toFullMember().subList(0, 8));
    history.add(admitted("2024-02-29"));
    assertThat(Lifecycle.replay(history).probationEnd()).contains(day("2025-02-28"));
  }

  @Test
  void noRightsBeforeFullMembership() {
    List<MemberEvent> history = toFullMember();
    for (int i = 1; i < history.size(); i++) {
      MemberFacts facts = Lifecycle.replay(history.subList(0, i));
      assertThat(facts.hasVotingRights()).as(facts.status().code()).isFalse();
      assertThat(facts.hasElectionRights()).isFalse();
      assertThat(facts.mayIntroduce()).isFalse();
    }
    MemberFacts full = Lifecycle.replay(history);
    assertThat(full.hasVotingRights()).isTrue();
    assertThat(full.mayIntroduce()).isTrue();
  }

  @Test
  void stagesCannotBeSkipped() {
    assertThat(refused(List.of(applied("2020-01-01"), candidate("2020-02-01"))).reason())
        .isEqualTo("only an activist is designated candidate");
    assertThat(refused(List.of(activist("2020-01-01"))).status()).isEqualTo(MemberStatus.NONE);
    assertThat(refused(List.of(applied("2020-01-01"), activist("2020-02-01"), activist("2020-03-01"))).index()).hasValue(2);
    assertThat(refused(List.of(applied("2020-01-01"), talk("2020-01-10"), talk("2020-01-20"))).reason())
        .startsWith("the first talk was already recorded on 2020-01-10");
    assertThat(refused(List.of(applied("2020-01-01"), activist("2020-02-01"), politicalReview("2020-03-01", true))).reason())
        .isEqualTo("the political review is of a candidate");
  }

  @Test
  void admissionNeedsAPassedReviewATrainingAndTwoIntroducers() {
    List<MemberEvent> candidate = toFullMember().subList(0, 5);
    IllegalTransitionException none = refused(with(candidate, admitted("2022-06-28")));
    assertThat(none.index()).hasValue(5);
    assertThat(none.status()).isEqualTo(MemberStatus.CANDIDATE);
    assertThat(none.reason()).isEqualTo("an admission needs a passed political review (政治审查), a completed training not failed (集中培训结业), two introducers (入党介绍人)");
    assertThat(none).hasMessage("history[5]: 2022-06-28 admitted (支部大会接收为预备党员) cannot follow status candidate (发展对象): "
        + none.reason());

    assertThat(refused(with(candidate, politicalReview("2021-11-01", true), training("2021-11-15", "2021-11-17"),
        admitted("2022-06-28"))).reason()).isEqualTo("an admission needs two introducers (入党介绍人)");
    assertThat(refused(with(candidate, politicalReview("2021-11-01", false), training("2021-11-15", "2021-11-17"),
        introducers("2021-12-01"), admitted("2022-06-28"))).reason()).isEqualTo("an admission needs a passed political review (政治审查)");
    // A failed training (结业 not passed) is no training; a result not recorded is accepted (the rules report it).
    MemberEvent failed = ((MemberEvent.TrainingCompleted) training("2021-11-15", "2021-11-17")).withPassed(false);
    assertThat(refused(with(candidate, politicalReview("2021-11-01", true), failed, introducers("2021-12-01"),
        admitted("2022-06-28"))).reason()).isEqualTo("an admission needs a completed training not failed (集中培训结业)");
    assertThat(statusAfter(with(candidate, politicalReview("2021-11-01", true), failed,
        ((MemberEvent.TrainingCompleted) training("2021-12-15", "2021-12-17")).withPassed(true), introducers("2021-12-20"),
        new MemberEvent.PreReviewed(LocalDate.of(2022, 6, 1), Pipeline.COMMITTEE, true), admitted("2022-06-28"))))
        .isEqualTo(MemberStatus.PROBATIONARY);
    assertThat(refused(with(toFullMember().subList(0, 3), new MemberEvent.PreReviewed(LocalDate.of(2021, 3, 1), Pipeline.COMMITTEE, true)))
        .reason()).isEqualTo("the higher committee pre-reviews a candidate");
    assertThat(refused(with(candidate, new MemberEvent.ProbationReviewed(LocalDate.of(2021, 12, 1)))).reason())
        .isEqualTo("probation reviews are of probationary members");
    // A failed review followed by a passed one is enough.
    assertThat(statusAfter(with(candidate, politicalReview("2021-10-01", false), politicalReview("2021-11-01", true),
        training("2021-11-15", "2021-11-17"), introducers("2021-12-01"), admitted("2022-06-28"))))
        .isEqualTo(MemberStatus.PROBATIONARY);
  }

  @Test
  void confirmationNeedsApproval() {
    List<MemberEvent> unapproved = new ArrayList<>(toFullMember().subList(0, 9));
    unapproved.add(confirmed("2023-07-05"));
    assertThat(refused(unapproved).reason()).isEqualTo("the admission must be approved (审批) before confirmation");
    List<MemberEvent> twice = with(toFullMember().subList(0, 10), approved("2022-09-15"));
    assertThat(refused(twice).reason()).isEqualTo("the admission is already approved");
  }

  @Test
  void probationIsExtendedAtMostOnceAndTheExtensionMovesItsEnd() {
    List<MemberEvent> probation = toFullMember().subList(0, 10);
    List<MemberEvent> extendedOnce = with(probation, extended("2023-06-20", 6));
    MemberFacts facts = Lifecycle.replay(extendedOnce);
    assertThat(facts.probationEnd()).contains(day("2023-12-28"));
    assertThat(facts.extensionMonths()).isEqualTo(6);
    IllegalTransitionException second = refused(with(extendedOnce, extended("2023-12-20", 6)));
    assertThat(second.index()).hasValue(11);
    assertThat(second.reason()).contains("extended at most once");
    MemberFacts confirmedLate = Lifecycle.replay(with(extendedOnce, confirmed("2024-01-10")));
    assertThat(confirmedLate.standingStart()).contains(day("2023-12-28"));
  }

  @Test
  void cancellingProbationEndsMembershipUntilANewApplication() {
    List<MemberEvent> cancelled = with(toFullMember().subList(0, 10),
        new MemberEvent.ProbationCancelled(day("2023-06-20"), "不具备党员条件"));
    assertThat(statusAfter(cancelled)).isEqualTo(MemberStatus.PROBATION_CANCELLED);
    assertThat(refused(with(cancelled, confirmed("2023-07-01"))).status()).isEqualTo(MemberStatus.PROBATION_CANCELLED);
    MemberFacts again = Lifecycle.replay(with(cancelled, applied("2024-03-01")));
    assertThat(again.status()).isEqualTo(MemberStatus.APPLICANT);
    assertThat(again.admitted()).isEmpty();
    assertThat(again.applied()).contains(day("2024-03-01"));
  }

  @Test
  void nothingFollowsDeath() {
    List<MemberEvent> dead = with(toFullMember(), died("2024-05-01"));
    assertThat(statusAfter(dead)).isEqualTo(MemberStatus.DIED);
    for (MemberEvent after : List.of(died("2024-06-01"), applied("2024-06-01"), sanctioned("2024-06-01", SanctionKind.WARNING),
        new MemberEvent.CategoryChanged(day("2024-06-01"), MemberCategory.RETIRED), new MemberEvent.Withdrew(day("2024-06-01")),
        new MemberEvent.Moved(day("2024-06-01"), OrganisationId.of("b1"), Optional.empty()))) {
      IllegalTransitionException e = refused(with(dead, after));
      assertThat(e.status()).isEqualTo(MemberStatus.DIED);
      assertThat(e.index()).hasValue(dead.size());
    }
  }

  @Test
  void exitsEndMembershipAndOnlyANewApplicationMayFollow() {
    for (MemberEvent exit : List.of(new MemberEvent.Withdrew(day("2024-01-01")),
        new MemberEvent.Removed(day("2024-01-01"), RemovalKind.LAPSED),
        sanctioned("2024-01-01", SanctionKind.EXPULSION))) {
      List<MemberEvent> ended = with(toFullMember(), exit);
      assertThat(statusAfter(ended).isEnded()).as(exit.type().code()).isTrue();
      assertThat(refused(with(ended, oath("2024-02-01"))).index()).hasValue(ended.size());
      assertThat(statusAfter(with(ended, applied("2030-01-01")))).isEqualTo(MemberStatus.APPLICANT);
    }
    assertThat(statusAfter(with(toFullMember(), sanctioned("2024-01-01", SanctionKind.EXPULSION)))).isEqualTo(MemberStatus.EXPELLED);
  }

  @Test
  void suspensionReinstatementAndRemoval() {
    List<MemberEvent> suspended = with(toFullMember(), new MemberEvent.Suspended(day("2024-01-01"), "失去联系六个月以上"));
    assertThat(statusAfter(suspended)).isEqualTo(MemberStatus.SUSPENDED);
    assertThat(Lifecycle.replay(suspended).hasVotingRights()).isFalse();
    assertThat(statusAfter(with(suspended, new MemberEvent.Reinstated(day("2024-06-01"))))).isEqualTo(MemberStatus.FULL);
    assertThat(statusAfter(with(suspended, new MemberEvent.Removed(day("2026-01-01"), RemovalKind.LAPSED)))).isEqualTo(MemberStatus.REMOVED);
    assertThat(refused(with(suspended, sanctioned("2024-02-01", SanctionKind.WARNING))).reason()).isEqualTo("sanctions are imposed on members");
    assertThat(refused(with(toFullMember(), new MemberEvent.Reinstated(day("2024-06-01")))).reason())
        .isEqualTo("only a suspended membership is reinstated");
  }

  @Test
  void probationWithinThePartyRestrictsRightsWhileInForce() {
    List<MemberEvent> sanctioned = with(toFullMember(), probationWithinParty("2024-03-01", 12));
    MemberFacts inside = Lifecycle.factsOn(sanctioned, day("2025-02-28"));
    assertThat(inside.status()).isEqualTo(MemberStatus.FULL);
    assertThat(inside.underProbationWithinParty()).isTrue();
    assertThat(inside.hasVotingRights()).isFalse();
    assertThat(inside.hasElectionRights()).isFalse();
    assertThat(inside.mayIntroduce()).isFalse();
    assertThat(inside.sanctionsInForce()).singleElement()
        .isEqualTo(new SanctionInForce(SanctionKind.PROBATION_WITHIN_PARTY, day("2024-03-01"), day("2025-03-01")));
    MemberFacts after = Lifecycle.factsOn(sanctioned, day("2025-03-01"));
    assertThat(after.sanctionsInForce()).isEmpty();
    assertThat(after.hasVotingRights()).isTrue();

    List<MemberEvent> liftedEarly = with(sanctioned, new MemberEvent.SanctionEnded(day("2024-12-01"), SanctionKind.PROBATION_WITHIN_PARTY));
    assertThat(Lifecycle.factsOn(liftedEarly, day("2024-11-30")).mayIntroduce()).isFalse();
    assertThat(Lifecycle.factsOn(liftedEarly, day("2024-12-01")).mayIntroduce()).isTrue();
    assertThat(refused(with(toFullMember(), new MemberEvent.SanctionEnded(day("2024-12-01"), SanctionKind.WARNING))).reason())
        .isEqualTo("no 警告 imposed by 2024-12-01 is still to be ended");
  }

  @Test
  void aTimelineAnswersEveryDayAsAReplayDoesRightsIncludedAskedInAnyOrder() {
    List<MemberEvent> sanctioned = with(toFullMember(), probationWithinParty("2024-03-01", 12));
    List<List<MemberEvent>> histories = List.of(toFullMember(), toFullMember().subList(0, 10), sanctioned,
        with(sanctioned, new MemberEvent.SanctionEnded(day("2024-12-01"), SanctionKind.PROBATION_WITHIN_PARTY)),
        with(sanctioned, new MemberEvent.SanctionEnded(day("2025-02-28"), SanctionKind.PROBATION_WITHIN_PARTY)),
        with(toFullMember(), sanctioned("2024-03-01", SanctionKind.SERIOUS_WARNING)));
    for (List<MemberEvent> history : histories) {
      Lifecycle.Timeline timeline = Lifecycle.timeline(history);
      LocalDate first = history.get(0).date().minusDays(3);
      LocalDate last = day("2025-12-31");
      for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
        MemberFacts replayed = Lifecycle.factsOn(history, d);
        assertThat(timeline.factsOn(d)).as("facts on %s", d).isEqualTo(replayed);
        assertThat(timeline.hasVotingRightsOn(d)).as("rights on %s", d).isEqualTo(replayed.hasVotingRights());
        assertThat(timeline.statusOn(d)).as("status on %s", d).isEqualTo(replayed.status());
        // Back to the first day and on again: the facts a state keeps from the day last asked for are not another day's.
        assertThat(timeline.factsOn(first)).isEqualTo(Lifecycle.factsOn(history, first));
        assertThat(timeline.factsOn(d).date()).isEqualTo(d);
      }
    }
  }

  @Test
  void aSanctionEndsOnItsLastDayOrIsFormallyEndedAfterItsEffectRanOut() {
    // 留党察看 of 12 months from 2024-03-01: the last day of effect is 2025-02-28, the first without is 2025-03-01.
    List<MemberEvent> sanctioned = with(toFullMember(), probationWithinParty("2024-03-01", 12));
    List<MemberEvent> onLastDay = with(sanctioned, new MemberEvent.SanctionEnded(day("2025-02-28"), SanctionKind.PROBATION_WITHIN_PARTY));
    assertThat(Lifecycle.factsOn(onLastDay, day("2025-02-27")).hasVotingRights()).isFalse();
    assertThat(Lifecycle.factsOn(onLastDay, day("2025-02-28")).hasVotingRights()).as("lifted on its last day").isTrue();
    for (String restored : List.of("2025-03-01", "2025-03-20")) {
      List<MemberEvent> formally = with(sanctioned, new MemberEvent.SanctionEnded(day(restored), SanctionKind.PROBATION_WITHIN_PARTY));
      assertThat(Lifecycle.factsOn(formally, day("2025-02-28")).hasVotingRights()).as("restored %s: the effect is unchanged", restored).isFalse();
      assertThat(Lifecycle.factsOn(formally, day("2025-03-01")).hasVotingRights()).isTrue();
      assertThat(Lifecycle.factsOn(formally, day("2025-03-01")).sanctionsInForce()).isEmpty();
    }
    assertThat(refused(with(onLastDay, new MemberEvent.SanctionEnded(day("2025-03-01"), SanctionKind.PROBATION_WITHIN_PARTY))).reason())
        .as("a sanction is ended once").isEqualTo("no 留党察看 imposed by 2025-03-01 is still to be ended");
    assertThat(refused(with(toFullMember(), new MemberEvent.SanctionEnded(day("2024-02-29"), SanctionKind.PROBATION_WITHIN_PARTY),
        probationWithinParty("2024-03-01", 12))).reason()).isNotEmpty();
  }

  @Test
  void otherSanctionsLastTheirStatutoryPeriodAndLeaveRightsIntact() {
    List<MemberEvent> warned = with(toFullMember(), sanctioned("2024-03-01", SanctionKind.SERIOUS_WARNING));
    assertThat(Lifecycle.factsOn(warned, day("2025-08-31")).sanctionsInForce()).hasSize(1);
    assertThat(Lifecycle.factsOn(warned, day("2025-09-01")).sanctionsInForce()).isEmpty();
    assertThat(Lifecycle.factsOn(warned, day("2024-06-01")).hasVotingRights()).isTrue();
    List<MemberEvent> probationary = toFullMember().subList(0, 10);
    assertThat(refused(with(probationary, probationWithinParty("2023-01-01", 12))).reason()).startsWith("留党察看 is imposed on full members");
    assertThat(statusAfter(with(probationary, sanctioned("2023-01-01", SanctionKind.WARNING)))).isEqualTo(MemberStatus.PROBATIONARY);
  }

  @Test
  void aMemberTransferredInDuringProbationIsConfirmedLater() {
    List<MemberEvent> history = List.of(transferredInProbationary("2023-09-05", "2023-03-20"), oath("2023-09-20"),
        confirmed("2024-04-02"));
    MemberFacts facts = Lifecycle.replay(history);
    assertThat(facts.status()).isEqualTo(MemberStatus.FULL);
    assertThat(facts.probationEnd()).contains(day("2024-03-20"));
    assertThat(facts.standingStart()).contains(day("2024-03-20"));
    assertThat(Lifecycle.factsOn(history, day("2024-01-01")).status()).isEqualTo(MemberStatus.PROBATIONARY);
    assertThat(refused(List.of(transferredInProbationary("2023-09-05", "2023-03-20"), approved("2023-10-01"))).reason())
        .isEqualTo("the admission is already approved");
  }

  @Test
  void transferOutAndBackIn() {
    List<MemberEvent> out = with(toFullMember(), transferredOut("2024-02-01"));
    assertThat(statusAfter(out)).isEqualTo(MemberStatus.TRANSFERRED_OUT);
    assertThat(refused(with(out, oath("2024-03-01"))).status()).isEqualTo(MemberStatus.TRANSFERRED_OUT);
    MemberEvent back = new MemberEvent.TransferredIn(day("2025-02-01"), "某市教育局机关党委",
        new TransferLetter("FH-1", day("2025-01-20"), day("2025-04-20")), MemberStatus.FULL, Optional.empty(), Optional.of(day("2023-06-28")));
    assertThat(Lifecycle.replay(with(out, back)).standingStart()).contains(day("2023-06-28"));
    assertThat(refused(with(toFullMember(), back)).reason()).isEqualTo("a transfer in opens a history, or follows a transfer out");
  }

  @Test
  void applyAppendsRefusesAndMovesTheMember() {
    Member member = Member.builder().id(MemberId.of("m1")).name("赵丽").gender(Gender.FEMALE).birthDate(day("2001-05-04"))
        .category(MemberCategory.TEACHER).branch(OrganisationId.of("b1")).addHistory(applied("2024-01-10")).build();
    assertThat(member.status()).isEqualTo(MemberStatus.APPLICANT);
    Member activist = Lifecycle.apply(member, activist("2024-03-01"));
    assertThat(activist.status()).isEqualTo(MemberStatus.ACTIVIST);
    assertThat(activist.history()).hasSize(2);
    assertThat(member.history()).hasSize(1);

    IllegalTransitionException skip = catchThrowableOfType(IllegalTransitionException.class,
        () -> Lifecycle.apply(member, admitted("2024-04-01")));
    assertThat(skip.status()).isEqualTo(MemberStatus.APPLICANT);
    assertThat(skip.index()).isEmpty();
    assertThat(skip).hasMessage("2024-04-01 admitted (支部大会接收为预备党员) cannot follow status applicant (入党申请人): only a candidate is admitted");
    assertThatThrownBy(() -> Lifecycle.apply(activist, reviewed("2024-02-01")))
        .isInstanceOf(IllegalTransitionException.class)
        .hasMessageContaining("dated before the last recorded event (2024-03-01)");

    Member moved = Lifecycle.apply(activist, new MemberEvent.Moved(day("2024-05-01"), OrganisationId.of("b2"), Optional.of(OrganisationId.of("b2-g1"))));
    assertThat(moved.placement()).isEqualTo(Placement.inGroup(OrganisationId.of("b2"), OrganisationId.of("b2-g1")));
    Member student = Lifecycle.apply(moved, new MemberEvent.CategoryChanged(day("2024-06-01"), MemberCategory.STUDENT));
    assertThat(student.category()).isEqualTo(MemberCategory.STUDENT);
  }

  @Test
  void membersAreBuiltOnlyWithALegalOrderedHistory() {
    assertThat(problem(() -> identity().build())).isEqualTo("history missing-history");
    assertThat(problem(() -> identity().history(List.of(applied("2024-01-10"), candidate("2024-02-01"))).build()))
        .isEqualTo("history[1] illegal-transition");
    assertThat(problem(() -> identity().history(List.of(applied("2024-01-10"), activist("2024-01-09"))).build()))
        .isEqualTo("history[1].date out-of-order");
    assertThat(problem(() -> identity().history(List.of(applied("2024-01-10"),
        new MemberEvent.Moved(day("2024-02-01"), OrganisationId.of("b9"), Optional.empty()))).build()))
        .isEqualTo("branch placement-disagrees-with-history");
    assertThat(problem(() -> identity().history(List.of(applied("2024-01-10"),
        new MemberEvent.CategoryChanged(day("2024-02-01"), MemberCategory.RETIRED))).build()))
        .isEqualTo("category category-disagrees-with-history");
  }

  @Test
  void eventsCheckTheirOwnValues() {
    assertThat(problem(() -> new MemberEvent.IntroducersNamed(day("2024-01-01"), List.of(INTRODUCER_A, INTRODUCER_A))))
        .isEqualTo("introducers invalid-value");
    assertThat(problem(() -> new MemberEvent.IntroducersNamed(day("2024-01-01"), List.of(INTRODUCER_A))))
        .isEqualTo("introducers invalid-value");
    assertThat(problem(() -> new MemberEvent.ActivistDesignated(day("2024-01-01"), List.of()))).isEqualTo("contacts invalid-value");
    assertThat(problem(() -> probationWithinParty("2024-01-01", 18))).isEqualTo("months invalid-value");
    assertThat(problem(() -> new MemberEvent.Sanctioned(day("2024-01-01"), SanctionKind.WARNING, Optional.of(12))))
        .isEqualTo("months invalid-value");
    assertThat(problem(() -> training("2024-01-03", "2024-01-01"))).isEqualTo("to end-before-start");
    assertThat(problem(() -> extended("2024-01-01", 13))).isEqualTo("months invalid-value");
    assertThat(problem(() -> new MemberEvent.TransferredIn(day("2024-01-01"), "x", new TransferLetter("1", day("2024-01-01"), day("2024-02-01")),
        MemberStatus.FULL, Optional.empty(), Optional.empty()))).isEqualTo("fullSince missing-field");
    assertThat(problem(() -> new MemberEvent.TransferredIn(day("2024-01-01"), "x", new TransferLetter("1", day("2024-01-01"), day("2024-02-01")),
        MemberStatus.ACTIVIST, Optional.empty(), Optional.empty()))).isEqualTo("status invalid-value");
    assertThat(problem(() -> new TransferLetter("1", day("2024-02-01"), day("2024-01-01")))).isEqualTo("validUntil end-before-start");
  }

  private static Member.Builder identity() {
    return Member.builder().id(MemberId.of("m1")).name("赵丽").gender(Gender.FEMALE).birthDate(day("2001-05-04"))
        .category(MemberCategory.TEACHER).branch(OrganisationId.of("b1"));
  }

  private static String problem(Runnable action) {
    ValidationException e = catchThrowableOfType(ValidationException.class, action::run);
    assertThat(e).as("expected a ValidationException").isNotNull();
    return e.problems().get(0).path() + " " + e.problems().get(0).code();
  }
}
