package org.dangjian.testkit.scenario;

import java.util.Objects;
import java.util.Optional;
import org.dangjian.core.member.MemberEvent;
import org.dangjian.core.member.MemberId;

/**
 * A change a scenario makes to its dataset before evaluating it: a member event submitted through the
 * guarded lifecycle, as a vendor's form would submit it. Accepted changes are kept, in order; a change
 * may be expected to be refused.
 *
 * <pre>{@code
 * changes:
 *   - member: m16
 *     event: {type: admitted, date: 2024-11-20, tally: {entitled: 8, present: 4, inFavour: 4, against: 0, abstaining: 0, writtenOpinions: 0}}
 *     refused: {code: rule-violation, rule: admission-vote}
 * }</pre>
 *
 * @param path where it stands in the scenario ({@code changes[0]})
 * @param member the member the event is for
 * @param event the event
 * @param refused the refusal expected, if the change must be refused
 */
public record ScenarioChange(String path, MemberId member, MemberEvent event, Optional<ExpectedRefusal> refused) {

  /** Checks for nulls. */
  public ScenarioChange {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(refused, "refused");
  }
}
