package org.dangjian.core.org;

import java.util.Optional;
import org.dangjian.core.internal.Builds;
import org.dangjian.core.internal.DomainStyle;
import org.immutables.value.Value;

/**
 * A unit (单位): a school, kindergarten, vocational centre, private school or office. Party
 * organisations {@linkplain Organisation#units() cover} units; members work or study in one.
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
