package org.dangjian.core.member;

import java.time.LocalDate;
import java.util.Optional;
import org.dangjian.core.ValidationException;
import org.dangjian.core.internal.Builds;
import org.dangjian.core.internal.DomainStyle;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.org.UnitId;
import org.dangjian.core.time.ReportingPeriod;
import org.immutables.value.Value;

/**
 * A Party member (党员), or a person on the way to membership, as the branch's roll records them:
 * identity, the unit they work or study in, and where they belong — a branch, and optionally a
 * group in it.
 *
 * <p>Status (入党申请人 … 正式党员) is not a field: {@link Lifecycle} derives it from the member's
 * {@linkplain #history() event history}, which is the source of truth and is checked when the member is
 * built (in date order, every event allowed where it stands). Record new events with {@link
 * Lifecycle#apply}.
 *
 * <p>Immutable; build with {@link #builder()}.
 */
@Value.Immutable
@DomainStyle
public abstract class Member {

  Member() {}

  /** @return the identifier */
  public abstract MemberId id();

  /** @return the name as in the Party roll, for example 王秀英 */
  public abstract String name();

  /** @return the gender */
  public abstract Gender gender();

  /** @return the date of birth */
  public abstract LocalDate birthDate();

  /** @return teacher, staff, student, retired or other */
  public abstract MemberCategory category();

  /** @return the unit the member works or studies in, where recorded */
  public abstract Optional<UnitId> unit();

  /** @return the branch the member belongs to */
  public abstract OrganisationId branch();

  /** @return the national ID number (身份证号), where recorded; masked in {@code toString} */
  public abstract Optional<NationalIdNumber> nationalId();

  /** @return a phone number, where recorded; masked in {@code toString} */
  public abstract Optional<PhoneNumber> phone();

  /** @return the group within the branch, if any */
  public abstract Optional<OrganisationId> group();

  /**
   * Whether the member is counted under 双培养: an excellent teacher being developed into a member,
   * or a member teacher being developed into a backbone teacher.
   *
   * @return the 双培养 flag; false unless set
   */
  @Value.Default
  public boolean dualTraining() {
    return false;
  }

  /**
   * @return the events of the member's record (党员档案), in date order, at least one: the first is an
   *     application (入党申请) or a transfer in (组织关系转入)
   */
  public abstract java.util.List<MemberEvent> history();

  /** @return the status after the whole history */
  @Value.Lazy
  public MemberStatus status() {
    return Lifecycle.replay(history()).status();
  }

  /**
   * @param date a day
   * @return what the history says on that day: status, probation end, standing, rights, sanctions
   */
  public MemberFacts factsOn(LocalDate date) {
    return timeline().factsOn(date);
  }

  /**
   * @param date a day
   * @return the member's status that day ({@code factsOn(date).status()}), answered without making the day's facts
   */
  public MemberStatus statusOn(LocalDate date) {
    return timeline().statusOn(java.util.Objects.requireNonNull(date, "date"));
  }

  /**
   * @param date a day
   * @return whether the member may vote that day ({@code factsOn(date).hasVotingRights()}: a full member
   *     not under 留党察看), answered without making the day's facts
   */
  public boolean hasVotingRightsOn(LocalDate date) {
    return timeline().hasVotingRightsOn(java.util.Objects.requireNonNull(date, "date"));
  }

  /** @return the state after each event, computed once: {@link #factsOn} finds a day's by binary search */
  @Value.Lazy
  Lifecycle.Timeline timeline() {
    return Lifecycle.timeline(history());
  }

  /**
   * @param value the new branch
   * @return a copy in that branch (the group is kept; set it too when moving between branches)
   */
  public abstract Member withBranch(OrganisationId value);

  /**
   * @param value the new group, or empty for none
   * @return a copy in that group
   */
  public abstract Member withGroup(Optional<? extends OrganisationId> value);

  /**
   * @param value the new category, for example {@link MemberCategory#RETIRED}
   * @return a copy with that category
   */
  public abstract Member withCategory(MemberCategory value);

  /** @return where the member belongs */
  public Placement placement() {
    return new Placement(branch(), group());
  }

  /**
   * @param placement where the member belongs now
   * @return a copy placed there
   */
  public Member withPlacement(Placement placement) {
    return withBranch(placement.branch()).withGroup(placement.group());
  }

  /**
   * Age in whole years on a day, by the calendar: a member born on 29 February turns a year older on
   * 1 March in common years.
   *
   * @param date the day
   * @return the age in completed years
   */
  public int ageOn(LocalDate date) {
    return java.time.Period.between(birthDate(), date).getYears();
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Builds.requireText(name(), "name");
    checkHistory();
    int year = birthDate().getYear();
    if (year < ReportingPeriod.MIN_YEAR || year > ReportingPeriod.MAX_YEAR) {
      throw ValidationException.of("birthDate", "invalid-value",
          "birth date " + birthDate() + " is outside " + ReportingPeriod.MIN_YEAR + "–" + ReportingPeriod.MAX_YEAR);
    }
    MemberEvent first = history().get(0);
    if (first.date().isBefore(birthDate())) {
      throw ValidationException.of("history[0].date", "invalid-date", first.type().code() + " on " + first.date()
          + " is before the member's birth date " + birthDate());
    }
    if (nationalId().isPresent() && !nationalId().get().birthDate().equals(birthDate())) {
      throw ValidationException.of("nationalId", "invalid-value", "the birth date the national ID number holds (its digits "
          + "7–14) is not the member's birth date " + birthDate() + " (the number is not repeated here)");
    }
  }

  private void checkHistory() {
    java.util.List<MemberEvent> history = history();
    if (history.isEmpty()) {
      throw ValidationException.of("history", "missing-history",
          "a member's history opens with an application (applied, 入党申请) or a transfer in (transferred-in, 组织关系转入)");
    }
    for (int i = 1; i < history.size(); i++) {
      if (history.get(i).date().isBefore(history.get(i - 1).date())) {
        throw ValidationException.of("history[" + i + "].date", "out-of-order",
            history.get(i).type().code() + " on " + history.get(i).date() + " comes after "
                + history.get(i - 1).type().code() + " on " + history.get(i - 1).date() + "; events are in date order");
      }
    }
    try {
      Lifecycle.replay(history);
    } catch (IllegalTransitionException e) {
      throw ValidationException.of("history[" + e.index().orElse(0) + "]", "illegal-transition", e.getMessage()
          .substring(e.getMessage().indexOf(": ") + 2));
    }
    Lifecycle.lastMove(history).ifPresent(moved -> {
      if (!moved.branch().equals(branch()) || !moved.group().equals(group())) {
        throw ValidationException.of("branch", "placement-disagrees-with-history", "the member is placed in "
            + placement() + " but the last move in the history (" + moved.date() + ") was to "
            + new Placement(moved.branch(), moved.group()));
      }
    });
    Lifecycle.lastCategoryChange(history).ifPresent(changed -> {
      if (changed.category() != category()) {
        throw ValidationException.of("category", "category-disagrees-with-history", "the member's category is "
            + category().code() + " but the last change in the history (" + changed.date() + ") was to " + changed.category().code());
      }
    });
  }

  /** Builds a {@link Member}; {@link #build()} throws a {@code ValidationException} naming what is missing. */
  public static final class Builder extends ImmutableMember.Builder {
    Builder() {}

    @Override
    public Member build() {
      return Builds.build(super::build);
    }
  }
}
