package org.dangjian.testkit.scenario;

import java.util.Objects;
import java.util.Optional;
import org.dangjian.rules.Finding;
import org.dangjian.rules.Severity;

/**
 * A finding a scenario expects (or forbids): a rule id and, optionally, the subject ({@code
 * organisation:b1}, {@code member:m003}), the period ({@code 2024-12}), the severity and the message code.
 * Unstated parts match anything.
 *
 * @param rule the rule entry id
 * @param subject the subject as {@code kind:id}
 * @param period the period as written
 * @param severity the severity
 * @param messageCode the message code
 * @param count how many such findings are expected: exactly that many (1 unless stated), or at least that many
 * @param atLeast whether {@code count} is a minimum ({@code atLeast: N}) rather than the exact number ({@code count: N})
 */
public record ExpectedFinding(String rule, Optional<String> subject, Optional<String> period, Optional<Severity> severity,
    Optional<String> messageCode, int count, boolean atLeast) {

  /** Checks for nulls. */
  public ExpectedFinding {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(messageCode, "messageCode");
    if (count < 1) {
      throw new IllegalArgumentException("count " + count);
    }
  }

  /**
   * An expectation of exactly {@code count} such findings.
   *
   * @param rule the rule entry id
   * @param subject the subject as {@code kind:id}
   * @param period the period as written
   * @param severity the severity
   * @param messageCode the message code
   * @param count how many such findings are expected
   */
  public ExpectedFinding(String rule, Optional<String> subject, Optional<String> period, Optional<Severity> severity,
      Optional<String> messageCode, int count) {
    this(rule, subject, period, severity, messageCode, count, false);
  }

  /**
   * @param found how many findings match
   * @return whether that is as many as expected
   */
  public boolean isSatisfiedBy(int found) {
    return atLeast ? found >= count : found == count;
  }

  /**
   * @param finding a finding
   * @return whether it is what this expectation describes
   */
  public boolean matches(Finding finding) {
    return finding.ruleId().equals(rule)
        && subject.map(s -> s.equals(finding.subject().toString())).orElse(true)
        && period.map(p -> finding.period().map(Object::toString).map(p::equals).orElse(false)).orElse(true)
        && severity.map(s -> s == finding.severity()).orElse(true)
        && messageCode.map(c -> c.equals(finding.messageCode())).orElse(true);
  }

  /** @return for example {@code committee-term organisation:b1 (violation)} */
  @Override
  public String toString() {
    return rule + subject.map(s -> " " + s).orElse("") + period.map(p -> " " + p).orElse("")
        + severity.map(s -> " (" + s.code() + ")").orElse("") + messageCode.map(c -> " " + c).orElse("")
        + (atLeast ? " ×" + count + " or more" : count > 1 ? " ×" + count : "");
  }
}
