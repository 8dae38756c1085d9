package org.dangjian.rules;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.dangjian.core.DangjianException;

/**
 * An event refused because it would break a rule of the resolved rule set: carries the findings that
 * explain why, to show on the form.
 */
public final class RuleViolationException extends DangjianException {
  private static final long serialVersionUID = 1L;

  @SuppressWarnings("serial") // findings are immutable records of serializable values
  private final List<Finding> findings;

  /**
   * @param findings the violations, at least one
   */
  public RuleViolationException(List<Finding> findings) {
    super(java.util.Objects.requireNonNull(findings, "findings").stream().map(f -> FindingMessages.describe(f, Locale.ENGLISH)).collect(Collectors.joining("; ")));
    this.findings = List.copyOf(findings);
  }

  /** @return the violations */
  public List<Finding> findings() {
    return findings;
  }
}
