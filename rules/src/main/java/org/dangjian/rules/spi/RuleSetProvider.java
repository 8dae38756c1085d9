package org.dangjian.rules.spi;

import java.util.List;
import org.dangjian.rules.RuleSetDefinition;

/**
 * A source of rule-set definitions, discovered with {@link java.util.ServiceLoader} (list providers
 * in {@code META-INF/services/org.dangjian.rules.spi.RuleSetProvider}). The library's own provider
 * supplies the national baseline and the built-in regional overlays; a region's vendor can ship its
 * own sets in a jar the same way.
 */
public interface RuleSetProvider {

  /** @return the definitions this provider supplies */
  List<RuleSetDefinition> ruleSets();
}
