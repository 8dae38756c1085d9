package org.dangjian.core.member;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dangjian.core.member.MemberEvent.Admitted;
import org.dangjian.core.member.MemberEvent.CategoryChanged;
import org.dangjian.core.member.MemberEvent.Moved;
import org.dangjian.core.member.MemberEvent.PoliticalReviewed;
import org.dangjian.core.member.MemberEvent.ProbationExtended;
import org.dangjian.core.member.MemberEvent.SanctionEnded;
import org.dangjian.core.member.MemberEvent.Sanctioned;
import org.dangjian.core.member.MemberEvent.TransferredIn;

/**
 * The member lifecycle as a state machine over the event history (event-sourced: the history is the
 * truth, the status is derived).
 *
 * <p>It enforces <b>structure</b>: the order of the stages 入党申请人 → 入党积极分子 → 发展对象 →
 * 预备党员 → 正式党员; prerequisites (no admission without a passed political review, a training and
 * two introducers; no confirmation without admission and approval); a probation extended at most
 * once; sanctions only on members; nothing after death. After an ended membership (取消预备党员资格,
 * 除名, 开除党籍, 退党) only a new application may follow — the five-year bar after expulsion is a rule
 * for the compliance engine — and after a transfer out only a transfer back in. Moves and category
 * changes may happen at any stage between the first event and an exit.
 *
 * <p>It does <b>not</b> enforce time limits (age 18, a year as activist, approval within three months,
 * a six-month extension…): those are rule-set parameters checked by the compliance engine, so legacy
 * data with irregular dates can be recorded and then judged.
 */
public final class Lifecycle {
  private Lifecycle() {}

  /**
   * Applies one event to a member: the way a form submission is recorded.
   *
   * @param member the member as recorded so far
   * @param event the new event, not dated before the last one
   * @return the member with the event appended (and, for a move or a category change, the new placement or category)
   * @throws IllegalTransitionException naming the status, the event and why it may not follow
   */
  public static Member apply(Member member, MemberEvent event) {
    List<MemberEvent> history = member.history();
    LocalDate last = history.get(history.size() - 1).date();
    State state = replayAll(history);
    if (event.date().isBefore(last)) {
      throw new IllegalTransitionException(state.status, event, "it is dated before the last recorded event (" + last + ")", -1);
    }
    try {
      state.step(event);
    } catch (Refusal refusal) {
      throw new IllegalTransitionException(refusal.status, event, refusal.getMessage(), -1);
    }
    Member.Builder next = Member.builder().from(member).addHistory(event);
    if (event instanceof Moved moved) {
      next.branch(moved.branch()).group(moved.group());
    } else if (event instanceof CategoryChanged changed) {
      next.category(changed.category());
    }
    return next.build();
  }

  /**
   * Replays a whole history.
   *
   * @param history the events in date order
   * @return the facts after the last event, as of its date
   * @throws IllegalTransitionException for the first illegal event, with its index
   */
  public static MemberFacts replay(List<MemberEvent> history) {
    java.util.Objects.requireNonNull(history, "history");
    State state = replayAll(history);
    LocalDate last = history.isEmpty() ? LocalDate.of(1900, 1, 1) : history.get(history.size() - 1).date();
    return state.factsOn(last);
  }

  /**
   * The facts of a history on a day: every event dated on or before it counts, later ones do not.
   *
   * @param history the events in date order, structurally legal
   * @param date the day
   * @return the facts on that day; status {@link MemberStatus#NONE} before the first event
   * @throws IllegalTransitionException if the history up to that day is illegal
   */
  public static MemberFacts factsOn(List<MemberEvent> history, LocalDate date) {
    java.util.Objects.requireNonNull(history, "history");
    java.util.Objects.requireNonNull(date, "date");
    State state = new State();
    for (int i = 0; i < history.size() && !history.get(i).date().isAfter(date); i++) {
      state.stepAt(history.get(i), i);
    }
    return state.factsOn(date);
  }

  /**
   * The facts of a structurally legal history on any day, answered without replaying it: the state after
   * each event is kept, and a day finds its state by binary search over the event dates.
   */
  static final class Timeline {
    private final LocalDate[] dates;
    private final Snapshot[] states;

    private Timeline(LocalDate[] dates, Snapshot[] states) {
      this.dates = dates;
      this.states = states;
    }

    /** @return the facts on that day, as {@link Lifecycle#factsOn(List, LocalDate)} gives them */
    MemberFacts factsOn(LocalDate date) {
      return stateOn(date).factsOn(date);
    }

    /** @return {@code factsOn(date).status()}, without making the facts */
    MemberStatus statusOn(LocalDate date) {
      return stateOn(date).status;
    }

    /** @return {@code factsOn(date).hasVotingRights()}, without making the facts */
    boolean hasVotingRightsOn(LocalDate date) {
      return stateOn(date).hasVotingRightsOn(date);
    }

    private Snapshot stateOn(LocalDate date) {
      // How many events are dated on or before the day (dates are in order; equal dates all count).
      int low = 0;
      int high = dates.length;
      while (low < high) {
        int middle = (low + high) >>> 1;
        if (dates[middle].isAfter(date)) {
          high = middle;
        } else {
          low = middle + 1;
        }
      }
      return states[low];
    }
  }

  /**
   * The part of a state the facts are made of, frozen after an event. The probation's end is computed once,
   * and the facts last asked for are kept: most callers ask for the same few days (the day of judgement, a
   * month's end) member after member, rule after rule.
   */
  private static final class Snapshot {
    private final MemberStatus status;
    private final Optional<LocalDate> applied;
    private final Optional<LocalDate> activistSince;
    private final Optional<LocalDate> candidateSince;
    private final Optional<LocalDate> admitted;
    private final Optional<LocalDate> approved;
    private final int extensionMonths;
    private final Optional<LocalDate> standingStart;
    private final Optional<LocalDate> suspendedSince;
    private final List<SanctionInForce> sanctions;
    private final Optional<LocalDate> probationEnd;
    /** The facts last made: a hint, checked before use; immutable, so a stale one read by another thread is harmless. */
    private MemberFacts last;

    Snapshot(MemberStatus status, Optional<LocalDate> applied, Optional<LocalDate> activistSince,
        Optional<LocalDate> candidateSince, Optional<LocalDate> admitted, Optional<LocalDate> approved, int extensionMonths,
        Optional<LocalDate> standingStart, Optional<LocalDate> suspendedSince, List<SanctionInForce> sanctions) {
      this.status = status;
      this.applied = applied;
      this.activistSince = activistSince;
      this.candidateSince = candidateSince;
      this.admitted = admitted;
      this.approved = approved;
      this.extensionMonths = extensionMonths;
      this.standingStart = standingStart;
      this.suspendedSince = status == MemberStatus.SUSPENDED ? suspendedSince : Optional.empty();
      this.sanctions = sanctions;
      this.probationEnd = admitted.map(a -> a.plusYears(1).plusMonths(extensionMonths));
    }

    /** @return as {@link MemberFacts#hasVotingRights()} of the facts on that day */
    boolean hasVotingRightsOn(LocalDate date) {
      return MemberFacts.hasVotingRights(status, sanctions, date);
    }

    MemberFacts factsOn(LocalDate date) {
      MemberFacts known = last;
      if (known != null && known.date().equals(date)) {
        return known;
      }
      List<SanctionInForce> inForce = sanctions.isEmpty() ? List.of() : sanctions.stream().filter(s -> s.inForceOn(date)).toList();
      MemberFacts made = new MemberFacts(date, status, applied, activistSince, candidateSince, admitted, approved,
          probationEnd, standingStart, extensionMonths, suspendedSince, inForce);
      last = made;
      return made;
    }
  }

  /**
   * @param history a structurally legal history in date order
   * @return its timeline
   * @throws IllegalTransitionException if it is not legal
   */
  static Timeline timeline(List<MemberEvent> history) {
    State state = new State();
    LocalDate[] dates = new LocalDate[history.size()];
    Snapshot[] states = new Snapshot[history.size() + 1];
    states[0] = state.snapshot();
    for (int i = 0; i < history.size(); i++) {
      state.stepAt(history.get(i), i);
      dates[i] = history.get(i).date();
      states[i + 1] = state.snapshot();
    }
    return new Timeline(dates, states);
  }

  private static State replayAll(List<MemberEvent> history) {
    State state = new State();
    for (int i = 0; i < history.size(); i++) {
      state.stepAt(history.get(i), i);
    }
    return state;
  }

  /** An event refused in the current state; carries the reason. */
  private static final class Refusal extends Exception {
    private static final long serialVersionUID = 1L;
    final transient MemberStatus status;

    Refusal(MemberStatus status, String reason) {
      super(reason, null, false, false);
      this.status = status;
    }
  }

  /** The mutable replay state: the status and every fact gathered so far. */
  private static final class State {
    private static final Set<MemberStatus> RESTART = EnumSet.of(MemberStatus.NONE, MemberStatus.PROBATION_CANCELLED,
        MemberStatus.REMOVED, MemberStatus.EXPELLED, MemberStatus.WITHDREW);
    private static final Set<MemberStatus> MEMBERS = EnumSet.of(MemberStatus.PROBATIONARY, MemberStatus.FULL);

    MemberStatus status = MemberStatus.NONE;
    MemberStatus beforeSuspension = MemberStatus.NONE;
    Optional<LocalDate> applied = Optional.empty();
    Optional<LocalDate> talked = Optional.empty();
    Optional<LocalDate> activistSince = Optional.empty();
    Optional<LocalDate> candidateSince = Optional.empty();
    Optional<Boolean> politicalReviewPassed = Optional.empty();
    boolean trained;
    boolean introducers;
    Optional<LocalDate> admitted = Optional.empty();
    Optional<LocalDate> approved = Optional.empty();
    boolean approvedElsewhere;
    boolean oath;
    int extensionMonths;
    boolean extended;
    Optional<LocalDate> standingStart = Optional.empty();
    Optional<LocalDate> suspendedSince = Optional.empty();
    final List<SanctionInForce> sanctions = new ArrayList<>();
    /** Indexes into {@link #sanctions} of those a {@code sanction-ended} event has ended. */
    final Set<Integer> formallyEnded = new java.util.HashSet<>();

    void stepAt(MemberEvent event, int index) {
      try {
        step(event);
      } catch (Refusal refusal) {
        throw new IllegalTransitionException(refusal.status, event, refusal.getMessage(), index);
      }
    }

    void step(MemberEvent event) throws Refusal {
      switch (event.type()) {
        case APPLIED -> {
          require(RESTART.contains(status), "an application opens a history, or follows an ended membership");
          resetPipeline();
          applied = Optional.of(event.date());
          status = MemberStatus.APPLICANT;
        }
        case FIRST_TALK_HELD -> {
          require(status == MemberStatus.APPLICANT, "the first talk is held with an applicant");
          require(talked.isEmpty(), "the first talk was already recorded on " + talked.orElse(null));
          talked = Optional.of(event.date());
        }
        case ACTIVIST_DESIGNATED -> {
          require(status == MemberStatus.APPLICANT, "only an applicant is designated activist");
          activistSince = Optional.of(event.date());
          status = MemberStatus.ACTIVIST;
        }
        case ACTIVIST_REVIEWED -> require(status == MemberStatus.ACTIVIST, "reviews are of activists");
        case CANDIDATE_DESIGNATED -> {
          require(status == MemberStatus.ACTIVIST, "only an activist is designated candidate");
          candidateSince = Optional.of(event.date());
          status = MemberStatus.CANDIDATE;
        }
        case POLITICAL_REVIEWED -> {
          require(status == MemberStatus.CANDIDATE, "the political review is of a candidate");
          politicalReviewPassed = Optional.of(((PoliticalReviewed) event).passed());
        }
        case TRAINING_COMPLETED -> {
          require(status == MemberStatus.CANDIDATE, "the intensive training is for candidates");
          trained |= ((MemberEvent.TrainingCompleted) event).passed().orElse(true);
        }
        case PRE_REVIEWED -> require(status == MemberStatus.CANDIDATE, "the higher committee pre-reviews a candidate");
        case PROBATION_REVIEWED -> require(status == MemberStatus.PROBATIONARY, "probation reviews are of probationary members");
        case INTRODUCERS_NAMED -> {
          require(status == MemberStatus.CANDIDATE, "introducers are named for a candidate");
          introducers = true;
        }
        case ADMITTED -> {
          require(status == MemberStatus.CANDIDATE, "only a candidate is admitted");
          List<String> missing = new ArrayList<>();
          if (!politicalReviewPassed.orElse(false)) {
            missing.add("a passed political review (政治审查)");
          }
          if (!trained) {
            missing.add("a completed training not failed (集中培训结业)");
          }
          if (!introducers) {
            missing.add("two introducers (入党介绍人)");
          }
          require(missing.isEmpty(), "an admission needs " + String.join(", ", missing));
          admitted = Optional.of(((Admitted) event).date());
          status = MemberStatus.PROBATIONARY;
        }
        case ADMISSION_APPROVED -> {
          require(status == MemberStatus.PROBATIONARY, "approval follows an admission");
          require(approved.isEmpty() && !approvedElsewhere, "the admission is already approved");
          approved = Optional.of(event.date());
        }
        case OATH_TAKEN -> {
          require(MEMBERS.contains(status), "the oath is taken by members");
          require(!oath, "the oath is already recorded");
          oath = true;
        }
        case CONFIRMED -> {
          require(status == MemberStatus.PROBATIONARY, "only a probationary member is confirmed");
          require(approved.isPresent() || approvedElsewhere, "the admission must be approved (审批) before confirmation");
          standingStart = probationEnd();
          status = MemberStatus.FULL;
        }
        case PROBATION_EXTENDED -> {
          require(status == MemberStatus.PROBATIONARY, "only a probation is extended");
          require(!extended, "a probation is extended at most once (发展细则 第三十二条)");
          extended = true;
          extensionMonths = ((ProbationExtended) event).months();
        }
        case PROBATION_CANCELLED -> {
          require(status == MemberStatus.PROBATIONARY, "only a probationary member's qualification is cancelled");
          status = MemberStatus.PROBATION_CANCELLED;
        }
        case TRANSFERRED_IN -> {
          require(status == MemberStatus.NONE || status == MemberStatus.TRANSFERRED_OUT,
              "a transfer in opens a history, or follows a transfer out");
          TransferredIn in = (TransferredIn) event;
          status = in.status();
          if (status == MemberStatus.PROBATIONARY) {
            admitted = in.admitted();
            approvedElsewhere = true;
          } else {
            standingStart = in.fullSince();
          }
        }
        case TRANSFERRED_OUT -> {
          require(MEMBERS.contains(status), "only members' relations are transferred");
          status = MemberStatus.TRANSFERRED_OUT;
        }
        case SUSPENDED -> {
          require(MEMBERS.contains(status), "only a member's membership is suspended");
          beforeSuspension = status;
          suspendedSince = Optional.of(event.date());
          status = MemberStatus.SUSPENDED;
        }
        case REINSTATED -> {
          require(status == MemberStatus.SUSPENDED, "only a suspended membership is reinstated");
          suspendedSince = Optional.empty();
          status = beforeSuspension;
        }
        case SANCTIONED -> {
          Sanctioned sanctioned = (Sanctioned) event;
          require(MEMBERS.contains(status), "sanctions are imposed on members");
          require(status == MemberStatus.FULL || sanctioned.sanction() != SanctionKind.PROBATION_WITHIN_PARTY,
              "留党察看 is imposed on full members; a probationary member's qualification is cancelled instead");
          sanctions.add(new SanctionInForce(sanctioned.sanction(), sanctioned.date(), sanctioned.effectEnds()));
          if (sanctioned.sanction() == SanctionKind.EXPULSION) {
            status = MemberStatus.EXPELLED;
          }
        }
        case SANCTION_ENDED -> {
          // Dated while the sanction has effect, it lifts it early: that day is the first without effect.
          // Dated on or after the natural end, it records the formal restoration (恢复党员权利) of a sanction
          // whose effect already ran out; the effect is unchanged. Either way a sanction is ended once.
          SanctionEnded ended = (SanctionEnded) event;
          int at = -1;
          for (int i = 0; i < sanctions.size(); i++) {
            SanctionInForce s = sanctions.get(i);
            if (s.sanction() == ended.sanction() && !s.from().isAfter(ended.date()) && !formallyEnded.contains(i)) {
              at = i;
            }
          }
          require(at >= 0, "no " + ended.sanction().labelZh() + " imposed by " + ended.date() + " is still to be ended");
          SanctionInForce s = sanctions.get(at);
          if (s.inForceOn(ended.date())) {
            sanctions.set(at, new SanctionInForce(s.sanction(), s.from(), ended.date()));
          }
          formallyEnded.add(at);
        }
        case REMOVED -> {
          require(MEMBERS.contains(status) || status == MemberStatus.SUSPENDED, "only a member is removed");
          status = MemberStatus.REMOVED;
        }
        case WITHDREW -> {
          require(MEMBERS.contains(status), "only a member withdraws");
          status = MemberStatus.WITHDREW;
        }
        case DIED -> {
          require(isOpen(), "nothing is recorded after " + status.labelEn());
          status = MemberStatus.DIED;
        }
        case MOVED, CATEGORY_CHANGED -> require(isOpen(), "moves and category changes are recorded while the person is on the roll");
      }
    }

    /** On the roll: past the first event, not transferred away, membership not ended. */
    private boolean isOpen() {
      return status != MemberStatus.NONE && status != MemberStatus.TRANSFERRED_OUT && !status.isEnded();
    }

    private void resetPipeline() {
      talked = Optional.empty();
      activistSince = Optional.empty();
      candidateSince = Optional.empty();
      politicalReviewPassed = Optional.empty();
      trained = false;
      introducers = false;
      admitted = Optional.empty();
      approved = Optional.empty();
      approvedElsewhere = false;
      oath = false;
      extended = false;
      extensionMonths = 0;
      standingStart = Optional.empty();
    }

    private void require(boolean condition, String reason) throws Refusal {
      if (!condition) {
        throw new Refusal(status, reason);
      }
    }

    private Optional<LocalDate> probationEnd() {
      return admitted.map(a -> a.plusYears(1).plusMonths(extensionMonths));
    }

    MemberFacts factsOn(LocalDate date) {
      return snapshot().factsOn(date);
    }

    Snapshot snapshot() {
      return new Snapshot(status, applied, activistSince, candidateSince, admitted, approved, extensionMonths, standingStart,
          suspendedSince, List.copyOf(sanctions));
    }
  }

  /** The placement the history implies, if it records a move. */
  static Optional<Moved> lastMove(List<MemberEvent> history) {
    for (int i = history.size() - 1; i >= 0; i--) {
      if (history.get(i) instanceof Moved moved) {
        return Optional.of(moved);
      }
    }
    return Optional.empty();
  }

  /** The category the history implies, if it records a change. */
  static Optional<CategoryChanged> lastCategoryChange(List<MemberEvent> history) {
    for (int i = history.size() - 1; i >= 0; i--) {
      if (history.get(i) instanceof CategoryChanged changed) {
        return Optional.of(changed);
      }
    }
    return Optional.empty();
  }
}
