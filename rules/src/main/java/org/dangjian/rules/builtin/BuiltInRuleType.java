package org.dangjian.rules.builtin;

import java.util.Set;
import org.dangjian.rules.spi.RuleType;

/** The common shape of the built-in rule types: a name and a fixed set of message codes. */
abstract class BuiltInRuleType implements RuleType {
  private final String name;
  private final Set<String> messageCodes;

  BuiltInRuleType(String name, String... messageCodes) {
    this.name = name;
    this.messageCodes = Set.of(messageCodes);
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final Set<String> messageCodes() {
    return messageCodes;
  }
}
