package org.dangjian.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.member.MemberCategory;
import org.dangjian.core.member.MemberEvent;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.member.SanctionKind;
import org.dangjian.core.member.VoteTally;
import org.junit.jupiter.api.Test;

/**
 * Branch-meeting votes (超过半数 of the entitled, written opinions counting, the entitled taken from the
 * roll on the day) and the rights of contacts and introducers on the days they act.
 */
class VotesAndRightsRulesTest {
  private static final LocalDate MEETING = LocalDate.of(2024, 6, 28);
  private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
  private static final RuleSet ADMISSION_VOTE = Rules.single("branch-meeting-vote", "violation",
      "{events: [admitted], quorum: more-than-half, passing: more-than-half}");
  private static final RuleSet RIGHTS = Rules.single("development-rights", "violation", "{}");

  /** The pipeline of a candidate introduced by m001 and m002 (contact m001), admitted at a meeting with this tally. */
  private static List<MemberEvent> admitted(LocalDate day, VoteTally tally, String... introducers) {
    List<MemberEvent> events = new ArrayList<>(List.of(
        new MemberEvent.Applied(LocalDate.of(2022, 3, 1)),
        new MemberEvent.FirstTalkHeld(LocalDate.of(2022, 3, 15), Optional.empty()),
        new MemberEvent.ActivistDesignated(LocalDate.of(2022, 5, 1), List.of(MemberId.of("m001"))),
        new MemberEvent.ActivistReviewed(LocalDate.of(2022, 11, 1)),
        new MemberEvent.ActivistReviewed(LocalDate.of(2023, 5, 1)),
        new MemberEvent.CandidateDesignated(LocalDate.of(2023, 6, 1)),
        new MemberEvent.PoliticalReviewed(LocalDate.of(2024, 4, 1), true),
        new MemberEvent.TrainingCompleted(LocalDate.of(2024, 4, 10), LocalDate.of(2024, 4, 12), 24).withPassed(true),
        new MemberEvent.IntroducersNamed(LocalDate.of(2024, 5, 20),
            List.of(MemberId.of(introducers.length > 0 ? introducers[0] : "m001"), MemberId.of(introducers.length > 1 ? introducers[1] : "m002"))),
        new MemberEvent.PreReviewed(LocalDate.of(2024, 6, 1), org.dangjian.core.org.OrganisationId.of("root"), true)));
    if (tally != null) {
      events.add(new MemberEvent.Admitted(day, tally));
    }
    return events;
  }

  /** A branch of sixteen full members (m001–m016) and, as m017, a candidate admitted with the tally. */
  private static Fixture sixteenAnd(VoteTally tally) {
    Fixture fixture = new Fixture().branch("b1");
    fixture.fullMembers("b1", 16, null);
    fixture.member("b1", LocalDate.of(1995, 5, 5), MemberCategory.TEACHER, admitted(MEETING, tally));
    return fixture;
  }

  private static List<String> found(Fixture fixture, RuleSet set) {
    return Rules.findings(fixture.build(), set, AS_OF).stream()
        .map(f -> f.messageCode() + " " + f.subject() + " " + f.since().map(LocalDate::toString).orElse("")).toList();
  }

  @Test
  void nineOfSixteenPresentAndInFavourCarriesTheAdmission() {
    assertThat(found(sixteenAnd(VoteTally.of(16, 9, 9, 0, 0)), ADMISSION_VOTE)).isEmpty();
  }

  @Test
  void exactlyHalfPresentIsNoQuorumAndExactlyHalfInFavourDoesNotCarry() {
    assertThat(found(sixteenAnd(VoteTally.of(16, 8, 8, 0, 0)), ADMISSION_VOTE)).containsExactly(
        "branch-meeting-vote.not-carried member:m017 2024-06-28", "branch-meeting-vote.quorum member:m017 2024-06-28");
    assertThat(found(sixteenAnd(VoteTally.of(16, 7, 7, 0, 0)), ADMISSION_VOTE)).as("7 of 16, the issue's example").hasSize(2);
    assertThat(found(sixteenAnd(VoteTally.of(16, 12, 8, 3, 1)), ADMISSION_VOTE))
        .as("a quorum, but 8 of 16 in favour: the denominator is the entitled, not those present")
        .containsExactly("branch-meeting-vote.not-carried member:m017 2024-06-28");
  }

  @Test
  void writtenOpinionsCountAsVotesButNotAsPresence() {
    // 8 present and 1 written opinion: 9 votes in favour carry, but 8 present is no quorum.
    assertThat(found(sixteenAnd(new VoteTally(16, 8, 9, 0, 0, 1)), ADMISSION_VOTE))
        .containsExactly("branch-meeting-vote.quorum member:m017 2024-06-28");
    assertThat(found(sixteenAnd(new VoteTally(16, 9, 9, 0, 0, 1)), ADMISSION_VOTE)).isEmpty();
  }

  @Test
  void aTallyThatClaimsAnotherDenominatorIsAFindingNamingBothNumbers() {
    // 7 of a claimed 12 looks carried, but 16 members were entitled: three findings, all against 16.
    Dataset dataset = sixteenAnd(VoteTally.of(12, 7, 7, 0, 0)).build();
    List<Finding> findings = Rules.findings(dataset, ADMISSION_VOTE, AS_OF);
    assertThat(findings).extracting(Finding::messageCode).containsExactly("branch-meeting-vote.entitled-mismatch",
        "branch-meeting-vote.not-carried", "branch-meeting-vote.quorum");
    Finding mismatch = findings.get(0);
    assertThat(mismatch.arguments()).containsEntry("claimed", "12").containsEntry("entitled", "16");
    assertThat(FindingMessages.message(mismatch, Locale.SIMPLIFIED_CHINESE)).contains("应到会12人").contains("正式党员为16人");
    assertThat(FindingMessages.message(mismatch, Locale.ENGLISH)).contains("records 12 entitled voters, but 16 full members");
  }

  /**
   * Twelve full members, two probationary, one under 留党察看, one suspended, one warned (who keeps the
   * vote), one full by a transfer in on the meeting day and one the day after; m020 admitted with the tally.
   */
  private static Fixture mixedRoll(LocalDate meeting, VoteTally tally) {
    Fixture fixture = new Fixture().branch("b1");
    fixture.fullMembers("b1", 12, null);
    fixture.probationaryMembers("b1", 2);
    MemberEvent full = Fixture.fullSince(LocalDate.of(2015, 7, 1));
    fixture.member("b1", LocalDate.of(1980, 1, 1), MemberCategory.TEACHER, List.of(full,
        new MemberEvent.Sanctioned(LocalDate.of(2024, 1, 10), SanctionKind.PROBATION_WITHIN_PARTY, Optional.of(12))));
    fixture.member("b1", LocalDate.of(1980, 1, 1), MemberCategory.TEACHER, List.of(full,
        new MemberEvent.Suspended(LocalDate.of(2024, 2, 1), "失去联系六个月")));
    fixture.member("b1", LocalDate.of(1980, 1, 1), MemberCategory.TEACHER, List.of(full,
        new MemberEvent.Sanctioned(LocalDate.of(2024, 3, 1), SanctionKind.WARNING, Optional.empty())));
    fixture.addMembers("b1", 1, null, transferredInFull(MEETING));
    fixture.addMembers("b1", 1, null, transferredInFull(MEETING.plusDays(1)));
    fixture.member("b1", LocalDate.of(1995, 5, 5), MemberCategory.TEACHER, admitted(meeting, tally));
    return fixture;
  }

  @Test
  void theEntitledAreFullMembersWithRightsOnTheMeetingDay() {
    // 12 + the warned member + the one full since the meeting day = 14 entitled: 8 of 14 carry it.
    assertThat(found(mixedRoll(MEETING, VoteTally.of(14, 8, 8, 0, 0)), ADMISSION_VOTE)).isEmpty();
    assertThat(Rules.findings(mixedRoll(MEETING, VoteTally.of(15, 8, 8, 0, 0)).build(), ADMISSION_VOTE, AS_OF))
        .singleElement().satisfies(f -> assertThat(f.arguments()).containsEntry("claimed", "15").containsEntry("entitled", "14"));
    // The day after, the second transfer counts too: 15.
    assertThat(found(mixedRoll(MEETING.plusDays(1), VoteTally.of(15, 8, 8, 0, 0)), ADMISSION_VOTE)).isEmpty();
  }

  private static MemberEvent transferredInFull(LocalDate received) {
    return new MemberEvent.TransferredIn(received, "外县党支部",
        new org.dangjian.core.member.TransferLetter("L-9", received.minusDays(5), received.plusMonths(3)),
        org.dangjian.core.member.MemberStatus.FULL, Optional.empty(), Optional.of(LocalDate.of(2010, 7, 1)));
  }

  @Test
  void aTallyClaimingMoreThanTheRollIsAMismatch() {
    Fixture fixture = new Fixture().branch("b1");
    fixture.fullMembers("b1", 2, null);
    fixture.member("b1", LocalDate.of(1995, 5, 5), MemberCategory.TEACHER, admitted(MEETING, VoteTally.of(16, 9, 9, 0, 0)));
    assertThat(found(fixture, ADMISSION_VOTE)).containsExactly("branch-meeting-vote.entitled-mismatch member:m003 2024-06-28");
  }

  @Test
  void aRollWithNobodyEntitledFallsBackToTheTallysOwnFigure() {
    Fixture fixture = new Fixture().branch("b1").branch("b2");
    fixture.fullMembers("b2", 2, null); // the introducers, in another branch
    fixture.member("b1", LocalDate.of(1995, 5, 5), MemberCategory.TEACHER, admitted(MEETING, VoteTally.of(16, 9, 9, 0, 0)));
    fixture.member("b1", LocalDate.of(1995, 5, 5), MemberCategory.TEACHER, admitted(MEETING, VoteTally.of(16, 8, 8, 0, 0)));
    assertThat(found(fixture, ADMISSION_VOTE)).containsExactly(
        "branch-meeting-vote.not-carried member:m004 2024-06-28", "branch-meeting-vote.quorum member:m004 2024-06-28");
  }

  @Test
  void confirmationVotesAndVotesOutsideTheWindow() {
    Fixture fixture = sixteenAnd(VoteTally.of(16, 9, 9, 0, 0));
    RuleSet confirmationVote = Rules.single("branch-meeting-vote", "violation", "{events: [confirmed]}");
    assertThat(found(fixture, confirmationVote)).isEmpty();
    Fixture older = new Fixture().branch("b1");
    older.fullMembers("b1", 16, null);
    List<MemberEvent> history = new ArrayList<>(List.of(
        new MemberEvent.Applied(LocalDate.of(2021, 3, 1)),
        new MemberEvent.ActivistDesignated(LocalDate.of(2021, 5, 1), List.of(MemberId.of("m001"))),
        new MemberEvent.CandidateDesignated(LocalDate.of(2022, 6, 1)),
        new MemberEvent.PoliticalReviewed(LocalDate.of(2023, 4, 1), true),
        new MemberEvent.TrainingCompleted(LocalDate.of(2023, 4, 10), LocalDate.of(2023, 4, 12), 24),
        new MemberEvent.IntroducersNamed(LocalDate.of(2023, 5, 20), List.of(MemberId.of("m001"), MemberId.of("m002"))),
        new MemberEvent.Admitted(LocalDate.of(2023, 6, 28), VoteTally.of(16, 9, 9, 0, 0))));
    history.add(new MemberEvent.AdmissionApproved(LocalDate.of(2023, 8, 1), org.dangjian.core.org.OrganisationId.of("root")));
    history.add(new MemberEvent.Confirmed(LocalDate.of(2024, 6, 28), VoteTally.of(16, 8, 8, 0, 0)));
    older.member("b1", LocalDate.of(1995, 5, 5), MemberCategory.TEACHER, history);
    assertThat(found(older, confirmationVote)).containsExactly("branch-meeting-vote.not-carried member:m017 2024-06-28",
        "branch-meeting-vote.quorum member:m017 2024-06-28");
    assertThat(found(older, ADMISSION_VOTE)).as("the 2023 admission is outside the 2024 window").isEmpty();
  }

  @Test
  void badParametersAreRefused() {
    assertThatThrownBy(() -> Rules.single("branch-meeting-vote", "violation", "{events: [applied]}"))
        .hasMessageContaining("carries no vote");
    assertThatThrownBy(() -> Rules.single("branch-meeting-vote", "violation", "{events: []}"))
        .hasMessageContaining("needs events");
  }

  @Test
  void theGuardedLifecycleRefusesAnAdmissionThatDoesNotCarry() {
    Fixture fixture = new Fixture().branch("b1");
    fixture.fullMembers("b1", 16, null);
    fixture.member("b1", LocalDate.of(1995, 5, 5), MemberCategory.TEACHER, admitted(MEETING, null));
    Dataset dataset = fixture.build();
    RuleSet national = RuleSetRegistry.standard().resolve("cn-national", AS_OF);
    RuleViolationException e = catchThrowableOfType(RuleViolationException.class, () -> GuardedLifecycle.apply(dataset,
        national, MemberId.of("m017"), new MemberEvent.Admitted(MEETING, VoteTally.of(16, 9, 8, 1, 0))));
    assertThat(e.findings()).extracting(Finding::ruleId, Finding::messageCode)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("admission-vote", "branch-meeting-vote.not-carried"));
    GuardedLifecycle.Outcome carried = GuardedLifecycle.apply(dataset, national, MemberId.of("m017"),
        new MemberEvent.Admitted(MEETING, VoteTally.of(16, 9, 9, 0, 0)));
    assertThat(carried.member().status()).isEqualTo(org.dangjian.core.member.MemberStatus.PROBATIONARY);
  }

  @Test
  void introducersMustHoldFullRightsOnTheAdmissionDayNotOnlyWhenNamed() {
    Fixture fixture = new Fixture().branch("b1");
    fixture.fullMembers("b1", 16, null);
    // m002 is put under 留党察看 between being named (20 May) and the admission (28 June).
    fixture.members.set(1, org.dangjian.core.member.Member.builder().from(fixture.members.get(1))
        .addHistory(new MemberEvent.Sanctioned(MEETING, SanctionKind.PROBATION_WITHIN_PARTY, Optional.of(12))).build());
    fixture.member("b1", LocalDate.of(1995, 5, 5), MemberCategory.TEACHER, admitted(MEETING, VoteTally.of(15, 9, 9, 0, 0)));
    List<Finding> findings = Rules.findings(fixture.build(), RIGHTS, AS_OF);
    assertThat(findings).extracting(f -> f.messageCode() + " " + f.subject() + " " + f.since().orElseThrow() + " " + f.evidence())
        .containsExactly("development-rights.introducer member:m017 2024-06-28 [member:m017, member:m002]");
    assertThat(FindingMessages.message(findings.get(0), Locale.SIMPLIFIED_CHINESE)).contains("留党察看期间");
    // The day before the sanction the same history is sound.
    Fixture sound = new Fixture().branch("b1");
    sound.fullMembers("b1", 16, null);
    sound.members.set(1, org.dangjian.core.member.Member.builder().from(sound.members.get(1))
        .addHistory(new MemberEvent.Sanctioned(MEETING.plusDays(1), SanctionKind.PROBATION_WITHIN_PARTY, Optional.of(12))).build());
    sound.member("b1", LocalDate.of(1995, 5, 5), MemberCategory.TEACHER, admitted(MEETING, VoteTally.of(16, 9, 9, 0, 0)));
    assertThat(found(sound, RIGHTS)).isEmpty();
  }

  @Test
  void aProbationaryIntroducerOrContactIsAFindingNotARefusedDataset() {
    Fixture fixture = new Fixture().branch("b1");
    fixture.fullMembers("b1", 1, null);
    fixture.probationaryMembers("b1", 1); // m002, probationary since 2023-09-01 (received 2024-03-01)
    List<MemberEvent> history = admitted(MEETING, VoteTally.of(1, 1, 1, 0, 0), "m001", "m002");
    history.set(2, new MemberEvent.ActivistDesignated(LocalDate.of(2022, 5, 1), List.of(MemberId.of("m002"))));
    fixture.member("b1", LocalDate.of(1995, 5, 5), MemberCategory.TEACHER, history);
    // m002 was nobody on the roll (status none) when designated contact in 2022, and probationary when named and at the admission.
    assertThat(found(fixture, RIGHTS)).containsExactly("development-rights.introducer member:m003 2024-05-20");
    assertThat(Rules.findings(fixture.build(), RIGHTS, LocalDate.of(2022, 12, 31))).extracting(Finding::messageCode)
        .containsExactly("development-rights.contact");
  }

  @Test
  void aContactWhoLosesRightsWhileTrainingTheActivistIsJudgedFromThatDay() {
    Fixture fixture = new Fixture().branch("b1");
    fixture.fullMembers("b1", 2, null);
    fixture.members.set(0, org.dangjian.core.member.Member.builder().from(fixture.members.get(0))
        .addHistory(new MemberEvent.Suspended(LocalDate.of(2024, 2, 29), "失去联系六个月")).build());
    fixture.member("b1", LocalDate.of(1995, 5, 5), MemberCategory.TEACHER, List.of(
        new MemberEvent.Applied(LocalDate.of(2023, 9, 1)),
        new MemberEvent.FirstTalkHeld(LocalDate.of(2023, 9, 15), Optional.empty()),
        new MemberEvent.ActivistDesignated(LocalDate.of(2023, 11, 1), List.of(MemberId.of("m001"), MemberId.of("m002")))));
    assertThat(found(fixture, RIGHTS)).containsExactly("development-rights.contact member:m003 2024-02-29");
    assertThat(Rules.findings(fixture.build(), RIGHTS, LocalDate.of(2024, 2, 28))).isEmpty();
  }

  @Test
  void aSessionReEvaluatesTheActivistWhenAContactInAnotherBranchLosesRights() {
    Fixture fixture = new Fixture().branch("b1").branch("b2");
    fixture.fullMembers("b2", 2, null); // m001, m002: the contacts, in another branch
    fixture.member("b1", LocalDate.of(1995, 5, 5), MemberCategory.TEACHER, List.of(
        new MemberEvent.Applied(LocalDate.of(2023, 9, 1)),
        new MemberEvent.FirstTalkHeld(LocalDate.of(2023, 9, 15), Optional.empty()),
        new MemberEvent.ActivistDesignated(LocalDate.of(2023, 11, 1), List.of(MemberId.of("m001")))));
    RuleSet national = RuleSetRegistry.standard().resolve("cn-national", AS_OF);
    ComplianceSession session = ComplianceSession.start(fixture.build(), national, org.dangjian.core.time.ReportingPeriod.year(2024), AS_OF);
    ComplianceSession.Update update = session.apply(org.dangjian.core.dataset.DatasetChange.memberEvent(MemberId.of("m001"),
        new MemberEvent.Suspended(LocalDate.of(2024, 5, 6), "失去联系六个月")));
    assertThat(update.findingsAdded()).extracting(Finding::ruleId).contains("development-rights");
    assertThat(session.report()).isEqualTo(ComplianceEngine.evaluate(session.dataset(), national,
        org.dangjian.core.time.ReportingPeriod.year(2024), AS_OF));
  }
}
