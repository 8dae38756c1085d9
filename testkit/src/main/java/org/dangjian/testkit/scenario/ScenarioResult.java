package org.dangjian.testkit.scenario;

import java.util.List;
import java.util.Objects;

/**
 * How a scenario fared: passed, failed with the differences between what it expected and what was
 * found, or skipped because it is marked to do.
 *
 * @param scenario the case's name
 * @param source where it was read from
 * @param status passed, failed or skipped
 * @param failures one line per difference, empty unless failed
 */
public record ScenarioResult(String scenario, String source, Status status, List<String> failures) {

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
  }

  /** @return the result as a report: the status and name, then each difference on its own line */
  public String describe() {
    StringBuilder text = new StringBuilder().append(status).append(' ').append(scenario).append(" (").append(source).append(')');
    failures.forEach(f -> text.append("\n  ").append(f));
    return text.toString();
  }
}
