package org.dangjian.scoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.governance.DutyReport;
import org.dangjian.core.governance.LeadershipPost;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.org.CommitteeRole;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.Position;
import org.dangjian.core.org.Unit;
import org.jspecify.annotations.Nullable;

/**
 * The leaders a {@link SubjectKind#LEADER} scheme scores for a year: every organisation's secretary at year
 * end, every school's head at year end, and every other leader whose report on the year is recorded, one
 * entry for each leader and organisation with the reports about it.
 */
final class Leaders {
  private Leaders() {}

  /**
   * One leader for one organisation.
   *
   * @param id the card's subject: the member's id or, for a head who is not a member, the school's unit id,
   *     with {@code @organisation} where the leader has several entries
   * @param name the member's name; for a head who is not a member, the recorded name or the school's name
   *     and post
   * @param member the member, if the leader is one
   * @param organisation the organisation led or the school's
   * @param months the month ends (of 12) at which the leader held a post counted
   * @param reports the leader's reports on the year for the organisation, in the dataset's order
   */
  record Leader(String id, String name, Optional<Member> member, Organisation organisation, int months, List<DutyReport> reports) {}

  /** An entry being gathered: who, for which organisation, the month ends in post, the reports. */
  private static final class Entry {
    final String person;
    final Optional<Member> member;
    final Organisation organisation;
    final boolean[] held = new boolean[12];
    final List<DutyReport> reports = new ArrayList<>();
    String name;

    Entry(String person, Optional<Member> member, Organisation organisation, String name) {
      this.person = person;
      this.member = member;
      this.organisation = organisation;
      this.name = name;
    }
  }

  /**
   * @param dataset the dataset
   * @param year the year
   * @param monthEnds the year's twelve month ends
   * @return the leaders, by person and then organisation
   */
  static List<Leader> of(Dataset dataset, int year, LocalDate[] monthEnds) {
    return of(dataset, year, monthEnds, null);
  }

  /**
   * @param dataset the dataset, or one part of a region
   * @param year the year
   * @param monthEnds the year's twelve month ends
   * @param region for a part: the region's core, with its leadership posts and reports — where a member the part
   *     does not hold is found, and where each person's entries are counted (to name a card {@code
   *     person@organisation} as the whole region would)
   * @return the leaders, by person and then organisation
   */
  static List<Leader> of(Dataset dataset, int year, LocalDate[] monthEnds, @Nullable Dataset region) {
    Map<String, Entry> entries = gather(dataset, year, monthEnds, region);
    Map<String, Integer> perPerson = new HashMap<>();
    (region == null ? entries : gather(region, year, monthEnds, null)).values().forEach(e -> perPerson.merge(e.person, 1, Integer::sum));
    List<Leader> leaders = new ArrayList<>(entries.size());
    for (Entry e : entries.values()) {
      int months = 0;
      for (boolean held : e.held) {
        months += held ? 1 : 0;
      }
      String id = perPerson.getOrDefault(e.person, 1) > 1 ? e.person + "@" + e.organisation.id().value() : e.person;
      leaders.add(new Leader(id, e.name, e.member, e.organisation, months, List.copyOf(e.reports)));
    }
    return leaders;
  }

  private static Map<String, Entry> gather(Dataset dataset, int year, LocalDate[] monthEnds, @Nullable Dataset region) {
    LocalDate end = monthEnds[11];
    Map<String, Entry> entries = new TreeMap<>();
    for (Organisation org : dataset.organisations()) {
      if (!org.existsOn(end)) {
        continue;
      }
      List<Position> secretaries = org.committee().stream().flatMap(c -> c.positions().stream())
          .filter(p -> p.role() == CommitteeRole.SECRETARY).toList();
      secretaries.stream().filter(p -> p.heldOn(end)).findFirst().ifPresent(secretary -> {
        Entry entry = entry(entries, dataset, region, secretary.member(), org);
        secretaries.stream().filter(p -> p.member().equals(secretary.member()))
            .forEach(p -> mark(entry, monthEnds, p::heldOn));
      });
    }
    for (Unit unit : dataset.units()) {
      List<LeadershipPost> heads = dataset.records(LeadershipPost.KIND).by(LeadershipPost.BY_UNIT, unit.id()).stream()
          .filter(p -> p.post().isHead()).toList();
      Optional<LeadershipPost> head = heads.stream().filter(p -> p.heldOn(end)).findFirst();
      if (head.isEmpty()) {
        continue;
      }
      // The school's organisation as the whole region sees it (in a part, another part's may come first); a part
      // keeps the head only if it holds that organisation.
      Optional<Organisation> org = (region != null ? region : dataset).organisationsCovering(unit.id()).stream()
          .filter(o -> o.existsOn(end)).findFirst().flatMap(o -> dataset.organisation(o.id()));
      if (org.isEmpty()) {
        continue;
      }
      Entry entry = head.get().member().isPresent() ? entry(entries, dataset, region, head.get().member().get(), org.get())
          : entries.computeIfAbsent(key(unit.id().value(), org.get()), k -> new Entry(unit.id().value(), Optional.empty(), org.get(),
              head.get().name().orElse(unit.name() + head.get().post().labelZh())));
      heads.stream().filter(p -> p.member().equals(head.get().member())).forEach(p -> mark(entry, monthEnds, p::heldOn));
    }
    for (DutyReport report : dataset.records(DutyReport.KIND).all()) {
      Optional<Organisation> org = dataset.organisation(report.organisation());
      if (report.year() != year || org.isEmpty()) {
        continue;
      }
      Entry entry = report.reporter().isPresent() ? entry(entries, dataset, region, report.reporter().get(), org.get())
          : entries.computeIfAbsent(key(report.unit().orElseThrow().value(), org.get()), k -> new Entry(report.unit().orElseThrow().value(),
              Optional.empty(), org.get(), dataset.unit(report.unit().orElseThrow()).map(Unit::name).orElse(report.unit().orElseThrow().value())));
      entry.reports.add(report);
    }
    return entries;
  }

  private static Entry entry(Map<String, Entry> entries, Dataset dataset, @Nullable Dataset region, MemberId member, Organisation org) {
    return entries.computeIfAbsent(key(member.value(), org), k -> {
      Optional<Member> found = dataset.member(member).or(() -> region == null ? Optional.empty() : region.member(member));
      return new Entry(member.value(), found, org, found.map(Member::name).orElse(member.value()));
    });
  }

  private static String key(String person, Organisation org) {
    return person + '\u0000' + org.id().value();
  }

  private static void mark(Entry entry, LocalDate[] monthEnds, java.util.function.Predicate<LocalDate> held) {
    for (int m = 0; m < 12; m++) {
      entry.held[m] |= held.test(monthEnds[m]);
    }
  }
}
