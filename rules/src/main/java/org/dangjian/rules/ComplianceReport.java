package org.dangjian.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.time.ReportingPeriod;

/**
 * The result of evaluating a dataset against a rule set for a window: every finding, every activity
 * requirement and how far it was met, per-organisation summaries rolled up the tree, and the due
 * calendar as of the day of evaluation. Everything is sorted — findings by organisation path, period,
 * rule, subject; summaries in path order; due items by deadline — so the same input always gives the
 * same report. Immutable.
 *
 * @param ruleSet the resolved set's id and version, for example {@code cn-national@2024.1}
 * @param window the period evaluated
 * @param asOf the day of evaluation
 * @param findings every finding, sorted
 * @param requirements every requirement of the window, sorted by organisation path, period and rule
 * @param summaries one per organisation, in path order
 * @param due what is still owed in the current periods — those the day after {@code asOf} falls in — by
 *     deadline, then organisation path
 */
public record ComplianceReport(String ruleSet, ReportingPeriod window, LocalDate asOf, List<Finding> findings,
    List<Requirement> requirements, List<OrganisationSummary> summaries, List<DueItem> due) {

  /** Checks for nulls and copies the lists. */
  public ComplianceReport {
    Objects.requireNonNull(ruleSet, "ruleSet");
    Objects.requireNonNull(window, "window");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(findings, "findings");
    Objects.requireNonNull(requirements, "requirements");
    Objects.requireNonNull(summaries, "summaries");
    Objects.requireNonNull(due, "due");
    findings = ConcatenatedList.copyOf(findings);
    requirements = ConcatenatedList.copyOf(requirements);
    summaries = ConcatenatedList.copyOf(summaries);
    due = ConcatenatedList.copyOf(due);
  }

  /**
   * @param ruleId a rule entry id
   * @return the findings of that rule
   */
  public List<Finding> findingsOf(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    return findings.stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }

  /**
   * @param organisation an organisation
   * @return its summary, if the dataset has it
   */
  public Optional<OrganisationSummary> summaryOf(OrganisationId organisation) {
    Objects.requireNonNull(organisation, "organisation");
    return summaries.stream().filter(s -> s.organisation().equals(organisation)).findFirst();
  }
}
