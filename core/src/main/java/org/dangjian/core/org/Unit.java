package org.dangjian.core.org;

import java.util.Optional;
import org.dangjian.core.internal.Builds;
import org.dangjian.core.internal.DomainStyle;
import org.immutables.value.Value;

/**
 * A unit (单位): a school, kindergarten, vocational centre, private school or office. Party
 * organisations {@linkplain Organisation#units() cover} units; members work or study in one. Its
 * {@linkplain #kind() kind} is its level (小学, 初级中学, 幼儿园…); it is {@linkplain #ownership() public or
 * private} (公办/民办, by default as usual for the kind) and {@linkplain #legalPerson() a legal person}
 * (独立法人) unless recorded otherwise — the reform of school governance is for public schools with
 * legal personality.
 *
 * <p>Immutable; build with {@link #builder()} or {@link #of}.
 */
@Value.Immutable
@DomainStyle
public abstract class Unit {

  Unit() {}

  /** @return the identifier */
  public abstract UnitId id();

  /** @return the full name, for example 清河县城关第一小学 */
  public abstract String name();

  /** @return the kind of unit */
  public abstract UnitKind kind();

  /** @return the governance model and its start, where recorded */
  public abstract Optional<Governance> governance();

  /** @return who runs it: by default {@link Ownership#usualFor} its kind (a 民办学校 is private, the rest public) */
  @Value.Default
  public Ownership ownership() {
    return Ownership.usualFor(kind());
  }

  /**
   * @return whether it is a legal person of its own (独立法人); {@code false} for a teaching point or a
   *     campus run by another school; {@code true} unless recorded otherwise
   */
  @Value.Default
  public boolean legalPerson() {
    return true;
  }

  /**
   * @param value who runs it
   * @return a copy with that ownership
   */
  public abstract Unit withOwnership(Ownership value);

  /**
   * @param value whether it is a legal person of its own
   * @return a copy saying so
   */
  public abstract Unit withLegalPerson(boolean value);

  /**
   * @param value the new governance model
   * @return a copy with that governance
   */
  public abstract Unit withGovernance(Governance value);

  /**
   * @param value the new name
   * @return a copy with that name
   */
  public abstract Unit withName(String value);

  /**
   * @param id the identifier
   * @param name the full name
   * @param kind the kind
   * @return a unit without a recorded governance model
   */
  public static Unit of(UnitId id, String name, UnitKind kind) {
    return builder().id(id).name(name).kind(kind).build();
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Builds.requireText(name(), "name");
    if (kind() == UnitKind.PRIVATE_SCHOOL && ownership() != Ownership.PRIVATE) {
      throw org.dangjian.core.ValidationException.of("ownership", "invalid-value", "a 民办学校 (private-school) is privately run, not '"
          + ownership().code() + "'");
    }
    if (governance().isPresent() && governance().get().model() == GovernanceModel.PARTY_LED_DIRECTOR_RESPONSIBILITY
        && kind() != UnitKind.KINDERGARTEN) {
      throw org.dangjian.core.ValidationException.of("governance.model", "invalid-value", "党组织领导的园长负责制 is a kindergarten's model, and '"
          + id() + "' is a " + kind().code());
    }
  }

  /** Builds a {@link Unit}; {@link #build()} throws a {@code ValidationException} naming what is missing. */
  public static final class Builder extends ImmutableUnit.Builder {
    Builder() {}

    @Override
    public Unit build() {
      return Builds.build(super::build);
    }
  }
}
