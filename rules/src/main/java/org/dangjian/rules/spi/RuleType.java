package org.dangjian.rules.spi;

import java.util.List;
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
   * The parameters the type reads, declared: {@code dangjian rules show} prints them, and a rule set is
   * validated against them in one round (unknown names, missing ones, types and ranges) before {@link
   * #create} is called. Every built-in type declares its parameters; the default, an empty list, means
   * undeclared: the type's own reading judges the values, and names it did not read are reported as unknown.
   *
   * @return the declared parameters, in the order a reader meets them
   */
  default List<Parameter<?>> parameters() {
    return List.of();
  }

  /** @return what a rule of the type checks, in Chinese and English; by default its name in both */
  default org.dangjian.core.Labels summary() {
    return new org.dangjian.core.Labels(name(), name());
  }

  /**
   * @param parameters the entry's parameters, overlays merged
   * @return the rule
   * @throws org.dangjian.core.ValidationException naming the parameter that is missing or wrong
   */
  Rule create(RuleParameters parameters);
}
