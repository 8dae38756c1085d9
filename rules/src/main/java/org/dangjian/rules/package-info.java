/**
 * The compliance engine: rule sets as data ({@link org.dangjian.rules.RuleSetDefinition}, flattened by
 * {@link org.dangjian.rules.RuleSetRegistry} into a {@link org.dangjian.rules.RuleSet} for a day),
 * {@link org.dangjian.rules.ComplianceEngine} producing a {@link org.dangjian.rules.ComplianceReport} of
 * explained {@link org.dangjian.rules.Finding}s, requirements, summaries and the due calendar, messages
 * in Chinese and English, and the {@linkplain org.dangjian.rules.GuardedLifecycle guarded lifecycle}.
 */
@NullMarked
package org.dangjian.rules;

import org.jspecify.annotations.NullMarked;
