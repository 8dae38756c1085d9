package org.dangjian.core.dataset;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.dangjian.core.Problem;
import org.dangjian.core.ValidationException;
import org.dangjian.core.activity.ActivityType;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.org.OrgPath;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.org.Unit;
import org.dangjian.core.org.UnitId;
import org.dangjian.core.record.RecordKind;

/** Cutting a region into self-contained parts, and joining them again: {@link Dataset#partition}, {@link Dataset#merge}. */
final class Partitions {
  private Partitions() {}

  static SortedMap<String, Dataset> partition(Dataset region, Function<? super OrgPath, String> by) {
    Map<OrganisationId, String> partOf = new HashMap<>();
    for (Organisation organisation : region.organisations()) { // in path order: a parent before its groups
      String name = Objects.requireNonNull(by.apply(region.tree().path(organisation.id())),
          () -> "the part of '" + organisation.id() + "' is null");
      // A group (党小组) stays with its branch, where its members are.
      if (organisation.kind() == org.dangjian.core.org.OrganisationKind.GROUP && organisation.parent().isPresent()
          && partOf.containsKey(organisation.parent().get())) {
        name = partOf.get(organisation.parent().get());
      }
      partOf.put(organisation.id(), name);
    }
    Map<MemberId, String> memberPart = new HashMap<>();
    region.members().forEach(m -> memberPart.put(m.id(), partOf.get(m.branch())));
    TreeSet<String> names = new TreeSet<>(partOf.values());
    if (names.isEmpty()) {
      names.add("");
    }
    Map<String, Dataset.Builder> builders = new LinkedHashMap<>();
    for (String name : names) {
      Dataset.Builder builder = Dataset.builder(region.kinds()).region(region.region()).activityTypes(region.declaredActivityTypes());
      // References the part does not hold resolve in the region (and in anything the region itself refers to).
      builder.resolvingIn(id -> region.member(id).isPresent() || region.externalMembers().contains(id),
          id -> region.organisation(id).isPresent() || region.externalOrganisations().contains(id));
      builders.put(name, builder);
    }
    region.organisations().forEach(o -> builders.get(partOf.get(o.id())).addOrganisation(o));
    region.members().forEach(m -> builders.get(memberPart.get(m.id())).addMember(m));
    Map<UnitId, java.util.Set<String>> unitParts = new HashMap<>();
    // A unit goes with every part whose organisations cover it or whose members work in it; one nobody names, to the first.
    for (Unit unit : region.units()) {
      TreeSet<String> holders = new TreeSet<>();
      region.organisationsCovering(unit.id()).forEach(o -> holders.add(partOf.get(o.id())));
      region.membersOfUnit(unit.id()).forEach(m -> holders.add(memberPart.get(m.id())));
      if (holders.isEmpty()) {
        holders.add(names.first());
      }
      holders.forEach(name -> builders.get(name).addUnit(unit));
      unitParts.put(unit.id(), new TreeSet<>(holders));
    }
    // Where the records another kind takes along were placed, kept for those kinds only.
    Map<RecordKind<?>, Map<String, java.util.Set<Object>>> placed = new HashMap<>();
    region.kinds().all().forEach(kind -> kind.along().forEach(along -> placed.put(along.kind(), new HashMap<>())));
    for (RecordKind<?> kind : region.kinds().all()) {
      place(region, kind, partOf, memberPart, unitParts, builders, names.first(), placed);
    }
    SortedMap<String, Dataset> parts = new TreeMap<>();
    builders.forEach((name, builder) -> parts.put(name, builder.build()));
    return java.util.Collections.unmodifiableSortedMap(parts);
  }

  /** Each record goes to every part holding something it names; one that names nothing in the region, to the first. */
  private static <T> void place(Dataset region, RecordKind<T> kind, Map<OrganisationId, String> partOf, Map<MemberId, String> memberPart,
      Map<UnitId, java.util.Set<String>> unitParts, Map<String, Dataset.Builder> builders, String first,
      Map<RecordKind<?>, Map<String, java.util.Set<Object>>> placed) {
    Map<String, java.util.Set<Object>> mine = placed.get(kind);
    for (T record : region.records(kind).all()) {
      RecordKind.Touched touched = kind.touches(record);
      TreeSet<String> holders = new TreeSet<>();
      touched.organisations().forEach(o -> {
        String name = partOf.get(o);
        if (name != null) {
          holders.add(name);
        }
      });
      touched.members().forEach(m -> {
        String name = memberPart.get(m);
        if (name != null) {
          holders.add(name);
        }
      });
      touched.units().forEach(u -> holders.addAll(unitParts.getOrDefault(u, java.util.Set.of())));
      if (holders.isEmpty()) {
        holders.add(first);
      }
      for (String name : holders) {
        if (mine == null || mine.computeIfAbsent(name, k -> new java.util.HashSet<>()).add(record)) {
          builders.get(name).add(kind, record);
        }
      }
      for (RecordKind.Along<T, ?> along : kind.along()) {
        takeAlong(region, along, record, holders, builders, placed);
      }
      // A unit goes too with every part a record naming it goes to (a principal's report heard by the bureau).
      for (UnitId unit : touched.units()) {
        java.util.Set<String> with = unitParts.get(unit);
        for (String name : holders) {
          if (with != null && with.add(name)) {
            builders.get(name).addUnit(region.unit(unit).orElseThrow());
          }
        }
      }
    }
  }

  /** Puts the record of another kind a record names into every part the record went to, where it is not yet. */
  private static <T, R> void takeAlong(Dataset region, RecordKind.Along<T, R> along, T record, java.util.Set<String> holders,
      Map<String, Dataset.Builder> builders, Map<RecordKind<?>, Map<String, java.util.Set<Object>>> placed) {
    Map<String, java.util.Set<Object>> theirs = placed.get(along.kind());
    along.id().apply(record).ifPresent(id -> {
      for (R other : region.records(along.kind()).by(along.byId(), id)) {
        for (String name : holders) {
          if (theirs.computeIfAbsent(name, k -> new java.util.HashSet<>()).add(other)) {
            builders.get(name).add(along.kind(), other);
          }
        }
      }
    });
  }

  static Dataset merge(Collection<Dataset> parts) {
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("no parts to merge");
    }
    Dataset first = parts.iterator().next();
    List<Problem> problems = new ArrayList<>();
    Map<UnitId, Unit> units = new TreeMap<>();
    Map<OrganisationId, Organisation> organisations = new TreeMap<>();
    Map<MemberId, Member> members = new TreeMap<>();
    Map<String, ActivityType> types = new TreeMap<>();
    TreeSet<MemberId> externalMembers = new TreeSet<>();
    TreeSet<OrganisationId> externalOrganisations = new TreeSet<>();
    int index = 0;
    for (Dataset part : parts) {
      String at = "parts[" + index++ + "]";
      if (!part.region().equals(first.region())) {
        problems.add(Problem.of(at + ".region", "partition-mismatch", "region '" + part.region().code() + "' is not the first part's, '"
            + first.region().code() + "'"));
      }
      if (!part.kinds().all().equals(first.kinds().all())) {
        problems.add(Problem.of(at, "partition-mismatch", "holds the record kinds " + part.kinds() + ", the first part " + first.kinds()));
      }
      part.units().forEach(u -> join(units, u.id(), u, at + ".units", "unit", problems));
      part.organisations().forEach(o -> join(organisations, o.id(), o, at + ".organisations", "organisation", problems));
      part.members().forEach(m -> join(members, m.id(), m, at + ".members", "member", problems));
      part.declaredActivityTypes().forEach(t -> join(types, t.code(), t, at + ".activityTypes", "activity type", problems));
      externalMembers.addAll(part.externalMembers());
      externalOrganisations.addAll(part.externalOrganisations());
    }
    if (!problems.isEmpty()) {
      throw new ValidationException(problems);
    }
    Dataset.Builder builder = Dataset.builder(first.kinds()).region(first.region()).units(units.values())
        .organisations(organisations.values()).members(members.values()).activityTypes(types.values());
    externalMembers.stream().filter(id -> !members.containsKey(id)).forEach(builder::externalMember);
    externalOrganisations.stream().filter(id -> !organisations.containsKey(id)).forEach(builder::externalOrganisation);
    for (RecordKind<?> kind : first.kinds().all()) {
      joinRecords(parts, kind, builder);
    }
    return builder.build();
  }

  private static <K, V> void join(Map<K, V> joined, K id, V value, String at, String what, List<Problem> problems) {
    V before = joined.putIfAbsent(id, value);
    if (before != null && !before.equals(value)) {
      problems.add(Problem.of(at, "partition-mismatch", what + " '" + id + "' differs from the one another part holds"));
    }
  }

  /** A record held by several parts is one record: kept as often as the part that holds it most often. */
  private static <T> void joinRecords(Collection<Dataset> parts, RecordKind<T> kind, Dataset.Builder builder) {
    Map<T, Integer> most = new LinkedHashMap<>();
    for (Dataset part : parts) {
      Map<T, Integer> counts = new LinkedHashMap<>(); // in the part's order
      for (T record : part.records(kind).all()) {
        counts.merge(record, 1, Integer::sum);
      }
      counts.forEach((record, count) -> most.merge(record, count, Math::max));
    }
    most.forEach((record, count) -> {
      for (int i = 0; i < count; i++) {
        builder.add(kind, record);
      }
    });
  }
}
