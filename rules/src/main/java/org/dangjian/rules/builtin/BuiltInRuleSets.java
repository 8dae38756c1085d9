package org.dangjian.rules.builtin;

import java.util.List;
import org.dangjian.core.json.SourceDocument;
import org.dangjian.rules.RuleSetDefinition;
import org.dangjian.rules.spi.RuleSetProvider;

/**
 * The rule sets shipped with the library, read from {@code org/dangjian/rules/sets/} as listed in its
 * {@code index.txt}: the national baseline {@code cn-national} and the built-in regional overlays.
 */
public final class BuiltInRuleSets implements RuleSetProvider {
  /** The folder of the built-in rule-set files on the class path. */
  public static final String FOLDER = "/org/dangjian/rules/sets/";

  /** Creates the provider. */
  public BuiltInRuleSets() {}

  @Override
  public List<RuleSetDefinition> ruleSets() {
    return SourceDocument.listed(BuiltInRuleSets.class, FOLDER).stream().map(RuleSetDefinition::parse).toList();
  }
}
