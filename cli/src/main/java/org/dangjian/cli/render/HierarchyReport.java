package org.dangjian.cli.render;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberStatus;
import org.dangjian.core.org.Committee;
import org.dangjian.core.org.OrgTree;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.OrganisationKind;
import org.dangjian.core.org.Unit;

/**
 * The hierarchy summary of a dataset as plain text: members by status; organisations by kind; in detail, the tree
 * of organisations (groups folded into their branch's count) with members (probationary and full, on
 * the day), people in development, covered units, committee size and term end;
 * and every unit with the highest organisation covering it ("+2" counts those beneath it that cover it
 * too).
 */
public final class HierarchyReport {
  private HierarchyReport() {}

  /**
   * @param dataset the dataset
   * @param asOf the day committees and terms are judged on
   * @param messages the texts, in the reader's language
   * @param detail whether to add the tree of organisations and the table of units; otherwise only the
   *     counts of members and of organisations by kind
   * @return the report, ending with a line break
   */
  public static String render(Dataset dataset, LocalDate asOf, Messages messages, boolean detail) {
    var locale = messages.locale();
    OrgTree tree = dataset.tree();
    StringBuilder out = new StringBuilder();
    out.append(messages.get("title", dataset.region().name(), asOf)).append('\n');
    List<Organisation> active = tree.organisations().stream().filter(o -> o.existsOn(asOf)).toList();
    Map<MemberStatus, Long> statuses = new EnumMap<>(MemberStatus.class);
    dataset.members().forEach(m -> statuses.merge(m.factsOn(asOf).status(), 1L, Long::sum));
    long full = statuses.getOrDefault(MemberStatus.FULL, 0L);
    long probationary = statuses.getOrDefault(MemberStatus.PROBATIONARY, 0L);
    long developing = statuses.entrySet().stream().filter(e -> e.getKey().isInDevelopment()).mapToLong(Map.Entry::getValue).sum();
    out.append(messages.get("counts", dataset.units().size(), active.size(), full + probationary, full, probationary, developing))
        .append("\n\n");

    out.append(messages.get("byKind")).append('\n');
    Map<OrganisationKind, Long> byKind = new EnumMap<>(OrganisationKind.class);
    active.forEach(o -> byKind.merge(o.kind(), 1L, Long::sum));
    TextTable kinds = new TextTable(false, true);
    byKind.forEach((kind, count) -> kinds.row(kind.label(locale), String.valueOf(count)));
    out.append(kinds.render(2)).append('\n');
    if (!detail) {
      return out.toString();
    }

    out.append(messages.get("tree")).append('\n');
    TextTable table = new TextTable(false, false, true, true, true, true, true, false);
    table.row(messages.get("col.organisation"), messages.get("col.kind"), messages.get("col.members"), messages.get("col.developing"),
        messages.get("col.groups"), messages.get("col.units"), messages.get("col.committee"), messages.get("col.termEnd"));
    for (Organisation organisation : active) {
      if (organisation.kind() == OrganisationKind.GROUP) {
        continue;
      }
      long groups = tree.children(organisation.id()).stream()
          .filter(c -> c.kind() == OrganisationKind.GROUP && c.existsOn(asOf)).count();
      table.row("  ".repeat(tree.depth(organisation.id())) + organisation.name(),
          organisation.kind().label(locale),
          String.valueOf(countOf(dataset.membersOf(organisation.id()), asOf, MemberStatus::isMember)),
          String.valueOf(countOf(dataset.membersOf(organisation.id()), asOf, MemberStatus::isInDevelopment)),
          groups == 0 ? messages.get("none") : String.valueOf(groups),
          String.valueOf(organisation.units().size()),
          organisation.committee().map(c -> String.valueOf(c.holdersOn(asOf).size())).orElse(messages.get("none")),
          organisation.committee().map(c -> termEnd(c, asOf, messages)).orElse(messages.get("none")));
    }
    out.append(table.render(2)).append('\n');

    out.append(messages.get("unitsTitle")).append('\n');
    TextTable units = new TextTable(false, false, false, false);
    units.row(messages.get("col.unit"), messages.get("col.unitKind"), messages.get("col.coveredBy"), messages.get("col.governance"));
    for (Unit unit : dataset.units()) {
      // The highest covering organisation names the coverage; those beneath it are counted.
      List<Organisation> covering = dataset.organisationsCovering(unit.id()).stream()
          .filter(o -> o.existsOn(asOf)).toList();
      String coveredBy = covering.isEmpty() ? messages.get("uncovered")
          : covering.get(0).name() + (covering.size() > 1 ? " +" + (covering.size() - 1) : "");
      units.row(unit.name(), unit.kind().label(locale), coveredBy,
          unit.governance().filter(g -> g.inForceOn(asOf)).map(g -> g.model().label(locale) + " (" + g.since() + ")")
              .orElse(messages.get("none")));
    }
    out.append(units.render(2));
    return out.toString();
  }

  private static long countOf(List<Member> members, LocalDate asOf, java.util.function.Predicate<MemberStatus> which) {
    return members.stream().filter(m -> which.test(m.factsOn(asOf).status())).count();
  }

  private static String termEnd(Committee committee, LocalDate asOf, Messages messages) {
    LocalDate end = committee.termEnd();
    return end.isAfter(asOf) ? end.toString() : messages.get("termEnded", end.toString());
  }
}
