package org.dangjian.rules.spi;

import org.dangjian.rules.Finding;
import org.dangjian.rules.Requirement;

/** Where an {@link EvaluationContext} delivers what rules report. The engine's collects them for the report. */
public interface FindingSink {

  /** @param finding a finding, complete */
  void finding(Finding finding);

  /** @param requirement a requirement and how far it was met */
  void requirement(Requirement requirement);
}
