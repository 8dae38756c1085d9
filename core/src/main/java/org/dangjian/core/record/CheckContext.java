package org.dangjian.core.record;

import java.util.List;
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
   * The records of another kind with a key, for a check across kinds (a correction naming an inspection).
   *
   * @param kind a record kind
   * @param index one of its indexes
   * @param key a key of the index
   * @return the dataset's records of the kind with that key, where this context holds the kind's records;
   *     empty from a context made without them, and then a check across kinds is not made
   */
  default <R, K> Optional<List<R>> recordsBy(RecordKind<R> kind, Index<R, K> index, K key) {
    return Optional.empty();
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
    return of(members, organisations, externalOrganisations, units, declaredActivityTypes, null);
  }

  /**
   * @param members whether a member id is among the dataset's members or lives in another part
   * @param organisations the dataset's organisation of an id, if any
   * @param externalOrganisations whether an organisation the dataset does not hold lives in another part
   * @param units whether a unit id is among the dataset's units
   * @param declaredActivityTypes whether an activity type code is declared
   * @param records the dataset's records of a kind, for checks across kinds; null for a context without them
   * @return the context answering from them; {@link #recordsBy} looks a key up in an index of the records
   *     built the first time it is asked
   */
  static CheckContext of(java.util.function.Predicate<MemberId> members,
      java.util.function.Function<OrganisationId, Optional<Organisation>> organisations,
      java.util.function.Predicate<OrganisationId> externalOrganisations,
      java.util.function.Predicate<org.dangjian.core.org.UnitId> units,
      java.util.function.Predicate<String> declaredActivityTypes,
      @org.jspecify.annotations.Nullable Function<RecordKind<?>, List<?>> records) {
    java.util.Map<Index<?, ?>, java.util.Map<Object, List<Object>>> built = new java.util.concurrent.ConcurrentHashMap<>();
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

      @Override
      @SuppressWarnings("unchecked")
      public <R, K> Optional<List<R>> recordsBy(RecordKind<R> kind, Index<R, K> index, K key) {
        if (records == null) {
          return Optional.empty();
        }
        java.util.Map<Object, List<Object>> byKey = built.computeIfAbsent(index, i -> {
          java.util.Map<Object, List<Object>> map = new java.util.HashMap<>();
          for (Object record : records.apply(kind)) {
            index.keys().apply((R) record).forEach(k -> map.computeIfAbsent(k, x -> new java.util.ArrayList<>()).add(record));
          }
          return map;
        });
        return Optional.of((List<R>) (List<?>) byKey.getOrDefault(key, List.of()));
      }
    };
  }
}
