package org.dangjian.scoring.spi;

import java.util.List;
import org.dangjian.scoring.LetterTemplate;

/**
 * A source of responsibility-letter templates, discovered with {@link java.util.ServiceLoader} (list
 * providers in {@code META-INF/services/org.dangjian.scoring.spi.LetterProvider}): a region's own letter, or
 * an overlay that extends the built-in one.
 */
public interface LetterProvider {

  /** @return the templates this provider supplies */
  List<LetterTemplate> letters();
}
