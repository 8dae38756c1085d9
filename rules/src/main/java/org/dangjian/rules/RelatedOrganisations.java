package org.dangjian.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberEvent;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.org.OrgTree;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.org.UnitId;
import org.dangjian.core.record.RecordKind;
import org.dangjian.rules.spi.EvaluationScope;

/**
 * For a session, the organisations related to a member in the sense of {@link
 * org.dangjian.rules.spi.Dependencies#perOrganisation}, as scope keys: what a per-organisation rule must be
 * re-run for after an event in that member's history. Built once from a session's dataset, then kept up
 * to date as records and events arrive. Records are only ever added within a session and histories only
 * grow, so every relation it holds stays true; the organisations and units are fixed for the session.
 * Not thread-safe: the session applies one change at a time.
 */
final class RelatedOrganisations {
  /** The dataset's kinds a per-organisation rule of the session reads: their records relate members. */
  private final Set<RecordKind<?>> read;
  /** Per member, the organisations whose committees name them. */
  private final Map<MemberId, Set<OrganisationId>> committees = new HashMap<>();
  /** Per member, the organisations (and the organisations covering the units) that records naming them name. */
  private final Map<MemberId, Set<OrganisationId>> records = new HashMap<>();
  /** Per member, the members whose histories name them (as contact, introducer, or at the first talk). */
  private final Map<MemberId, Set<MemberId>> namedBy = new HashMap<>();

  private RelatedOrganisations(Set<RecordKind<?>> read) {
    this.read = read;
  }

  /**
   * @param dataset the session's records now
   * @param read whether a per-organisation rule reads a kind
   * @return the relations the dataset holds
   */
  static RelatedOrganisations of(Dataset dataset, Predicate<RecordKind<?>> read) {
    Set<RecordKind<?>> kinds = new HashSet<>();
    for (RecordKind<?> kind : dataset.kinds().all()) {
      if (read.test(kind)) {
        kinds.add(kind);
      }
    }
    RelatedOrganisations related = new RelatedOrganisations(Set.copyOf(kinds));
    for (Organisation organisation : dataset.organisations()) {
      organisation.committee().ifPresent(committee -> committee.positions().forEach(position ->
          related.committees.computeIfAbsent(position.member(), m -> new HashSet<>()).add(organisation.id())));
    }
    for (RecordKind<?> kind : related.read) {
      related.addAll(dataset, kind);
    }
    for (Member member : dataset.members()) {
      related.history(member);
    }
    return related;
  }

  private <T> void addAll(Dataset dataset, RecordKind<T> kind) {
    for (T record : dataset.records(kind).all()) {
      add(dataset, kind, record);
    }
  }

  /** Relates the members a new record names to the organisations it names, if a per-organisation rule reads its kind. */
  <T> void add(Dataset dataset, RecordKind<T> kind, T record) {
    if (!read.contains(kind)) {
      return;
    }
    RecordKind.Touched touched = kind.touches(record);
    if (touched.members().isEmpty()) {
      return;
    }
    List<OrganisationId> organisations = new ArrayList<>(touched.organisations());
    for (UnitId unit : touched.units()) {
      dataset.organisationsCovering(unit).forEach(o -> organisations.add(o.id()));
    }
    for (MemberId member : touched.members()) {
      records.computeIfAbsent(member, m -> new HashSet<>()).addAll(organisations);
    }
  }

  /** Relates the members a member's history names to that member. */
  void history(Member member) {
    for (MemberEvent event : member.history()) {
      List<MemberId> named = event instanceof MemberEvent.ActivistDesignated designated ? designated.contacts()
          : event instanceof MemberEvent.IntroducersNamed introduced ? introduced.introducers()
          : event instanceof MemberEvent.FirstTalkHeld talk ? talk.by().stream().toList()
          : List.of();
      for (MemberId other : named) {
        namedBy.computeIfAbsent(other, m -> new HashSet<>()).add(member.id());
      }
    }
  }

  /**
   * @param before the records before an event in the member's history
   * @param after the records with it
   * @param member the member
   * @return the scope keys of the organisations related to the member before or after the event
   */
  Set<OrganisationId> of(Dataset before, Dataset after, MemberId member) {
    OrgTree tree = after.tree();
    Set<OrganisationId> organisations = new HashSet<>();
    for (Dataset dataset : List.of(before, after)) {
      Member found = dataset.member(member).orElseThrow();
      organisations.add(found.branch());
      tree.ancestors(found.branch()).forEach(o -> organisations.add(o.id()));
      found.unit().ifPresent(unit -> dataset.organisationsCovering(unit).forEach(o -> organisations.add(o.id())));
    }
    organisations.addAll(committees.getOrDefault(member, Set.of()));
    organisations.addAll(records.getOrDefault(member, Set.of()));
    for (MemberId naming : namedBy.getOrDefault(member, Set.of())) {
      after.member(naming).ifPresent(m -> organisations.add(m.branch()));
    }
    tree.roots().forEach(o -> organisations.add(o.id()));
    Set<OrganisationId> keys = new HashSet<>();
    for (OrganisationId organisation : organisations) {
      if (after.organisation(organisation).isPresent()) { // not another part's, in a part of a region
        keys.add(EvaluationScope.keyOf(tree, organisation));
      }
    }
    return keys;
  }
}
