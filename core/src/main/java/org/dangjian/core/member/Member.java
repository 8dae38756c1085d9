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
 * <p>Status (申请人 … 正式党员) is not a field: the member lifecycle derives it from the member's
 * event history, which is the source of truth.
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
    int year = birthDate().getYear();
    if (year < ReportingPeriod.MIN_YEAR || year > ReportingPeriod.MAX_YEAR) {
      throw ValidationException.of("birthDate", "invalid-value",
          "birth date " + birthDate() + " is outside " + ReportingPeriod.MIN_YEAR + "–" + ReportingPeriod.MAX_YEAR);
    }
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
