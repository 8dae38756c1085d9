package org.dangjian.core.org;

import java.time.LocalDate;
import java.util.Optional;
import java.util.SortedSet;
import org.dangjian.core.internal.Builds;
import org.dangjian.core.internal.DomainStyle;
import org.immutables.value.Value;

/**
 * A Party organisation (党组织): a working committee, leading group, grassroots committee, general
 * branch, branch, joint branch or group, with its place in the tree, the units it covers and its
 * committee.
 *
 * <p>An organisation that was merged or split away is not deleted: it is {@linkplain #dissolved()
 * dissolved} on a date and stays in the tree, so its history can still be read.
 *
 * <p>Immutable; build with {@link #builder()}.
 */
@Value.Immutable
@DomainStyle
public abstract class Organisation {

  Organisation() {}

  /** @return the identifier */
  public abstract OrganisationId id();

  /** @return the full name, for example 中共清河县城关第一小学支部委员会 */
  public abstract String name();

  /** @return the kind */
  public abstract OrganisationKind kind();

  /** @return the organisation directly above; empty for a root */
  public abstract Optional<OrganisationId> parent();

  /** @return the units it covers (覆盖的单位), sorted */
  @Value.NaturalOrder
  public abstract SortedSet<UnitId> units();

  /** @return the day it was established */
  public abstract LocalDate established();

  /** @return the day it was dissolved, merged or split away; empty while it exists */
  public abstract Optional<LocalDate> dissolved();

  /** @return the elected leadership, where there is one */
  public abstract Optional<Committee> committee();

  /**
   * @param value the new parent
   * @return a copy placed under that parent
   */
  public abstract Organisation withParent(OrganisationId value);

  /**
   * @param values the new covered units
   * @return a copy covering those units
   */
  public abstract Organisation withUnits(Iterable<? extends UnitId> values);

  /**
   * @param value the day of dissolution
   * @return a copy dissolved on that day
   */
  public abstract Organisation withDissolved(LocalDate value);

  /**
   * @param value the new committee
   * @return a copy with that committee
   */
  public abstract Organisation withCommittee(Committee value);

  /** @return whether it has not been dissolved */
  public boolean isActive() {
    return dissolved().isEmpty();
  }

  /**
   * @param date a day
   * @return whether it existed on that day: established, and not yet dissolved
   */
  public boolean existsOn(LocalDate date) {
    return !date.isBefore(established()) && dissolved().map(date::isBefore).orElse(true);
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Builds.requireText(name(), "name");
    dissolved().ifPresent(end -> Builds.requireOrder(established(), end, "dissolved"));
  }

  /** Builds an {@link Organisation}; {@link #build()} throws a {@code ValidationException} naming what is missing. */
  public static final class Builder extends ImmutableOrganisation.Builder {
    Builder() {}

    @Override
    public Organisation build() {
      return Builds.build(super::build);
    }
  }
}
