package org.dangjian.core.record;

import java.util.Optional;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.OrganisationId;

/** What a record's checks may ask of the dataset it belongs to: its core records (members, organisations, units) and declared codes. */
public interface CheckContext {

  /**
   * @param id a member id
   * @return whether the dataset holds the member
   */
  boolean isMember(MemberId id);

  /**
   * @param id an organisation id
   * @return the organisation, if the dataset holds it
   */
  Optional<Organisation> organisation(OrganisationId id);

  /**
   * @param id an organisation the dataset does not hold
   * @return whether it lives in another part of a partitioned region, so that a reference to it holds
   */
  default boolean isExternalOrganisation(OrganisationId id) {
    return false;
  }

  /**
   * @param id a unit id
   * @return whether the dataset holds the unit; {@code false} from a context made without the units
   */
  default boolean isUnit(org.dangjian.core.org.UnitId id) {
    return false;
  }

  /**
   * @param code an activity type code
   * @return whether the dataset declares it (beyond the standard types)
   */
  boolean isDeclaredActivityType(String code);

  /**
   * @param members whether a member id is among the dataset's members
   * @param organisations the dataset's organisation of an id, if any
   * @param declaredActivityTypes whether an activity type code is declared
   * @return the context answering from them
   */
  static CheckContext of(java.util.function.Predicate<MemberId> members,
      java.util.function.Function<OrganisationId, Optional<Organisation>> organisations,
      java.util.function.Predicate<String> declaredActivityTypes) {
    return of(members, organisations, id -> false, declaredActivityTypes);
  }

  /**
   * @param members whether a member id is among the dataset's members or lives in another part
   * @param organisations the dataset's organisation of an id, if any
   * @param externalOrganisations whether an organisation the dataset does not hold lives in another part
   * @param declaredActivityTypes whether an activity type code is declared
   * @return the context answering from them; it holds no unit
   */
  static CheckContext of(java.util.function.Predicate<MemberId> members,
      java.util.function.Function<OrganisationId, Optional<Organisation>> organisations,
      java.util.function.Predicate<OrganisationId> externalOrganisations,
      java.util.function.Predicate<String> declaredActivityTypes) {
    return of(members, organisations, externalOrganisations, id -> false, declaredActivityTypes);
  }

  /**
   * @param members whether a member id is among the dataset's members or lives in another part
   * @param organisations the dataset's organisation of an id, if any
   * @param externalOrganisations whether an organisation the dataset does not hold lives in another part
   * @param units whether a unit id is among the dataset's units
   * @param declaredActivityTypes whether an activity type code is declared
   * @return the context answering from them
   */
  static CheckContext of(java.util.function.Predicate<MemberId> members,
      java.util.function.Function<OrganisationId, Optional<Organisation>> organisations,
      java.util.function.Predicate<OrganisationId> externalOrganisations,
      java.util.function.Predicate<org.dangjian.core.org.UnitId> units,
      java.util.function.Predicate<String> declaredActivityTypes) {
    return new CheckContext() {
      @Override
      public boolean isUnit(org.dangjian.core.org.UnitId id) {
        return units.test(id);
      }

      @Override
      public boolean isMember(MemberId id) {
        return members.test(id);
      }

      @Override
      public Optional<Organisation> organisation(OrganisationId id) {
        return organisations.apply(id);
      }

      @Override
      public boolean isExternalOrganisation(OrganisationId id) {
        return externalOrganisations.test(id);
      }

      @Override
      public boolean isDeclaredActivityType(String code) {
        return declaredActivityTypes.test(code);
      }
    };
  }
}
