package org.dangjian.core.activity;

import java.util.Objects;
import java.util.Optional;
import org.dangjian.core.member.MemberId;

/**
 * A member recorded as absent from an activity, with the reason (请假原因) where given. A good record
 * names a reason for every absence.
 *
 * @param member the absent member
 * @param reason why, if recorded
 */
public record Absence(MemberId member, Optional<String> reason) {

  /** Checks for nulls. */
  public Absence {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(reason, "reason");
  }
}
