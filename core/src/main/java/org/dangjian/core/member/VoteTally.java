package org.dangjian.core.member;

import org.dangjian.core.ValidationException;

/**
 * The count of a vote at a branch meeting (支部党员大会): who was entitled to vote, who came, and
 * how they voted. Written opinions (书面意见) of entitled members who could not attend, submitted
 * before the meeting, are counted in the votes (发展细则 第二十一条).
 *
 * <p>Thresholds are always measured against the <em>entitled</em> voters (应到会有表决权的党员), never
 * against those present — a mistake systems in the field make. See {@link Threshold} for 以上 and 超过.
 *
 * @param entitled voting members who should attend (应到会有表决权的正式党员)
 * @param present voting members who attended (实到会)
 * @param inFavour votes in favour (赞成), written opinions included
 * @param against votes against (反对), written opinions included
 * @param abstaining abstentions (弃权), written opinions included
 * @param writtenOpinions written opinions of absent members counted in the three figures above
 */
public record VoteTally(int entitled, int present, int inFavour, int against, int abstaining, int writtenOpinions) {

  /**
   * @throws ValidationException ({@code invalid-value}) for negative figures, more present than
   *     entitled, or more votes than voters
   */
  public VoteTally {
    if (entitled < 1) {
      throw ValidationException.of("entitled", "invalid-value", "a vote needs at least one entitled voter, not " + entitled);
    }
    if (present < 0 || inFavour < 0 || against < 0 || abstaining < 0 || writtenOpinions < 0) {
      throw ValidationException.of("", "invalid-value", "vote figures cannot be negative");
    }
    if (present + writtenOpinions > entitled) {
      throw ValidationException.of("present", "invalid-value",
          present + " present and " + writtenOpinions + " written opinions exceed the " + entitled + " entitled voters");
    }
    if (inFavour + against + abstaining > present + writtenOpinions) {
      throw ValidationException.of("inFavour", "invalid-value", "the " + (inFavour + against + abstaining)
          + " votes exceed the " + present + " present and " + writtenOpinions + " written opinions");
    }
  }

  /**
   * A tally without written opinions.
   *
   * @param entitled voting members who should attend
   * @param present voting members who attended
   * @param inFavour votes in favour
   * @param against votes against
   * @param abstaining abstentions
   * @return the tally
   */
  public static VoteTally of(int entitled, int present, int inFavour, int against, int abstaining) {
    return new VoteTally(entitled, present, inFavour, against, abstaining, 0);
  }

  /**
   * @param threshold the quorum rule, for example {@link Threshold#MORE_THAN_HALF} for an admission
   * @return whether those present meet it, measured against the entitled
   */
  public boolean quorate(Threshold threshold) {
    return threshold.isMetBy(present, entitled);
  }

  /**
   * @param threshold the passing rule, for example {@link Threshold#MORE_THAN_HALF}
   * @return whether the votes in favour meet it, measured against the entitled
   */
  public boolean passes(Threshold threshold) {
    return threshold.isMetBy(inFavour, entitled);
  }
}
