package org.dangjian.testkit.scenario;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How a scenario fared: passed, failed with the differences between what it expected and what was
 * found, or skipped because it is marked to do.
 *
 * @param scenario the case's name
 * @param source where it was read from
 * @param status passed, failed or skipped
 * @param failures one line per difference, empty unless failed
 * @param coverage which rules of its rule set the scenario showed firing, when it was run against a set
 */
public record ScenarioResult(String scenario, String source, Status status, List<String> failures, Optional<Coverage> coverage) {

  /**
   * The rules of the resolved rule set a scenario ran against, and those it <em>exercised</em>: showed firing,
   * by an expected finding or due item it found, or an expected refusal of a change by the rule.
   *
   * @param ruleSet the rule set's id
   * @param rules every rule id of the resolved set, sorted
   * @param exercised the rule ids exercised, sorted
   */
  public record Coverage(String ruleSet, List<String> rules, List<String> exercised) {
    /** Copies and sorts the lists. */
    public Coverage {
      Objects.requireNonNull(ruleSet, "ruleSet");
      rules = rules.stream().sorted().distinct().toList();
      exercised = exercised.stream().sorted().distinct().toList();
    }
  }

  /**
   * A result without coverage.
   *
   * @param scenario see the record
   * @param source see the record
   * @param status see the record
   * @param failures see the record
   */
  public ScenarioResult(String scenario, String source, Status status, List<String> failures) {
    this(scenario, source, status, failures, Optional.empty());
  }

  /** The outcome of a case. */
  public enum Status {
    /** Every expectation held. */
    PASSED,
    /** Some expectation did not hold. */
    FAILED,
    /** Marked {@code todo}: not run. */
    SKIPPED
  }

  /** Copies the list. */
  public ScenarioResult {
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(status, "status");
    failures = List.copyOf(failures);
    Objects.requireNonNull(coverage, "coverage");
  }

  /** @return the result as a report: the status and name, then each difference on its own line */
  public String describe() {
    StringBuilder text = new StringBuilder().append(status).append(' ').append(scenario).append(" (").append(source).append(')');
    failures.forEach(f -> text.append("\n  ").append(f));
    return text.toString();
  }
}
