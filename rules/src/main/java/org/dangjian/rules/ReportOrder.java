package org.dangjian.rules;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.dangjian.core.org.OrgTree;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.time.ReportingPeriod;

/** The orders of a {@link ComplianceReport}'s lists and what is due, shared by the engine and the session. */
final class ReportOrder {
  final Comparator<Finding> findings;
  final Comparator<Requirement> requirements;
  final Comparator<DueItem> due;

  ReportOrder(OrgTree tree) {
    Comparator<OrganisationId> byPath = tree.pathOrder();
    findings = Comparator.comparing(Finding::organisation, byPath)
        .thenComparing(f -> f.period().map(ReportingPeriod::start).orElse(LocalDate.MIN))
        .thenComparing(Finding::ruleId)
        .thenComparing(Finding::subject)
        .thenComparing(Finding::messageCode)
        .thenComparing(f -> f.arguments().toString());
    requirements = Comparator.comparing(Requirement::organisation, byPath)
        .thenComparing(Requirement::period)
        .thenComparing(Requirement::ruleId)
        .thenComparing(r -> r.unit().map(org.dangjian.core.org.UnitId::value).orElse(""));
    due = Comparator.comparing(DueItem::deadline).thenComparing(DueItem::organisation, byPath).thenComparing(DueItem::ruleId)
        .thenComparing(d -> d.unit().map(org.dangjian.core.org.UnitId::value).orElse(""));
  }

  /**
   * Adds what is still owed in the current period of each requirement — the one the day after the day of
   * evaluation falls in.
   */
  static void addDue(List<Requirement> requirements, LocalDate asOf, List<DueItem> due) {
    LocalDate next = asOf.plusDays(1);
    for (Requirement r : requirements) {
      if (r.period().contains(next) && !r.isMet()) {
        DueItem item = DueItem.of(r.organisation(), r.type(), r.period(), r.period().end(), r.required() - r.held(), r.ruleId());
        due.add(r.unit().map(item::withUnit).orElse(item));
      }
    }
  }

  /** @return whether a period is over on the day, so that its requirements count towards the rates */
  static boolean isOver(ReportingPeriod period, LocalDate asOf) {
    return !period.end().isAfter(asOf);
  }
}
