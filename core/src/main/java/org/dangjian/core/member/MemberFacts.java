package org.dangjian.core.member;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a member's history says on a given day: the status, the dates of the development pipeline, the
 * end of probation, the start of standing (党龄), and the sanctions in force — the facts rules and
 * forms ask about. Derived by {@link Lifecycle#factsOn}.
 *
 * @param date the day the facts are for
 * @param status the status on that day
 * @param applied the day of the (latest) application, if any
 * @param activistSince the day of designation as activist, if reached
 * @param candidateSince the day of designation as candidate, if reached
 * @param admitted the day the branch meeting admitted the member (probation counts from it), if reached
 * @param approved the day the higher committee approved the admission, if recorded
 * @param probationEnd the day probation ends: admission plus one year plus any extension
 * @param standingStart the day standing (党龄) counts from: the end of probation, or as carried by a transfer
 * @param extensionMonths the months probation was extended by; 0 if never
 * @param suspendedSince the day membership was suspended, while it is
 * @param sanctionsInForce the sanctions with effect on that day
 */
public record MemberFacts(
    LocalDate date,
    MemberStatus status,
    Optional<LocalDate> applied,
    Optional<LocalDate> activistSince,
    Optional<LocalDate> candidateSince,
    Optional<LocalDate> admitted,
    Optional<LocalDate> approved,
    Optional<LocalDate> probationEnd,
    Optional<LocalDate> standingStart,
    int extensionMonths,
    Optional<LocalDate> suspendedSince,
    List<SanctionInForce> sanctionsInForce) {

  /** Checks for nulls and copies the list. */
  public MemberFacts {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(applied, "applied");
    Objects.requireNonNull(activistSince, "activistSince");
    Objects.requireNonNull(candidateSince, "candidateSince");
    Objects.requireNonNull(admitted, "admitted");
    Objects.requireNonNull(approved, "approved");
    Objects.requireNonNull(probationEnd, "probationEnd");
    Objects.requireNonNull(standingStart, "standingStart");
    Objects.requireNonNull(suspendedSince, "suspendedSince");
    sanctionsInForce = List.copyOf(sanctionsInForce);
  }

  /** @return whether 留党察看 is in force: no vote, no election rights, no introducing */
  public boolean underProbationWithinParty() {
    for (SanctionInForce s : sanctionsInForce) { // a loop, not a stream: asked for every member a vote counts
      if (s.sanction() == SanctionKind.PROBATION_WITHIN_PARTY) {
        return true;
      }
    }
    return false;
  }

  /**
   * The rule of {@link #hasVotingRights()} for a member's state without its facts made: a member's timeline
   * answers {@code Member.hasVotingRightsOn} with it.
   *
   * @param status a status
   * @param sanctions sanctions, in force on the day or not
   * @param day a day
   * @return whether a member of that status, under those sanctions, may vote that day
   */
  static boolean hasVotingRights(MemberStatus status, List<SanctionInForce> sanctions, LocalDate day) {
    if (status != MemberStatus.FULL) {
      return false;
    }
    for (SanctionInForce s : sanctions) {
      if (s.sanction() == SanctionKind.PROBATION_WITHIN_PARTY && s.inForceOn(day)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Voting rights (表决权): only full members, and not while 留党察看 is in force; never applicants,
   * activists, candidates, probationary or suspended members (党章 第七条, 第四十一条).
   *
   * @return whether the member may vote
   */
  public boolean hasVotingRights() {
    return status == MemberStatus.FULL && !underProbationWithinParty(); // as hasVotingRights(status, sanctions, day)
  }

  /** @return whether the member may elect and be elected: as for voting (选举条例 第五条) */
  public boolean hasElectionRights() {
    return hasVotingRights();
  }

  /** @return whether the member may act as an introducer (入党介绍人): a full member whose rights are not restricted */
  public boolean mayIntroduce() {
    return hasVotingRights();
  }
}
