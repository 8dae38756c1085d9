package org.dangjian.testkit.scenario;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.dangjian.rules.DueItem;

/**
 * An item a scenario expects on the due calendar (what an organisation still owes in a current period):
 * the organisation and, optionally, the activity type, the period, the deadline, how many remain and the
 * rule that requires it. Unstated parts match anything.
 *
 * @param organisation the organisation's id
 * @param activityType the activity type's code
 * @param period the period as written ({@code 2024-Q4})
 * @param deadline the last day
 * @param remaining how many are still to be held
 * @param rule the rule entry id
 */
public record ExpectedDue(String organisation, Optional<String> activityType, Optional<String> period,
    Optional<LocalDate> deadline, Optional<Integer> remaining, Optional<String> rule) {

  /** Checks for nulls. */
  public ExpectedDue {
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(activityType, "activityType");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(deadline, "deadline");
    Objects.requireNonNull(remaining, "remaining");
    Objects.requireNonNull(rule, "rule");
  }

  /**
   * @param item an item of a report's due calendar
   * @return whether it is what this expectation describes
   */
  public boolean matches(DueItem item) {
    return item.organisation().value().equals(organisation)
        && activityType.map(t -> t.equals(item.type().code())).orElse(true)
        && period.map(p -> p.equals(item.period().toString())).orElse(true)
        && deadline.map(d -> d.equals(item.deadline())).orElse(true)
        && remaining.map(r -> r == item.remaining()).orElse(true)
        && rule.map(r -> r.equals(item.ruleId())).orElse(true);
  }

  /** @return for example {@code b1 party-lecture 2024-H2 by 2024-12-31} */
  @Override
  public String toString() {
    return organisation + activityType.map(t -> " " + t).orElse("") + period.map(p -> " " + p).orElse("")
        + deadline.map(d -> " by " + d).orElse("") + remaining.map(r -> " (" + r + " remaining)").orElse("")
        + rule.map(r -> " [" + r + "]").orElse("");
  }
}
