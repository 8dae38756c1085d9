package org.dangjian.core.dataset;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.org.UnitId;
import org.jspecify.annotations.Nullable;

/**
 * A dataset's members by id, and by branch, group and unit. It is built in full from a list, then
 * replaces members one at a time (the same ids, as a member event does) without copying the rest: the
 * members replaced are held beside the full index, and the lists of the branches, groups and units
 * they leave or join are made anew. After {@value #REBUILD_AFTER} replacements it is built in full again,
 * so that look-ups stay two hash probes at most. Immutable.
 */
final class MemberIndex {
  /** Replacements held beside the full index before it is built anew. */
  static final int REBUILD_AFTER = 256;
  private static final Comparator<Member> BY_ID = Comparator.comparing(Member::id);

  private final ImmutableList<Member> built;
  private final Map<MemberId, Integer> position;
  private final ImmutableListMultimap<OrganisationId, Member> byBranch;
  private final ImmutableListMultimap<OrganisationId, Member> byGroup;
  private final ImmutableListMultimap<UnitId, Member> byUnit;
  private final Map<MemberId, Member> replaced;
  private final Map<OrganisationId, List<Member>> branches;
  private final Map<OrganisationId, List<Member>> groups;
  private final Map<UnitId, List<Member>> units;
  private final List<Member> all;

  private MemberIndex(ImmutableList<Member> built, Map<MemberId, Integer> position, ImmutableListMultimap<OrganisationId, Member> byBranch,
      ImmutableListMultimap<OrganisationId, Member> byGroup, ImmutableListMultimap<UnitId, Member> byUnit, Map<MemberId, Member> replaced,
      Map<OrganisationId, List<Member>> branches, Map<OrganisationId, List<Member>> groups, Map<UnitId, List<Member>> units) {
    this.built = built;
    this.position = position;
    this.byBranch = byBranch;
    this.byGroup = byGroup;
    this.byUnit = byUnit;
    this.replaced = replaced;
    this.branches = branches;
    this.groups = groups;
    this.units = units;
    this.all = replaced.isEmpty() ? built : new Replaced();
  }

  /**
   * @param members the members, in any order, each id once
   * @return the full index
   */
  static MemberIndex of(List<Member> members) {
    List<Member> sorted = new ArrayList<>(members);
    sorted.sort(BY_ID);
    ImmutableList<Member> built = ImmutableList.copyOf(sorted);
    Map<MemberId, Integer> position = new HashMap<>(built.size() * 2);
    ImmutableListMultimap.Builder<OrganisationId, Member> byBranch = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<OrganisationId, Member> byGroup = ImmutableListMultimap.builder();
    ImmutableListMultimap.Builder<UnitId, Member> byUnit = ImmutableListMultimap.builder();
    for (int i = 0; i < built.size(); i++) {
      Member member = built.get(i);
      position.putIfAbsent(member.id(), i);
      byBranch.put(member.branch(), member);
      member.group().ifPresent(group -> byGroup.put(group, member));
      member.unit().ifPresent(unit -> byUnit.put(unit, member));
    }
    return new MemberIndex(built, Collections.unmodifiableMap(position), byBranch.build(), byGroup.build(), byUnit.build(), Map.of(),
        Map.of(), Map.of(), Map.of());
  }

  /** @return every member, by id */
  List<Member> all() {
    return all;
  }

  /** @return how many members */
  int size() {
    return built.size();
  }

  /** @return the member with the id, or null */
  @Nullable Member get(MemberId id) {
    Member member = replaced.get(id);
    if (member != null) {
      return member;
    }
    Integer at = position.get(id);
    return at == null ? null : built.get(at);
  }

  /** @return the member's place in {@link #all()}, or -1 */
  int indexOf(MemberId id) {
    Integer at = position.get(id);
    return at == null ? -1 : at;
  }

  List<Member> ofBranch(OrganisationId branch) {
    List<Member> list = branches.get(branch);
    return list != null ? list : byBranch.get(branch);
  }

  List<Member> ofGroup(OrganisationId group) {
    List<Member> list = groups.get(group);
    return list != null ? list : byGroup.get(group);
  }

  List<Member> ofUnit(UnitId unit) {
    List<Member> list = units.get(unit);
    return list != null ? list : byUnit.get(unit);
  }

  /**
   * @param member a member's new record; a member with its id is in the index
   * @return the index with it in place of the old record
   */
  MemberIndex replacing(Member member) {
    Member old = java.util.Objects.requireNonNull(get(member.id()), "no such member");
    if (replaced.size() >= REBUILD_AFTER) {
      List<Member> members = new ArrayList<>(all);
      members.set(position.get(member.id()), member);
      return of(members);
    }
    Map<MemberId, Member> nowReplaced = new HashMap<>(replaced);
    nowReplaced.put(member.id(), member);
    Map<OrganisationId, List<Member>> nowBranches = new HashMap<>(branches);
    for (OrganisationId branch : List.of(old.branch(), member.branch())) {
      nowBranches.put(branch, moved(ofBranch(branch), member, member.branch().equals(branch)));
    }
    Map<OrganisationId, List<Member>> nowGroups = new HashMap<>(groups);
    for (Optional<OrganisationId> group : List.of(old.group(), member.group())) {
      group.ifPresent(g -> nowGroups.put(g, moved(ofGroup(g), member, member.group().equals(group))));
    }
    Map<UnitId, List<Member>> nowUnits = new HashMap<>(units);
    for (Optional<UnitId> unit : List.of(old.unit(), member.unit())) {
      unit.ifPresent(u -> nowUnits.put(u, moved(ofUnit(u), member, member.unit().equals(unit))));
    }
    return new MemberIndex(built, position, byBranch, byGroup, byUnit, Collections.unmodifiableMap(nowReplaced),
        Collections.unmodifiableMap(nowBranches), Collections.unmodifiableMap(nowGroups), Collections.unmodifiableMap(nowUnits));
  }

  /** @return the list without the member's old record, and with its new one in id order if it belongs there */
  private static List<Member> moved(List<Member> list, Member member, boolean belongs) {
    List<Member> result = new ArrayList<>(list.size() + 1);
    for (Member m : list) {
      if (!m.id().equals(member.id())) {
        result.add(m);
      }
    }
    if (belongs) {
      int at = Collections.binarySearch(result, member, BY_ID);
      result.add(at < 0 ? -at - 1 : at, member);
    }
    return Collections.unmodifiableList(result);
  }

  /** Every member by id, the replaced ones in their new form. */
  private final class Replaced extends AbstractList<Member> implements RandomAccess {
    @Override
    public Member get(int index) {
      Member member = built.get(index);
      Member now = replaced.get(member.id());
      return now != null ? now : member;
    }

    @Override
    public int size() {
      return built.size();
    }
  }
}
