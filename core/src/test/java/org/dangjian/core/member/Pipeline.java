package org.dangjian.core.member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dangjian.core.org.OrganisationId;

/** Events of a development pipeline with plausible dates, for the lifecycle tests. */
public final class Pipeline {
  public static final MemberId CONTACT = MemberId.of("m-contact");
  public static final MemberId INTRODUCER_A = MemberId.of("m-intro-a");
  public static final MemberId INTRODUCER_B = MemberId.of("m-intro-b");
  public static final OrganisationId COMMITTEE = OrganisationId.of("jyj");
  public static final VoteTally UNANIMOUS = VoteTally.of(20, 18, 18, 0, 0);

  public static MemberEvent applied(String date) {
    return new MemberEvent.Applied(LocalDate.parse(date));
  }

  public static MemberEvent talk(String date) {
    return new MemberEvent.FirstTalkHeld(LocalDate.parse(date), Optional.of(CONTACT));
  }

  public static MemberEvent activist(String date) {
    return new MemberEvent.ActivistDesignated(LocalDate.parse(date), List.of(CONTACT));
  }

  public static MemberEvent reviewed(String date) {
    return new MemberEvent.ActivistReviewed(LocalDate.parse(date));
  }

  public static MemberEvent candidate(String date) {
    return new MemberEvent.CandidateDesignated(LocalDate.parse(date));
  }

  public static MemberEvent politicalReview(String date, boolean passed) {
    return new MemberEvent.PoliticalReviewed(LocalDate.parse(date), passed);
  }

  public static MemberEvent training(String from, String to) {
    return new MemberEvent.TrainingCompleted(LocalDate.parse(from), LocalDate.parse(to), 24);
  }

  public static MemberEvent introducers(String date) {
    return new MemberEvent.IntroducersNamed(LocalDate.parse(date), List.of(INTRODUCER_A, INTRODUCER_B));
  }

  public static MemberEvent admitted(String date) {
    return new MemberEvent.Admitted(LocalDate.parse(date), UNANIMOUS);
  }

  public static MemberEvent approved(String date) {
    return new MemberEvent.AdmissionApproved(LocalDate.parse(date), COMMITTEE);
  }

  public static MemberEvent oath(String date) {
    return new MemberEvent.OathTaken(LocalDate.parse(date));
  }

  public static MemberEvent confirmed(String date) {
    return new MemberEvent.Confirmed(LocalDate.parse(date), UNANIMOUS);
  }

  public static MemberEvent extended(String date, int months) {
    return new MemberEvent.ProbationExtended(LocalDate.parse(date), months);
  }

  public static MemberEvent sanctioned(String date, SanctionKind kind) {
    return new MemberEvent.Sanctioned(LocalDate.parse(date), kind, Optional.empty());
  }

  public static MemberEvent probationWithinParty(String date, int months) {
    return new MemberEvent.Sanctioned(LocalDate.parse(date), SanctionKind.PROBATION_WITHIN_PARTY, Optional.of(months));
  }

  public static MemberEvent died(String date) {
    return new MemberEvent.Died(LocalDate.parse(date));
  }

  public static MemberEvent transferredInProbationary(String received, String admitted) {
    LocalDate on = LocalDate.parse(received);
    return new MemberEvent.TransferredIn(on, "某县第三中学党支部", new TransferLetter("ZZ-001", on.minusDays(5), on.plusMonths(3)),
        MemberStatus.PROBATIONARY, Optional.of(LocalDate.parse(admitted)), Optional.empty());
  }

  public static MemberEvent transferredOut(String date) {
    LocalDate on = LocalDate.parse(date);
    return new MemberEvent.TransferredOut(on, "某市教育局机关党委", new TransferLetter("ZC-009", on, on.plusMonths(3)));
  }

  /** The full pipeline with a contact and introducers who are members of the test county (m11; m01 and m11). */
  public static List<MemberEvent> developedInTestCounty() {
    MemberId m01 = MemberId.of("m01");
    MemberId m11 = MemberId.of("m11");
    return toFullMember().stream().map(e -> {
      if (e instanceof MemberEvent.ActivistDesignated a) {
        return (MemberEvent) new MemberEvent.ActivistDesignated(a.date(), List.of(m11));
      } else if (e instanceof MemberEvent.IntroducersNamed n) {
        return new MemberEvent.IntroducersNamed(n.date(), List.of(m01, m11));
      } else if (e instanceof MemberEvent.FirstTalkHeld t) {
        return new MemberEvent.FirstTalkHeld(t.date(), Optional.of(m11));
      }
      return e;
    }).toList();
  }

  /** Applied 2020-03-02 … confirmed 2023-07-05: the whole pipeline, each step once. */
  public static List<MemberEvent> toFullMember() {
    return new ArrayList<>(List.of(
        applied("2020-03-02"), talk("2020-03-20"), activist("2020-09-01"), reviewed("2021-03-01"),
        candidate("2021-09-10"), politicalReview("2021-11-01", true), training("2021-11-15", "2021-11-17"),
        introducers("2021-12-01"), admitted("2022-06-28"), approved("2022-08-15"), oath("2022-09-01"),
        confirmed("2023-07-05")));
  }
}
