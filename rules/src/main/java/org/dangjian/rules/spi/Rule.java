package org.dangjian.rules.spi;

import java.util.Objects;

/**
 * A rule with its parameters bound: it looks at the dataset through the {@link EvaluationContext} and
 * reports findings (and, for rules that count activities, requirements) to it. Immutable and
 * thread-safe; the engine may evaluate one rule for several datasets at once.
 *
 * <p>A rule iterates the organisations, members and activities {@linkplain EvaluationContext#organisations()
 * the context offers}: a whole evaluation offers all of them, a {@link org.dangjian.rules.ComplianceSession}
 * re-running a {@linkplain Dependencies#isPerBranch() per-branch} rule after a change offers those of the
 * branches it touched.
 */
@FunctionalInterface
public interface Rule {

  /**
   * @param context the dataset, the window, the day of evaluation, and where findings go
   */
  void evaluate(EvaluationContext context);

  /** @return what the rule's results depend on; by default {@link Dependencies#everything()} */
  default Dependencies dependencies() {
    return Dependencies.everything();
  }

  /**
   * @param dependencies what the rule's results depend on
   * @param body the rule
   * @return the rule, declaring those dependencies
   */
  static Rule of(Dependencies dependencies, Rule body) {
    Objects.requireNonNull(dependencies, "dependencies");
    Objects.requireNonNull(body, "body");
    return new Rule() {
      @Override
      public void evaluate(EvaluationContext context) {
        body.evaluate(context);
      }

      @Override
      public Dependencies dependencies() {
        return dependencies;
      }
    };
  }
}
