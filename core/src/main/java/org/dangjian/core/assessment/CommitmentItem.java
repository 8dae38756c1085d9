package org.dangjian.core.assessment;

import java.util.Objects;
import java.util.Optional;
import org.dangjian.core.internal.Builds;

/**
 * One item of a year-start commitment: what the member promised, the target, and — after the
 * year-end review — how it turned out.
 *
 * @param title what was promised, for example 结对帮扶一名学困生
 * @param target the measurable target, where stated
 * @param outcome the outcome, once reviewed
 */
public record CommitmentItem(String title, Optional<String> target, Optional<CommitmentOutcome> outcome) {

  /** Checks the values. */
  public CommitmentItem {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(outcome, "outcome");
    Builds.requireText(title, "title");
  }
}
