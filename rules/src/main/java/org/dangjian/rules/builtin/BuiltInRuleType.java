package org.dangjian.rules.builtin;

import java.util.List;
import java.util.Set;
import org.dangjian.core.Labels;
import org.dangjian.rules.spi.Dependencies;
import org.dangjian.rules.spi.Parameter;
import org.dangjian.rules.spi.Rule;
import org.dangjian.rules.spi.RuleParameters;
import org.dangjian.rules.spi.RuleType;

/**
 * The common shape of the built-in rule types: a name, what it checks, its declared parameters, a fixed
 * set of message codes, and the {@link Dependencies} every rule of the type declares.
 */
abstract class BuiltInRuleType implements RuleType {
  private final String name;
  private final Dependencies dependencies;
  private final Set<String> messageCodes;
  private final Labels summary;
  private final List<Parameter<?>> parameters;

  /**
   * @param name the type's name
   * @param summary what a rule of the type checks
   * @param parameters the parameters it reads
   * @param dependencies what every rule of the type depends on
   * @param messageCodes its findings' message codes
   */
  BuiltInRuleType(String name, Labels summary, List<Parameter<?>> parameters, Dependencies dependencies, String... messageCodes) {
    this.name = name;
    this.summary = summary;
    this.parameters = List.copyOf(parameters);
    this.dependencies = dependencies;
    this.messageCodes = Set.of(messageCodes);
  }

  @Override
  public final List<Parameter<?>> parameters() {
    return parameters;
  }

  @Override
  public final Labels summary() {
    return summary;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final Set<String> messageCodes() {
    return messageCodes;
  }

  /** @return what every rule of this type depends on */
  final Dependencies dependencies() {
    return dependencies;
  }

  @Override
  public final Rule create(RuleParameters parameters) {
    return Rule.of(dependencies, rule(parameters));
  }

  /**
   * @param parameters the entry's parameters, overlays merged
   * @return the rule, iterating what its context offers
   */
  abstract Rule rule(RuleParameters parameters);
}
