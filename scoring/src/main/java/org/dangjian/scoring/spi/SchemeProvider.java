package org.dangjian.scoring.spi;

import java.util.List;
import org.dangjian.scoring.SchemeDefinition;

/**
 * A source of scoring-scheme definitions, discovered with {@link java.util.ServiceLoader} (list providers
 * in {@code META-INF/services/org.dangjian.scoring.spi.SchemeProvider}).
 */
public interface SchemeProvider {

  /** @return the definitions this provider supplies */
  List<SchemeDefinition> schemes();
}
