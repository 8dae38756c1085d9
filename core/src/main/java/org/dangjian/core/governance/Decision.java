package org.dangjian.core.governance;

import java.util.Objects;
import java.util.Optional;
import org.dangjian.core.ValidationException;
import org.dangjian.core.member.VoteTally;

/**
 * The decision an agenda item (议题) took: the {@linkplain MatterCategory category} of the matter, the matter
 * it settles — an id that the school Party organisation's meeting and the principal's office meeting share,
 * so that one can be found from the other — the vote, and whether the secretary and the principal agreed on
 * it beforehand (会前沟通).
 *
 * @param category what kind of matter
 * @param matter the matter's id, shared by the meetings that decide and carry it out; lower-case words,
 *     digits and hyphens
 * @param tally the vote, where recorded: {@code entitled} are the meeting's members, {@code present} those there
 * @param agreedBeforehand whether the secretary's and the principal's prior agreement (会前沟通) is recorded
 */
public record Decision(MatterCategory category, Optional<String> matter, Optional<VoteTally> tally, boolean agreedBeforehand) {

  /**
   * @throws ValidationException ({@code invalid-code}) for a matter id that is not lower-case words, digits
   *     and hyphens
   */
  public Decision {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(matter, "matter");
    Objects.requireNonNull(tally, "tally");
    if (matter.isPresent() && !matter.get().matches("[a-z0-9]+(-[a-z0-9]+)*")) {
      throw ValidationException.of("matter", "invalid-code", "'" + matter.get() + "' is not a matter id: lower-case words and digits joined by hyphens");
    }
  }

  /**
   * @param category what kind of matter
   * @param matter the matter's id
   * @param tally the vote
   * @return the decision, without a recorded prior agreement
   */
  public static Decision of(MatterCategory category, String matter, VoteTally tally) {
    return new Decision(category, Optional.of(matter), Optional.of(tally), false);
  }

  /** @return this decision, with the secretary's and the principal's prior agreement (会前沟通) recorded */
  public Decision withPriorAgreement() {
    return new Decision(category, matter, tally, true);
  }
}
