package org.dangjian.testkit.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.dangjian.core.DangjianException;
import org.dangjian.core.Problem;
import org.dangjian.core.ValidationException;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.member.IllegalTransitionException;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.ComplianceReport;
import org.dangjian.rules.DueItem;
import org.dangjian.rules.Finding;
import org.dangjian.rules.FindingMessages;
import org.dangjian.rules.GuardedLifecycle;
import org.dangjian.rules.RuleSet;
import org.dangjian.rules.RuleSetRegistry;
import org.dangjian.rules.RuleViolationException;
import org.dangjian.scoring.SchemeRegistry;
import org.dangjian.scoring.ScoreBoard;
import org.dangjian.scoring.ScoringEngine;
import org.dangjian.scoring.ScoringScheme;

/**
 * Runs scenarios against registries of rule sets and scoring schemes: each expected finding must match
 * exactly as many actual findings as its {@code count} says (1 unless stated; {@code atLeast} for a
 * minimum), counted over the whole report; no forbidden one may appear, and with {@code noOtherFindings} nothing else may;
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
    try {
      return runOrThrow(scenario);
    } catch (org.dangjian.core.DangjianException e) {
      return failed(scenario, List.of(e.getMessage()));
    } catch (RuntimeException | StackOverflowError e) {
      // One scenario that breaks the engine must not stop the others: reported as its failure, in words.
      return failed(scenario, List.of("the scenario could not be run: an internal error in dangjian (a bug, not a problem "
          + "with the scenario); please report it with this scenario"));
    }
  }

  private ScenarioResult runOrThrow(Scenario scenario) {
    if (scenario.todo()) {
      return new ScenarioResult(scenario.name(), scenario.source(), ScenarioResult.Status.SKIPPED, List.of());
    }
    if (scenario.datasetRefusal().isPresent()) {
      return judgeDatasetRefusal(scenario, scenario.datasetRefusal().get());
    }
    RuleSet set;
    Optional<ScoringScheme> scheme;
    try {
      set = scenario.ruleSetFile().map(registry::with).orElse(registry).resolve(scenario.ruleSet(), scenario.asOf());
      scheme = scenario.scheme().map(id -> scenario.schemeFile().map(schemes::with).orElse(schemes).resolve(id, scenario.asOf()));
    } catch (ValidationException e) {
      return failed(scenario, e.problems().stream().map(Object::toString).toList());
    }
    List<Problem> unknown = scenario.unknownRules(set);
    if (!unknown.isEmpty()) {
      return failed(scenario, unknown.stream().map(Object::toString).toList());
    }
    List<String> failures = new ArrayList<>();
    java.util.Set<String> exercised = new java.util.TreeSet<>();
    Dataset dataset = applyChanges(scenario, set, failures, exercised);
    ComplianceReport report = ComplianceEngine.evaluate(dataset, set, scenario.window(), scenario.asOf());
    List<Finding> unmatched = new ArrayList<>(report.findings());
    for (ExpectedFinding expected : scenario.expected()) {
      // Counted over the whole report, so that a general expectation (count: 2 of a rule) and specific ones
      // (each week) can stand side by side, in any order.
      List<Finding> matches = report.findings().stream().filter(expected::matches).toList();
      if (!expected.isSatisfiedBy(matches.size())) {
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
      if (!matches.isEmpty()) {
        exercised.add(expected.rule());
      }
    }
    for (ExpectedFinding forbidden : scenario.absent()) {
      report.findings().stream().filter(forbidden::matches)
          .forEach(f -> failures.add("found, but expected absent (" + forbidden + "): " + describe(f)));
    }
    if (scenario.noOtherFindings()) {
      unmatched.forEach(f -> failures.add("found, not expected: " + describe(f)));
    }
    for (ExpectedDue due : scenario.due()) {
      List<DueItem> found = report.due().stream().filter(due::matches).toList();
      found.forEach(item -> exercised.add(item.ruleId()));
      if (found.isEmpty()) {
        StringBuilder failure = new StringBuilder("expected on the due calendar, not found: ").append(due);
        report.due().stream().filter(d -> d.organisation().value().equals(due.organisation())).limit(5)
            .forEach(d -> failure.append("\n    due of that organisation: ").append(describe(d)));
        failures.add(failure.toString());
      }
    }
    if (scheme.isPresent()) {
      ScoreBoard board = ScoringEngine.score(dataset, scheme.get(), scenario.window().start().getYear(), report);
      for (ExpectedCard card : scenario.cards()) {
        failures.addAll(card.differences(board.card(card.subject())));
      }
    }
    ScenarioResult.Coverage coverage = new ScenarioResult.Coverage(set.id(),
        set.entries().stream().map(org.dangjian.rules.RuleEntry::id).toList(), List.copyOf(exercised));
    return new ScenarioResult(scenario.name(), scenario.source(),
        failures.isEmpty() ? ScenarioResult.Status.PASSED : ScenarioResult.Status.FAILED, failures, Optional.of(coverage));
  }

  private static ScenarioResult failed(Scenario scenario, List<String> failures) {
    return new ScenarioResult(scenario.name(), scenario.source(), ScenarioResult.Status.FAILED, failures);
  }

  private static ScenarioResult judgeDatasetRefusal(Scenario scenario, ExpectedRefusal expected) {
    if (scenario.datasetProblems().isEmpty()) {
      return failed(scenario, List.of("expected the dataset to be refused (" + expected + "), but it loaded"));
    }
    if (expected.matchesProblems(scenario.datasetProblems())) {
      return new ScenarioResult(scenario.name(), scenario.source(), ScenarioResult.Status.PASSED, List.of());
    }
    List<String> failures = new ArrayList<>(List.of("the dataset was refused, but not as expected (" + expected + "):"));
    scenario.datasetProblems().forEach(p -> failures.add("    " + p));
    return failed(scenario, failures);
  }

  /**
   * Submits the scenario's changes through the guarded lifecycle, in order, keeping those accepted; a
   * change refused when it should not be, or accepted when it should not be, or refused for another reason
   * than the one expected, is a failure.
   */
  private static Dataset applyChanges(Scenario scenario, RuleSet set, List<String> failures, java.util.Set<String> exercised) {
    Dataset dataset = scenario.dataset();
    for (ScenarioChange change : scenario.changes()) {
      String what = change.path() + " (" + change.event().type().code() + " for " + change.member() + " on " + change.event().date() + ")";
      Optional<ExpectedRefusal> expected = change.refused();
      try {
        dataset = GuardedLifecycle.apply(dataset, set, change.member(), change.event()).dataset();
        expected.ifPresent(r -> failures.add("expected " + what + " to be refused (" + r + "), but it was accepted"));
      } catch (RuleViolationException e) {
        if (expected.isPresent() && expected.get().matchesFindings(e.findings())) {
          expected.get().rule().ifPresent(exercised::add);
        } else {
          StringBuilder failure = new StringBuilder(what + " was refused by the rules" + expected.map(r -> ", not as expected (" + r + ")").orElse("") + ":");
          e.findings().forEach(f -> failure.append("\n    ").append(describe(f)));
          failures.add(failure.toString());
        }
      } catch (IllegalTransitionException e) {
        if (expected.isEmpty() || !expected.get().code().equals(ExpectedRefusal.ILLEGAL_TRANSITION)) {
          failures.add(what + " was refused: " + ExpectedRefusal.ILLEGAL_TRANSITION + ": " + e.getMessage()
              + expected.map(r -> " (expected " + r + ")").orElse(""));
        }
      } catch (ValidationException e) {
        if (expected.isEmpty() || !expected.get().matchesProblems(e.problems())) {
          failures.add(what + " was refused: " + e.getMessage() + expected.map(r -> " (expected " + r + ")").orElse(""));
        }
      } catch (DangjianException e) {
        failures.add(what + " could not be applied: " + e.getMessage());
      }
    }
    return dataset;
  }

  private static String describe(DueItem item) {
    return "{organisation: " + item.organisation() + ", activityType: " + item.type().code() + ", period: " + item.period()
        + ", deadline: " + item.deadline() + ", remaining: " + item.remaining() + ", rule: " + item.ruleId() + "}";
  }

  /** @return a finding as a scenario author would write it, with its message and evidence */
  static String describe(Finding finding) {
    return "{rule: " + finding.ruleId() + ", subject: " + finding.subject()
        + finding.period().map(p -> ", period: " + p).orElse("") + ", severity: " + finding.severity().code() + "} — "
        + FindingMessages.message(finding, Locale.SIMPLIFIED_CHINESE)
        + (finding.evidence().isEmpty() ? "" : " [" + String.join(", ", finding.evidence()) + "]");
  }
}
