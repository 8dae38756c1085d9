package org.dangjian.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dangjian.core.DangjianException;
import org.dangjian.core.ValidationException;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.org.OrgTree;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.time.ReportingPeriod;
import org.dangjian.rules.spi.EvaluationContext;
import org.dangjian.rules.spi.FindingSink;

/**
 * Evaluates a dataset against a resolved rule set for a window: every rule runs, and their findings
 * and requirements become a {@link ComplianceReport}. Stateless and thread-safe; the same input gives
 * the same report.
 */
public final class ComplianceEngine {
  private ComplianceEngine() {}

  /**
   * Evaluates a whole window, as of its last day.
   *
   * @param dataset the records
   * @param ruleSet the resolved rule set
   * @param window the period to evaluate, for example the year 2024
   * @return the report
   */
  public static ComplianceReport evaluate(Dataset dataset, RuleSet ruleSet, ReportingPeriod window) {
    return evaluate(dataset, ruleSet, window, window.end());
  }

  /**
   * Evaluates a window as of a day within it: periods ending after that day are due, not violated.
   *
   * @param dataset the records
   * @param ruleSet the resolved rule set
   * @param window the period to evaluate
   * @param asOf the day of evaluation, within the window
   * @return the report
   * @throws ValidationException ({@code invalid-date}) if {@code asOf} lies outside the window
   * @throws DangjianException naming the rule if a rule fails
   */
  public static ComplianceReport evaluate(Dataset dataset, RuleSet ruleSet, ReportingPeriod window, LocalDate asOf) {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(ruleSet, "ruleSet");
    if (!window.contains(asOf)) {
      throw ValidationException.of("asOf", "invalid-date", "the day of evaluation " + asOf + " lies outside the window " + window);
    }
    List<Finding> findings = new ArrayList<>();
    List<Requirement> requirements = new ArrayList<>();
    FindingSink sink = new FindingSink() {
      @Override
      public void finding(Finding finding) {
        findings.add(finding);
      }

      @Override
      public void requirement(Requirement requirement) {
        requirements.add(requirement);
      }
    };
    for (RuleEntry entry : ruleSet.entries()) {
      try {
        entry.rule().evaluate(new EvaluationContext(dataset, ruleSet, entry, window, asOf, sink));
      } catch (RuntimeException e) {
        throw new DangjianException("rule '" + entry.id() + "' (" + entry.type() + ") failed: " + e, e);
      }
    }
    OrgTree tree = dataset.tree();
    ReportOrder order = new ReportOrder(tree);
    findings.sort(order.findings);
    requirements.sort(order.requirements);
    List<DueItem> due = new ArrayList<>();
    ReportOrder.addDue(requirements, asOf, due);
    due.sort(order.due);
    return new ComplianceReport(ruleSet.id() + "@" + ruleSet.version(), window, asOf, findings, requirements,
        summaries(tree, findings, requirements, asOf), due);
  }

  private static List<OrganisationSummary> summaries(OrgTree tree, List<Finding> findings, List<Requirement> requirements,
      LocalDate asOf) {
    Map<OrganisationId, int[]> own = new HashMap<>();
    for (Requirement r : requirements) {
      if (ReportOrder.isOver(r.period(), asOf)) {
        int[] counts = own.computeIfAbsent(r.organisation(), k -> new int[3]);
        counts[0] += r.required();
        counts[1] += r.heldTowardsRequirement();
      }
    }
    for (Finding f : findings) {
      own.computeIfAbsent(f.organisation(), k -> new int[3])[2]++;
    }
    List<OrganisationSummary> summaries = new ArrayList<>();
    for (Organisation organisation : tree.organisations()) {
      int[] mine = own.getOrDefault(organisation.id(), new int[3]);
      int[] all = new int[3];
      for (Organisation below : tree.subtree(organisation.id())) {
        int[] counts = own.getOrDefault(below.id(), new int[3]);
        for (int i = 0; i < 3; i++) {
          all[i] += counts[i];
        }
      }
      summaries.add(new OrganisationSummary(organisation.id(), mine[0], mine[1], mine[2], all[0], all[1], all[2]));
    }
    return summaries;
  }
}
