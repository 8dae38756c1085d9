package org.dangjian.core.record;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.dangjian.core.Problem;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.org.OrganisationId;

/**
 * A reference a record makes to a member, an organisation or a unit, under a field name of the format: the
 * dataset refuses a record whose reference dangles, with the path {@code ledger[3].approver} (or, for a
 * list, {@code ballots[2].voters[1]}) and the message "member 'm9' is not among the members".
 *
 * @param <T> the record type
 */
public final class Ref<T> {
  private final String name;
  private final String field;
  private final String role;
  private final boolean many;
  private final Function<? super T, ? extends List<?>> values;

  private Ref(String name, String role, boolean many, Function<? super T, ? extends List<?>> values) {
    this(name, "", role, many, values);
  }

  private Ref(String name, String field, String role, boolean many, Function<? super T, ? extends List<?>> values) {
    this.name = Objects.requireNonNull(name, "name");
    this.field = Objects.requireNonNull(field, "field");
    this.role = Objects.requireNonNull(role, "role");
    this.many = many;
    this.values = Objects.requireNonNull(values, "values");
  }

  /**
   * @param name the field's name in the format
   * @param member the member the record names
   * @return a reference to a member
   */
  public static <T> Ref<T> toMember(String name, Function<? super T, MemberId> member) {
    return new Ref<>(name, "member", false, r -> List.of(member.apply(r)));
  }

  /**
   * @param name the field's name in the format
   * @param member the member the record names, if it names one
   * @return a reference to a member that may be absent
   */
  public static <T> Ref<T> toMemberIfAny(String name, Function<? super T, Optional<MemberId>> member) {
    return new Ref<>(name, "member", false, r -> member.apply(r).map(List::of).orElse(List.of()));
  }

  /**
   * @param name the list's name in the format
   * @param members the members the record lists
   * @return references to members, each at {@code name[i]}
   */
  public static <T> Ref<T> toMembers(String name, Function<? super T, ? extends List<MemberId>> members) {
    return new Ref<>(name, "member", true, members);
  }

  /**
   * @param name the list's name in the format
   * @param organisations the organisations the record lists
   * @return references to organisations, each at {@code name[i]}
   */
  public static <T> Ref<T> toOrganisations(String name, Function<? super T, ? extends List<OrganisationId>> organisations) {
    return new Ref<>(name, "organisation", true, organisations);
  }

  /**
   * @param name the list's name in the format, for example {@code absentees}
   * @param field the field of each element holding the member, for example {@code member}
   * @param members the members the list's elements name, in order
   * @return references to members, each at {@code name[i].field}
   */
  public static <T> Ref<T> toMembersIn(String name, String field, Function<? super T, ? extends List<MemberId>> members) {
    return new Ref<>(name, field, "member", true, members);
  }

  /**
   * @param name the field's name in the format
   * @param organisation the organisation the record names
   * @return a reference to an organisation
   */
  public static <T> Ref<T> toOrganisation(String name, Function<? super T, OrganisationId> organisation) {
    return new Ref<>(name, "organisation", false, r -> List.of(organisation.apply(r)));
  }

  /**
   * @param name the field's name in the format
   * @param organisation the organisation the record names, if it names one
   * @return a reference to an organisation that may be absent
   */
  public static <T> Ref<T> toOrganisationIfAny(String name, Function<? super T, Optional<OrganisationId>> organisation) {
    return new Ref<>(name, "organisation", false, r -> organisation.apply(r).map(List::of).orElse(List.of()));
  }

  /**
   * @param name the field's name in the format
   * @param unit the unit the record names, if it names one
   * @return a reference to a unit that may be absent
   */
  public static <T> Ref<T> toUnitIfAny(String name, Function<? super T, Optional<org.dangjian.core.org.UnitId>> unit) {
    return new Ref<>(name, "unit", false, r -> unit.apply(r).map(List::of).orElse(List.of()));
  }

  /**
   * @param name the field's name in the format, for example {@code unit}
   * @param unit the unit (school) the record names
   * @return a reference to a unit
   */
  public static <T> Ref<T> toUnit(String name, Function<? super T, org.dangjian.core.org.UnitId> unit) {
    return new Ref<>(name, "unit", false, r -> List.of(unit.apply(r)));
  }

  /** @return the field's name in the format */
  public String name() {
    return name;
  }

  /** @return whether it points at members */
  public boolean toMember() {
    return role.equals("member");
  }

  /** @return whether it points at units (schools) */
  public boolean toUnit() {
    return role.equals("unit");
  }

  /**
   * @param record a record
   * @return the ids it names here: members', organisations' or units'
   */
  public List<?> idsOf(T record) {
    return values.apply(record);
  }

  /**
   * Reports each id of the record that the dataset does not hold.
   *
   * @param record the record
   * @param at its path, for example {@code ledger[3]}
   * @param context the dataset's core records
   * @param problems where {@code dangling-reference} problems go
   */
  public void check(T record, String at, CheckContext context, List<Problem> problems) {
    List<?> ids = values.apply(record);
    for (int i = 0; i < ids.size(); i++) {
      Object id = ids.get(i);
      boolean exists = switch (role) {
        case "member" -> context.isMember((MemberId) id);
        case "unit" -> context.isUnit((org.dangjian.core.org.UnitId) id);
        default -> context.organisation((OrganisationId) id).isPresent() || context.isExternalOrganisation((OrganisationId) id);
      };
      if (!exists) {
        String path = at + "." + name + (many ? "[" + i + "]" : "") + (field.isEmpty() ? "" : "." + field);
        problems.add(Problem.of(path, "dangling-reference", role + " '" + id + "' is not among the " + role + "s"));
      }
    }
  }

  @Override
  public String toString() {
    return name + " → " + role;
  }
}
