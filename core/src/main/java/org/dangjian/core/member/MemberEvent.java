package org.dangjian.core.member;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dangjian.core.ValidationException;
import org.dangjian.core.internal.Builds;
import org.dangjian.core.org.OrganisationId;

/**
 * One event in a member's history (党员档案), the source of truth from which {@link Lifecycle} derives
 * the status and every other fact. A closed family, one record per kind of event, each with its date
 * and the facts it needs; files carry each as an object with a {@code "type"} of {@link
 * EventType#code()}.
 *
 * <p>Records check their own values (two different introducers, 留党察看 of 12 or 24 months…); which
 * event may follow which is the {@link Lifecycle}'s to judge, and whether the dates keep the
 * regulations' time limits is the compliance engine's.
 */
public sealed interface MemberEvent permits
    MemberEvent.Applied,
    MemberEvent.FirstTalkHeld,
    MemberEvent.ActivistDesignated,
    MemberEvent.ActivistReviewed,
    MemberEvent.CandidateDesignated,
    MemberEvent.PoliticalReviewed,
    MemberEvent.TrainingCompleted,
    MemberEvent.IntroducersNamed,
    MemberEvent.PreReviewed,
    MemberEvent.Admitted,
    MemberEvent.AdmissionApproved,
    MemberEvent.OathTaken,
    MemberEvent.ProbationReviewed,
    MemberEvent.Confirmed,
    MemberEvent.ProbationExtended,
    MemberEvent.ProbationCancelled,
    MemberEvent.TransferredIn,
    MemberEvent.TransferredOut,
    MemberEvent.Suspended,
    MemberEvent.Reinstated,
    MemberEvent.Sanctioned,
    MemberEvent.SanctionEnded,
    MemberEvent.Removed,
    MemberEvent.Withdrew,
    MemberEvent.Died,
    MemberEvent.Moved,
    MemberEvent.CategoryChanged {

  /** @return the day of the event; histories are in date order */
  LocalDate date();

  /** @return the kind of event, with its code and labels */
  EventType type();

  /**
   * 提交入党申请 (applied).
   *
   * @param date the day the written application was received
   */
  record Applied(LocalDate date) implements MemberEvent {

    /** Checks the values. */
    public Applied {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public EventType type() {
      return EventType.APPLIED;
    }
  }

  /**
   * 派人谈话 (first talk held).
   *
   * @param date the day of the talk
   * @param by the member sent to talk, where recorded
   */
  record FirstTalkHeld(LocalDate date, Optional<MemberId> by) implements MemberEvent {

    /** Checks the values. */
    public FirstTalkHeld {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(by, "by");
    }

    @Override
    public EventType type() {
      return EventType.FIRST_TALK_HELD;
    }
  }

  /**
   * 确定为入党积极分子 (designated activist).
   *
   * @param date the day of the branch committee's decision
   * @param contacts the one or two full members assigned as contacts (培养联系人)
   */
  record ActivistDesignated(LocalDate date, List<MemberId> contacts) implements MemberEvent {

    /** Checks the values. */
    public ActivistDesignated {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(contacts, "contacts");
      contacts = List.copyOf(contacts);
      if (contacts.isEmpty() || contacts.size() > 2 || contacts.size() == 2 && contacts.get(0).equals(contacts.get(1))) {
        throw ValidationException.of("contacts", "invalid-value", "an activist has one or two different contact members (培养联系人), not " + contacts);
    }
    }

    @Override
    public EventType type() {
      return EventType.ACTIVIST_DESIGNATED;
    }
  }

  /**
   * 积极分子考察 (activist reviewed).
   *
   * @param date the day of the half-yearly review
   */
  record ActivistReviewed(LocalDate date) implements MemberEvent {

    /** Checks the values. */
    public ActivistReviewed {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public EventType type() {
      return EventType.ACTIVIST_REVIEWED;
    }
  }

  /**
   * 确定为发展对象 (designated candidate).
   *
   * @param date the day of the branch committee's decision
   */
  record CandidateDesignated(LocalDate date) implements MemberEvent {

    /** Checks the values. */
    public CandidateDesignated {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public EventType type() {
      return EventType.CANDIDATE_DESIGNATED;
    }
  }

  /**
   * 政治审查 (political review).
   *
   * @param date the day the review concluded
   * @param passed whether the candidate passed
   */
  record PoliticalReviewed(LocalDate date, boolean passed) implements MemberEvent {

    /** Checks the values. */
    public PoliticalReviewed {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public EventType type() {
      return EventType.POLITICAL_REVIEWED;
    }
  }

  /**
   * 集中培训 (training completed), with its assessment (结业) where recorded. An admission needs a training
   * that was not failed; one whose result is not recorded is accepted by the lifecycle and reported by the
   * {@code development-records} rule.
   *
   * @param from the first day of training
   * @param to the last day of training
   * @param hours class hours (学时)
   * @param passed whether the candidate passed the closing assessment (结业), where recorded
   */
  record TrainingCompleted(LocalDate from, LocalDate to, int hours, Optional<Boolean> passed) implements MemberEvent {

    /** Checks the values. */
    public TrainingCompleted {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(passed, "passed");
      Builds.requireOrder(from, to, "to");
      if (hours < 1 || hours > 1000) {
        throw ValidationException.of("hours", "invalid-value", "training hours must be 1–1000, not " + hours);
    }
    }

    /**
     * A training whose result is not recorded.
     *
     * @param from the first day of training
     * @param to the last day of training
     * @param hours class hours (学时)
     */
    public TrainingCompleted(LocalDate from, LocalDate to, int hours) {
      this(from, to, hours, Optional.empty());
    }

    /**
     * @param value whether the closing assessment was passed
     * @return this training with its result recorded
     */
    public TrainingCompleted withPassed(boolean value) {
      return new TrainingCompleted(from, to, hours, Optional.of(value));
    }

    @Override
    public EventType type() {
      return EventType.TRAINING_COMPLETED;
    }

    /** @return the last day of training */
    @Override
    public LocalDate date() {
      return to;
    }
  }

  /**
   * 确定入党介绍人 (introducers named).
   *
   * @param date the day they were named
   * @param introducers the two full members introducing the candidate (入党介绍人)
   */
  record IntroducersNamed(LocalDate date, List<MemberId> introducers) implements MemberEvent {

    /** Checks the values. */
    public IntroducersNamed {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(introducers, "introducers");
      introducers = List.copyOf(introducers);
      if (introducers.size() != 2 || introducers.get(0).equals(introducers.get(1))) {
        throw ValidationException.of("introducers", "invalid-value", "a candidate has two different introducers (入党介绍人), not " + introducers);
    }
    }

    @Override
    public EventType type() {
      return EventType.INTRODUCERS_NAMED;
    }
  }

  /**
   * 上级党委预审 (pre-reviewed): the higher committee's review of a candidate before the branch meeting
   * (发展细则 第十九条).
   *
   * @param date the day of the pre-review
   * @param by the reviewing committee
   * @param passed whether the committee agreed that the branch may proceed
   */
  record PreReviewed(LocalDate date, OrganisationId by, boolean passed) implements MemberEvent {

    /** Checks the values. */
    public PreReviewed {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(by, "by");
    }

    @Override
    public EventType type() {
      return EventType.PRE_REVIEWED;
    }
  }

  /**
   * 支部大会接收为预备党员 (admitted as probationary member).
   *
   * @param date the day of the branch meeting; probation counts from it
   * @param tally the meeting's vote
   */
  record Admitted(LocalDate date, VoteTally tally) implements MemberEvent {

    /** Checks the values. */
    public Admitted {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(tally, "tally");
    }

    @Override
    public EventType type() {
      return EventType.ADMITTED;
    }
  }

  /**
   * 上级党委审批 (admission approved).
   *
   * @param date the day of the approval
   * @param by the approving committee
   */
  record AdmissionApproved(LocalDate date, OrganisationId by) implements MemberEvent {

    /** Checks the values. */
    public AdmissionApproved {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(by, "by");
    }

    @Override
    public EventType type() {
      return EventType.ADMISSION_APPROVED;
    }
  }

  /**
   * 入党宣誓 (oath taken).
   *
   * @param date the day of the oath
   */
  record OathTaken(LocalDate date) implements MemberEvent {

    /** Checks the values. */
    public OathTaken {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public EventType type() {
      return EventType.OATH_TAKEN;
    }
  }

  /**
   * 预备期考察 (probation reviewed): the branch's review of a probationary member's education and conduct
   * during probation.
   *
   * @param date the day of the review
   */
  record ProbationReviewed(LocalDate date) implements MemberEvent {

    /** Checks the values. */
    public ProbationReviewed {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public EventType type() {
      return EventType.PROBATION_REVIEWED;
    }
  }

  /**
   * 转为正式党员 (confirmed as full member).
   *
   * @param date the day of the branch meeting; standing counts from the end of probation, not from it
   * @param tally the meeting's vote
   */
  record Confirmed(LocalDate date, VoteTally tally) implements MemberEvent {

    /** Checks the values. */
    public Confirmed {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(tally, "tally");
    }

    @Override
    public EventType type() {
      return EventType.CONFIRMED;
    }
  }

  /**
   * 延长预备期 (probation extended).
   *
   * @param date the day of the decision
   * @param months the extension in months
   */
  record ProbationExtended(LocalDate date, int months) implements MemberEvent {

    /** Checks the values. */
    public ProbationExtended {
      Objects.requireNonNull(date, "date");
      if (months < 1 || months > 12) {
        throw ValidationException.of("months", "invalid-value", "a probation is extended by 1–12 months, not " + months);
    }
    }

    @Override
    public EventType type() {
      return EventType.PROBATION_EXTENDED;
    }
  }

  /**
   * 取消预备党员资格 (probation cancelled).
   *
   * @param date the day of the decision
   * @param reason why
   */
  record ProbationCancelled(LocalDate date, String reason) implements MemberEvent {

    /** Checks the values. */
    public ProbationCancelled {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(reason, "reason");
      Builds.requireText(reason, "reason");
    }

    @Override
    public EventType type() {
      return EventType.PROBATION_CANCELLED;
    }
  }

  /**
   * 组织关系转入 (transferred in).
   *
   * @param date the day the letter was received
   * @param from the sending organisation, outside this dataset
   * @param letter the introduction letter (介绍信)
   * @param status the status carried over: probationary or full
   * @param admitted for a probationary member, the day the branch meeting admitted them
   * @param fullSince for a full member, the day probation ended: the start of standing (党龄)
   */
  record TransferredIn(LocalDate date, String from, TransferLetter letter, MemberStatus status, Optional<LocalDate> admitted, Optional<LocalDate> fullSince) implements MemberEvent {

    /** Checks the values. */
    public TransferredIn {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(letter, "letter");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(admitted, "admitted");
      Objects.requireNonNull(fullSince, "fullSince");
      Builds.requireText(from, "from");
      if (status == MemberStatus.PROBATIONARY && admitted.isEmpty()) {
        throw ValidationException.of("admitted", "missing-field", "a probationary member transferred in needs the admission date");
      } else if (status == MemberStatus.FULL && fullSince.isEmpty()) {
        throw ValidationException.of("fullSince", "missing-field", "a full member transferred in needs the start of standing (党龄)");
      } else if (status != MemberStatus.PROBATIONARY && status != MemberStatus.FULL) {
        throw ValidationException.of("status", "invalid-value", "only probationary or full members are transferred, not " + status.code());
    }
    }

    @Override
    public EventType type() {
      return EventType.TRANSFERRED_IN;
    }
  }

  /**
   * 组织关系转出 (transferred out).
   *
   * @param date the day the letter was issued
   * @param to the receiving organisation, outside this dataset
   * @param letter the introduction letter (介绍信)
   * @param receipt the day the receiving organisation's receipt (回执) came back, where recorded; a letter
   *     past its validity with no receipt leaves a "口袋党员" (the {@code transfer-letter} rule)
   */
  record TransferredOut(LocalDate date, String to, TransferLetter letter, Optional<LocalDate> receipt) implements MemberEvent {

    /** Checks the values: a receipt, if recorded, does not come before the letter was issued. */
    public TransferredOut {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(to, "to");
      Objects.requireNonNull(letter, "letter");
      Objects.requireNonNull(receipt, "receipt");
      Builds.requireText(to, "to");
      if (receipt.isPresent() && receipt.get().isBefore(letter.issued())) {
        throw ValidationException.of("receipt", "end-before-start",
            "the receipt (回执) of " + receipt.get() + " comes before the letter was issued on " + letter.issued());
      }
    }

    /**
     * A transfer out whose receipt is not (yet) recorded.
     *
     * @param date the day the letter was issued
     * @param to the receiving organisation
     * @param letter the introduction letter
     */
    public TransferredOut(LocalDate date, String to, TransferLetter letter) {
      this(date, to, letter, Optional.empty());
    }

    /**
     * @param day the day the receipt came back
     * @return this transfer with its receipt recorded
     */
    public TransferredOut withReceipt(LocalDate day) {
      return new TransferredOut(date, to, letter, Optional.of(day));
    }

    @Override
    public EventType type() {
      return EventType.TRANSFERRED_OUT;
    }
  }

  /**
   * 停止党籍 (membership suspended).
   *
   * @param date the day of the decision
   * @param reason why, for example lost contact for six months
   */
  record Suspended(LocalDate date, String reason) implements MemberEvent {

    /** Checks the values. */
    public Suspended {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(reason, "reason");
      Builds.requireText(reason, "reason");
    }

    @Override
    public EventType type() {
      return EventType.SUSPENDED;
    }
  }

  /**
   * 恢复党籍 (reinstated).
   *
   * @param date the day of the decision
   */
  record Reinstated(LocalDate date) implements MemberEvent {

    /** Checks the values. */
    public Reinstated {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public EventType type() {
      return EventType.REINSTATED;
    }
  }

  /**
   * 党纪处分 (sanctioned).
   *
   * @param date the day the sanction took effect
   * @param sanction the sanction
   * @param months for 留党察看 its length, 12 or 24 months; empty otherwise
   */
  record Sanctioned(LocalDate date, SanctionKind sanction, Optional<Integer> months) implements MemberEvent {

    /** Checks the values. */
    public Sanctioned {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(sanction, "sanction");
      Objects.requireNonNull(months, "months");
      boolean probation = sanction == SanctionKind.PROBATION_WITHIN_PARTY;
      if (probation && !(months.equals(Optional.of(12)) || months.equals(Optional.of(24)))) {
        throw ValidationException.of("months", "invalid-value", "留党察看 lasts 12 or 24 months (党章 第四十一条), not " + months.map(String::valueOf).orElse("unstated"));
      } else if (!probation && months.isPresent()) {
        throw ValidationException.of("months", "invalid-value", "only 留党察看 states a length");
    }
    }

    @Override
    public EventType type() {
      return EventType.SANCTIONED;
    }

    /** @return the day the sanction's effect ends: its length after {@link #date()} */
    public LocalDate effectEnds() {
      return date.plusMonths(months.orElse(sanction.effectMonths()));
    }
  }

  /**
   * 处分解除（恢复党员权利） (sanction ended). Dated while the sanction has effect, it lifts it early, and
   * that day is the first without effect; dated on or after the sanction's natural end (its last day of
   * effect is the day before {@link Sanctioned#effectEnds()}) it records the formal restoration of rights,
   * and the effect, already over, is unchanged. A sanction is ended once.
   *
   * @param date the day rights were restored or the sanction lifted
   * @param sanction the sanction that ends
   */
  record SanctionEnded(LocalDate date, SanctionKind sanction) implements MemberEvent {

    /** Checks the values. */
    public SanctionEnded {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(sanction, "sanction");
    }

    @Override
    public EventType type() {
      return EventType.SANCTION_ENDED;
    }
  }

  /**
   * 除名 (removed).
   *
   * @param date the day of the decision
   * @param kind 除名 or 自行脱党
   */
  record Removed(LocalDate date, RemovalKind kind) implements MemberEvent {

    /** Checks the values. */
    public Removed {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(kind, "kind");
    }

    @Override
    public EventType type() {
      return EventType.REMOVED;
    }
  }

  /**
   * 退党 (withdrew).
   *
   * @param date the day of withdrawal
   */
  record Withdrew(LocalDate date) implements MemberEvent {

    /** Checks the values. */
    public Withdrew {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public EventType type() {
      return EventType.WITHDREW;
    }
  }

  /**
   * 死亡 (died).
   *
   * @param date the day of death
   */
  record Died(LocalDate date) implements MemberEvent {

    /** Checks the values. */
    public Died {
      Objects.requireNonNull(date, "date");
    }

    @Override
    public EventType type() {
      return EventType.DIED;
    }
  }

  /**
   * 转移支部或党小组 (moved).
   *
   * @param date the day of the move
   * @param branch the branch moved to
   * @param group the group moved to, if any
   */
  record Moved(LocalDate date, OrganisationId branch, Optional<OrganisationId> group) implements MemberEvent {

    /** Checks the values. */
    public Moved {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(branch, "branch");
      Objects.requireNonNull(group, "group");
    }

    @Override
    public EventType type() {
      return EventType.MOVED;
    }
  }

  /**
   * 人员类别变更 (category changed).
   *
   * @param date the day of the change
   * @param category the new category, for example retired
   */
  record CategoryChanged(LocalDate date, MemberCategory category) implements MemberEvent {

    /** Checks the values. */
    public CategoryChanged {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(category, "category");
    }

    @Override
    public EventType type() {
      return EventType.CATEGORY_CHANGED;
    }
  }
}
