package org.dangjian.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.dangjian.core.member.MemberEvent;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.member.MemberStatus;
import org.dangjian.core.member.RemovalKind;
import org.dangjian.core.member.SanctionKind;
import org.dangjian.core.member.TransferLetter;
import org.dangjian.core.member.VoteTally;
import org.dangjian.core.org.OrganisationId;

/**
 * Generates structurally legal member histories, and says which status each should end in.
 *
 * <p>Framework-neutral: it draws from any {@link RandomGenerator}, so the same seed always gives the
 * same history, and users of any property-testing library can wrap it. Histories may break the
 * regulations' <em>time limits</em> (as real legacy data does) but never the lifecycle's structure.
 * Each prerequisite of an admission (the last, passed political review; the training; the introducers)
 * and of a confirmation (the approval) appears exactly once, so removing it is decisive.
 *
 * <p>Contacts and introducers are drawn from the full members given, who must be full members with
 * full rights on every date the generator may use (after {@code start}).
 */
public final class HistoryGenerator {

  /**
   * A generated history and the status the lifecycle must derive from it.
   *
   * @param history the events, in date order
   * @param expected the status after the last event
   */
  public record Generated(List<MemberEvent> history, MemberStatus expected) {
    /** Copies the list. */
    public Generated {
      history = List.copyOf(history);
      Objects.requireNonNull(expected, "expected");
    }
  }

  private static final MemberStatus[] TARGETS = {
      MemberStatus.APPLICANT, MemberStatus.ACTIVIST, MemberStatus.CANDIDATE, MemberStatus.PROBATIONARY,
      MemberStatus.FULL, MemberStatus.FULL, MemberStatus.FULL, MemberStatus.SUSPENDED, MemberStatus.TRANSFERRED_OUT,
      MemberStatus.PROBATION_CANCELLED, MemberStatus.REMOVED, MemberStatus.EXPELLED, MemberStatus.WITHDREW, MemberStatus.DIED};

  private final List<MemberId> fullMembers;
  private final OrganisationId approver;

  /**
   * @param fullMembers at least two full members to draw contacts and introducers from
   * @param approver the committee that approves admissions
   */
  public HistoryGenerator(List<MemberId> fullMembers, OrganisationId approver) {
    if (fullMembers.size() < 2) {
      throw new IllegalArgumentException("introducers need at least two full members, got " + fullMembers.size());
    }
    this.fullMembers = List.copyOf(fullMembers);
    this.approver = Objects.requireNonNull(approver, "approver");
  }

  /**
   * @param random the source of randomness
   * @param start the earliest date of the history
   * @return a history that starts on or after {@code start}, and its expected status
   */
  public Generated next(RandomGenerator random, LocalDate start) {
    return new Run(random, start).generate(TARGETS[random.nextInt(TARGETS.length)]);
  }

  /**
   * @param random the source of randomness
   * @param start the earliest date of the history
   * @param target the status the history should end in
   * @return a history ending in that status
   */
  public Generated next(RandomGenerator random, LocalDate start, MemberStatus target) {
    return new Run(random, start).generate(target);
  }

  /** One generation: a date cursor moving forward and the events so far. */
  private final class Run {
    final RandomGenerator random;
    final List<MemberEvent> events = new ArrayList<>();
    LocalDate date;

    Run(RandomGenerator random, LocalDate start) {
      this.random = random;
      this.date = start;
    }

    LocalDate after(int minDays, int maxDays) {
      date = date.plusDays(random.nextInt(minDays, maxDays + 1));
      return date;
    }

    boolean chance(double p) {
      return random.nextDouble() < p;
    }

    MemberId anyFullMember() {
      return fullMembers.get(random.nextInt(fullMembers.size()));
    }

    VoteTally passingVote() {
      int entitled = random.nextInt(3, 60);
      int present = entitled / 2 + 1 + random.nextInt(entitled - entitled / 2);
      return VoteTally.of(entitled, present, present, 0, 0);
    }

    TransferLetter letter(LocalDate received) {
      LocalDate issued = received.minusDays(random.nextInt(1, 60));
      return new TransferLetter("TL-" + random.nextInt(1000, 10000), issued, issued.plusMonths(3));
    }

    Generated generate(MemberStatus target) {
      boolean reachesMembership = target != MemberStatus.APPLICANT && target != MemberStatus.ACTIVIST
          && target != MemberStatus.CANDIDATE;
      if (reachesMembership && target != MemberStatus.PROBATION_CANCELLED && chance(0.25)) {
        transferIn(target);
      } else {
        develop(target);
      }
      return new Generated(events, target);
    }

    void transferIn(MemberStatus target) {
      LocalDate received = after(0, 400);
      if (target == MemberStatus.PROBATIONARY) {
        LocalDate admitted = received.minusDays(random.nextInt(30, 300));
        events.add(new MemberEvent.TransferredIn(received, "外县某中学党支部", letter(received), MemberStatus.PROBATIONARY,
            Optional.of(admitted), Optional.empty()));
        return;
      }
      LocalDate fullSince = received.minusYears(random.nextInt(1, 30));
      events.add(new MemberEvent.TransferredIn(received, "某师范大学学生党委", letter(received), MemberStatus.FULL,
          Optional.empty(), Optional.of(fullSince)));
      finish(target);
    }

    void develop(MemberStatus target) {
      events.add(new MemberEvent.Applied(after(0, 400)));
      if (chance(0.7)) {
        events.add(new MemberEvent.FirstTalkHeld(after(1, 40), chance(0.5) ? Optional.of(anyFullMember()) : Optional.empty()));
      }
      if (target == MemberStatus.APPLICANT) {
        return;
      }
      MemberId first = anyFullMember();
      List<MemberId> contacts = chance(0.5) ? List.of(first) : distinctPair();
      events.add(new MemberEvent.ActivistDesignated(after(30, 300), contacts));
      for (int r = random.nextInt(0, 4); r > 0; r--) {
        events.add(new MemberEvent.ActivistReviewed(after(150, 200)));
      }
      if (target == MemberStatus.ACTIVIST) {
        return;
      }
      events.add(new MemberEvent.CandidateDesignated(after(100, 500)));
      if (target == MemberStatus.CANDIDATE) {
        // A candidate may have any of the prerequisites already.
        if (chance(0.5)) {
          events.add(new MemberEvent.PoliticalReviewed(after(10, 60), chance(0.7)));
        }
        if (chance(0.5)) {
          trainingFrom(after(10, 60));
        }
        return;
      }
      if (chance(0.2)) {
        events.add(new MemberEvent.PoliticalReviewed(after(10, 60), false));
      }
      events.add(new MemberEvent.PoliticalReviewed(after(10, 60), true));
      trainingFrom(after(5, 40));
      events.add(new MemberEvent.IntroducersNamed(after(5, 40), distinctPair()));
      events.add(new MemberEvent.Admitted(after(20, 200), passingVote()));
      boolean approved = target != MemberStatus.PROBATIONARY && target != MemberStatus.PROBATION_CANCELLED || chance(0.7);
      if (approved) {
        events.add(new MemberEvent.AdmissionApproved(after(10, 100), approver));
      }
      if (chance(0.6)) {
        events.add(new MemberEvent.OathTaken(after(1, 60)));
      }
      if (chance(0.15) || target == MemberStatus.PROBATION_CANCELLED && chance(0.5)) {
        events.add(new MemberEvent.ProbationExtended(after(200, 330), random.nextInt(6, 13)));
      }
      if (target == MemberStatus.PROBATIONARY) {
        return;
      }
      if (target == MemberStatus.PROBATION_CANCELLED) {
        events.add(new MemberEvent.ProbationCancelled(after(30, 200), "预备期内不具备党员条件"));
        return;
      }
      events.add(new MemberEvent.Confirmed(after(200, 400), passingVote()));
      finish(target);
    }

    void trainingFrom(LocalDate from) {
      LocalDate to = from.plusDays(random.nextInt(0, 5));
      date = to;
      events.add(new MemberEvent.TrainingCompleted(from, to, 24 + random.nextInt(0, 17)));
    }

    /** From a full member to the target: sanctions, suspension and exits. */
    void finish(MemberStatus target) {
      if (chance(0.2)) {
        events.add(new MemberEvent.Sanctioned(after(30, 900), SanctionKind.WARNING, Optional.empty()));
      }
      if (chance(0.15)) {
        LocalDate from = after(30, 900);
        events.add(new MemberEvent.Sanctioned(from, SanctionKind.PROBATION_WITHIN_PARTY, Optional.of(chance(0.5) ? 12 : 24)));
        if (chance(0.5)) {
          events.add(new MemberEvent.SanctionEnded(after(60, 300), SanctionKind.PROBATION_WITHIN_PARTY));
        }
      }
      switch (target) {
        case SUSPENDED -> events.add(new MemberEvent.Suspended(after(30, 900), "失去联系六个月以上"));
        case TRANSFERRED_OUT -> {
          LocalDate issued = after(30, 900);
          events.add(new MemberEvent.TransferredOut(issued, "外市某小学党支部", new TransferLetter("TO-" + random.nextInt(1000, 10000),
              issued, issued.plusMonths(3))));
        }
        case REMOVED -> {
          if (chance(0.5)) {
            events.add(new MemberEvent.Suspended(after(30, 900), "失去联系六个月以上"));
          }
          events.add(new MemberEvent.Removed(after(30, 900), chance(0.5) ? RemovalKind.LAPSED : RemovalKind.STRUCK_OFF));
        }
        case EXPELLED -> events.add(new MemberEvent.Sanctioned(after(30, 900), SanctionKind.EXPULSION, Optional.empty()));
        case WITHDREW -> events.add(new MemberEvent.Withdrew(after(30, 900)));
        case DIED -> events.add(new MemberEvent.Died(after(30, 9000)));
        default -> {
          // FULL: nothing more.
        }
      }
    }

    List<MemberId> distinctPair() {
      MemberId a = anyFullMember();
      MemberId b = anyFullMember();
      while (b.equals(a)) {
        b = anyFullMember();
      }
      return List.of(a, b);
    }
  }
}
