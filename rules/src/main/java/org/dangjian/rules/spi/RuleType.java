package org.dangjian.rules.spi;

import java.util.Set;

/**
 * A kind of rule, turning parameters from a rule-set file into a {@link Rule}. Implementations are
 * discovered with {@link java.util.ServiceLoader} (list them in {@code
 * META-INF/services/org.dangjian.rules.spi.RuleType}), like {@code java.time}'s zone rules providers;
 * a registry can also be given them explicitly. Implementations must be immutable and thread-safe.
 */
public interface RuleType {

  /** @return the name rule-set files use in {@code type:}, for example {@code activity-frequency} */
  String name();

  /** @return every message code the rule's findings may use; each must exist in the message bundles */
  Set<String> messageCodes();

  /**
   * @param parameters the entry's parameters, overlays merged
   * @return the rule
   * @throws org.dangjian.core.ValidationException naming the parameter that is missing or wrong
   */
  Rule create(RuleParameters parameters);
}
