package org.dangjian.testkit.scenario;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dangjian.core.Problem;
import org.dangjian.rules.Finding;

/**
 * A refusal a scenario expects — of its dataset, or of a change: the problem's code and, optionally, its
 * path, or for a change the guarded lifecycle refuses by a rule, the rule's id (code {@value
 * #RULE_VIOLATION}). A lifecycle refusal of structure has the code {@value #ILLEGAL_TRANSITION}.
 *
 * @param code the problem code ({@code dangling-reference}, {@code illegal-transition}, {@code rule-violation}…)
 * @param path the problem's path, where stated
 * @param rule for a rule violation, the rule entry id, where stated
 */
public record ExpectedRefusal(String code, Optional<String> path, Optional<String> rule) {

  /** The code of a change the guarded lifecycle refuses because it breaks a rule of the set. */
  public static final String RULE_VIOLATION = "rule-violation";

  /** The code of a change the lifecycle refuses because it may not follow the member's status. */
  public static final String ILLEGAL_TRANSITION = "illegal-transition";

  /** Checks for nulls. */
  public ExpectedRefusal {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(rule, "rule");
  }

  /**
   * @param problems the problems of a refusal
   * @return whether one of them is the one expected
   */
  public boolean matchesProblems(List<Problem> problems) {
    return problems.stream().anyMatch(p -> p.code().equals(code) && path.map(p.path()::equals).orElse(true));
  }

  /**
   * @param findings the violations a guarded change was refused with
   * @return whether this expectation is a rule violation matched by one of them
   */
  public boolean matchesFindings(List<Finding> findings) {
    return code.equals(RULE_VIOLATION) && findings.stream().anyMatch(f -> rule.map(f.ruleId()::equals).orElse(true));
  }

  /** @return for example {@code dangling-reference at members[3].branch} */
  @Override
  public String toString() {
    return code + path.map(p -> " at " + p).orElse("") + rule.map(r -> " by rule " + r).orElse("");
  }
}
