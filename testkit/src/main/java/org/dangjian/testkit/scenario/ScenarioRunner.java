package org.dangjian.testkit.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.dangjian.core.ValidationException;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.ComplianceReport;
import org.dangjian.rules.Finding;
import org.dangjian.rules.FindingMessages;
import org.dangjian.rules.RuleSet;
import org.dangjian.rules.RuleSetRegistry;
import org.dangjian.scoring.SchemeRegistry;
import org.dangjian.scoring.ScoreBoard;
import org.dangjian.scoring.ScoringEngine;
import org.dangjian.scoring.ScoringScheme;

/**
 * Runs scenarios against registries of rule sets and scoring schemes: each expected finding must match a
 * distinct actual finding, no forbidden one may appear, and with {@code noOtherFindings} nothing else may;
 * each expected score card must be as described. Failures show expected against actual, with each
 * actual finding's message and evidence and each card's total, grade, rank and flags. Stateless.
 */
public final class ScenarioRunner {
  private final RuleSetRegistry registry;
  private final SchemeRegistry schemes;

  /**
   * A runner with the standard scoring schemes.
   *
   * @param registry the rule sets scenarios name
   */
  public ScenarioRunner(RuleSetRegistry registry) {
    this(registry, SchemeRegistry.standard());
  }

  /**
   * @param registry the rule sets scenarios name
   * @param schemes the scoring schemes scenarios name
   */
  public ScenarioRunner(RuleSetRegistry registry, SchemeRegistry schemes) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.schemes = Objects.requireNonNull(schemes, "schemes");
  }

  /**
   * @param scenario a scenario
   * @return how it fared
   */
  public ScenarioResult run(Scenario scenario) {
    if (scenario.todo()) {
      return new ScenarioResult(scenario.name(), scenario.source(), ScenarioResult.Status.SKIPPED, List.of());
    }
    RuleSet set;
    Optional<ScoringScheme> scheme;
    try {
      set = scenario.ruleSetFile().map(registry::with).orElse(registry).resolve(scenario.ruleSet(), scenario.asOf());
      scheme = scenario.scheme().map(id -> scenario.schemeFile().map(schemes::with).orElse(schemes).resolve(id, scenario.asOf()));
    } catch (ValidationException e) {
      return new ScenarioResult(scenario.name(), scenario.source(), ScenarioResult.Status.FAILED,
          e.problems().stream().map(Object::toString).toList());
    }
    ComplianceReport report = ComplianceEngine.evaluate(scenario.dataset(), set, scenario.window(), scenario.asOf());
    List<Finding> unmatched = new ArrayList<>(report.findings());
    List<String> failures = new ArrayList<>();
    for (ExpectedFinding expected : scenario.expected()) {
      List<Finding> matches = unmatched.stream().filter(expected::matches).limit(expected.count()).toList();
      if (matches.size() < expected.count()) {
        StringBuilder failure = new StringBuilder("expected, not found: ").append(expected)
            .append(matches.isEmpty() ? "" : " (found " + matches.size() + ")");
        List<Finding> sameRule = report.findings().stream().filter(f -> f.ruleId().equals(expected.rule())).toList();
        sameRule.stream().limit(5).forEach(f -> failure.append("\n    found of that rule: ").append(describe(f)));
        if (sameRule.size() > 5) {
          failure.append("\n    … and ").append(sameRule.size() - 5).append(" more");
        }
        failures.add(failure.toString());
      }
      unmatched.removeAll(matches);
    }
    for (ExpectedFinding forbidden : scenario.absent()) {
      report.findings().stream().filter(forbidden::matches)
          .forEach(f -> failures.add("found, but expected absent (" + forbidden + "): " + describe(f)));
    }
    if (scenario.noOtherFindings()) {
      unmatched.forEach(f -> failures.add("found, not expected: " + describe(f)));
    }
    if (scheme.isPresent()) {
      ScoreBoard board = ScoringEngine.score(scenario.dataset(), scheme.get(), scenario.window().start().getYear(), report);
      for (ExpectedCard card : scenario.cards()) {
        failures.addAll(card.differences(board.card(card.subject())));
      }
    }
    return new ScenarioResult(scenario.name(), scenario.source(),
        failures.isEmpty() ? ScenarioResult.Status.PASSED : ScenarioResult.Status.FAILED, failures);
  }

  /** @return a finding as a scenario author would write it, with its message and evidence */
  static String describe(Finding finding) {
    return "{rule: " + finding.ruleId() + ", subject: " + finding.subject()
        + finding.period().map(p -> ", period: " + p).orElse("") + ", severity: " + finding.severity().code() + "} — "
        + FindingMessages.message(finding, Locale.SIMPLIFIED_CHINESE)
        + (finding.evidence().isEmpty() ? "" : " [" + String.join(", ", finding.evidence()) + "]");
  }
}
