package org.dangjian.scoring.spi;

import java.util.List;
import org.dangjian.scoring.Indicator;

/**
 * A source of responsibility letters' indicators, discovered with {@link java.util.ServiceLoader} (list
 * providers in {@code META-INF/services/org.dangjian.scoring.spi.IndicatorProvider}). An indicator may not
 * take the name of a built-in one or of another provider's.
 */
public interface IndicatorProvider {

  /** @return the indicators this provider supplies */
  List<Indicator> indicators();
}
