package org.dangjian.core.internal;

import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.org.OrganisationId;

/**
 * The members and organisations a part of a partitioned region refers to but does not hold: they live in
 * another part, and a reference to one is not dangling. Either declared (read from a part's file) or
 * resolved against the whole region while a part is cut from it, recording each one a check asked for.
 * Not API.
 */
public final class Externals {
  /** No external references: every reference must resolve in the dataset. */
  public static final Externals NONE = new Externals(id -> false, id -> false);

  private final Predicate<MemberId> members;
  private final Predicate<OrganisationId> organisations;
  private final Set<MemberId> usedMembers = new TreeSet<>();
  private final Set<OrganisationId> usedOrganisations = new TreeSet<>();

  private Externals(Predicate<MemberId> members, Predicate<OrganisationId> organisations) {
    this.members = members;
    this.organisations = organisations;
  }

  /**
   * @param members whether a member lives elsewhere
   * @param organisations whether an organisation lives elsewhere
   * @return the externals, recording each one asked for
   */
  public static Externals of(Predicate<MemberId> members, Predicate<OrganisationId> organisations) {
    return new Externals(members, organisations);
  }

  /**
   * @param id a member the dataset does not hold
   * @return whether it lives in another part (recorded if so)
   */
  public synchronized boolean member(MemberId id) {
    boolean external = members.test(id);
    if (external) {
      usedMembers.add(id);
    }
    return external;
  }

  /**
   * @param id an organisation the dataset does not hold
   * @return whether it lives in another part (recorded if so)
   */
  public synchronized boolean organisation(OrganisationId id) {
    boolean external = organisations.test(id);
    if (external) {
      usedOrganisations.add(id);
    }
    return external;
  }

  /** @return the external members a check asked for, sorted */
  public synchronized Set<MemberId> usedMembers() {
    return Set.copyOf(usedMembers);
  }

  /** @return the external organisations a check asked for, sorted */
  public synchronized Set<OrganisationId> usedOrganisations() {
    return Set.copyOf(usedOrganisations);
  }
}
