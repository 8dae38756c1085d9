package org.dangjian.rules.spi;

/**
 * A rule with its parameters bound: it looks at the dataset through the {@link EvaluationContext} and
 * reports findings (and, for rules that count activities, requirements) to it. Immutable and
 * thread-safe; the engine may evaluate one rule for several datasets at once.
 */
@FunctionalInterface
public interface Rule {

  /**
   * @param context the dataset, the window, the day of evaluation, and where findings go
   */
  void evaluate(EvaluationContext context);
}
