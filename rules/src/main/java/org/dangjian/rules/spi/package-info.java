/**
 * The service-provider interface for rules: a {@link org.dangjian.rules.spi.RuleType} binds parameters
 * from a rule-set file into a {@link org.dangjian.rules.spi.Rule}, which reports findings to an {@link
 * org.dangjian.rules.spi.EvaluationContext}. Rule types and {@link org.dangjian.rules.spi.RuleSetProvider}s
 * are found with {@link java.util.ServiceLoader}.
 */
@NullMarked
package org.dangjian.rules.spi;

import org.jspecify.annotations.NullMarked;
