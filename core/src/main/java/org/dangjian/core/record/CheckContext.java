package org.dangjian.core.record;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.OrganisationId;

/**
 * What a record's checks may ask of the dataset it belongs to: its core records (members, organisations,
 * units), declared codes and, where the context holds them, the records of other kinds.
 */
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
   * The records of another kind, for a check across kinds (a correction naming an inspection's issue).
   *
   * @param kind a record kind
   * @return the dataset's records of the kind, where this context holds them; empty from a context made
   *     without them, and then a check across kinds is not made
   */
  default <R> Optional<List<R>> records(RecordKind<R> kind) {
    return Optional.empty();
  }

  /**
   * @param records the dataset's records of a kind
   * @return this context answering {@link #records} from them
   */
  default CheckContext withRecords(Function<RecordKind<?>, List<?>> records) {
    Objects.requireNonNull(records, "records");
    CheckContext core = this;
    return new CheckContext() {
      @Override
      public boolean isMember(MemberId id) {
        return core.isMember(id);
      }

      @Override
      public Optional<Organisation> organisation(OrganisationId id) {
        return core.organisation(id);
      }

      @Override
      public boolean isExternalOrganisation(OrganisationId id) {
        return core.isExternalOrganisation(id);
      }

      @Override
      public boolean isUnit(org.dangjian.core.org.UnitId id) {
        return core.isUnit(id);
      }

      @Override
      public boolean isDeclaredActivityType(String code) {
        return core.isDeclaredActivityType(code);
      }

      @Override
      @SuppressWarnings("unchecked")
      public <R> Optional<List<R>> records(RecordKind<R> kind) {
        return Optional.of((List<R>) records.apply(kind));
      }
    };
  }

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
