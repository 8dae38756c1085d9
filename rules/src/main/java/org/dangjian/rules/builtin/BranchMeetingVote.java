package org.dangjian.rules.builtin;

import org.dangjian.rules.spi.Parameter;
import org.dangjian.core.Labels;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dangjian.core.ValidationException;
import org.dangjian.core.member.EventType;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberEvent;
import org.dangjian.core.member.MemberStatus;
import org.dangjian.core.member.Threshold;
import org.dangjian.core.member.VoteTally;
import org.dangjian.core.time.PeriodKind;
import org.dangjian.core.time.ReportingPeriod;
import org.dangjian.rules.spi.EvaluationContext;
import org.dangjian.rules.spi.RuleParameters;

/**
 * {@code branch-meeting-vote}: a branch meeting's resolution on a member — an admission (接收预备党员),
 * a confirmation (预备党员转正) — whose vote does not carry, judged as 发展细则 第二十条、第二十一条 say:
 *
 * <ul>
 *   <li>{@code branch-meeting-vote.entitled-mismatch}: the tally's 应到会 figure is not the number of
 *       members of the branch entitled to vote on the meeting day — full members (not probationary), not
 *       under 留党察看, not suspended; the finding names both numbers;
 *   <li>{@code branch-meeting-vote.quorum}: those present do not reach {@code quorum} ({@code more-than-half},
 *       超过半数) of the entitled;
 *   <li>{@code branch-meeting-vote.not-carried}: the votes in favour, written opinions counting, do not reach
 *       {@code passing} ({@code more-than-half}) of the entitled.
 * </ul>
 *
 * <p>The entitled are counted from the branch's roll (the members whose branch it is, with their
 * status on the meeting day); where the roll holds no member entitled that day (a roll recorded only
 * in part), the tally's own figure is the denominator. {@code events} names the event types whose
 * tallies are judged ({@code admitted}, {@code confirmed}).
 */
public final class BranchMeetingVote extends MemberRule {
  private static final Parameter<List<EventType>> EVENTS = Parameter.codes("events", EventType.class).asRequired().withMeaning("需表决的事项（admitted 接收预备党员、confirmed 转正）", "the events voted on: admitted, confirmed").withExample("[admitted, confirmed]");
  private static final Parameter<Threshold> QUORUM = Parameter.code("quorum", Threshold.class).withDefault(Threshold.MORE_THAN_HALF).withMeaning("到会人数须达到有表决权党员的比例", "the share of voting members who must attend").withExample("more-than-half");
  private static final Parameter<Threshold> PASSING = Parameter.code("passing", Threshold.class).withDefault(Threshold.MORE_THAN_HALF).withMeaning("赞成票须达到有表决权党员的比例", "the share of voting members who must vote for it").withExample("more-than-half");

  private static final Set<EventType> WITH_TALLY = Set.of(EventType.ADMITTED, EventType.CONFIRMED);

  /** Creates the type. */
  public BranchMeetingVote() {
    super("branch-meeting-vote", new Labels("接收预备党员、预备党员转正经支部党员大会有效表决", "admissions and confirmations are carried by a valid vote of the branch general meeting"),
        List.of(EVENTS, QUORUM, PASSING), "branch-meeting-vote.entitled-mismatch", "branch-meeting-vote.quorum",
        "branch-meeting-vote.not-carried");
  }

  @Override
  Check bind(RuleParameters parameters) {
    List<EventType> events = parameters.get(EVENTS);
    if (events.isEmpty()) {
      throw ValidationException.of("events", "missing-parameter", "branch-meeting-vote needs events: admitted, confirmed");
    }
    for (EventType type : events) {
      if (!WITH_TALLY.contains(type)) {
        throw ValidationException.of("events", "invalid-parameter",
            "event type '" + type.code() + "' carries no vote; expected admitted or confirmed");
      }
    }
    Threshold quorum = parameters.get(QUORUM);
    Threshold passing = parameters.get(PASSING);
    return (context, member) -> {
      for (MemberEvent event : member.history()) {
        if (events.contains(event.type()) && judged(context, event.date())) {
          judge(context, member, event, tally(event), quorum, passing);
        }
      }
    };
  }

  private static VoteTally tally(MemberEvent event) {
    if (event instanceof MemberEvent.Admitted admitted) {
      return admitted.tally();
    }
    return ((MemberEvent.Confirmed) event).tally();
  }

  /**
   * The members of a branch entitled to vote on a day (应到会有表决权的党员): full members with voting
   * rights, neither probationary nor under 留党察看 nor suspended; absent members still count.
   */
  static List<Member> entitledVoters(EvaluationContext context, Member subject, LocalDate day) {
    List<Member> entitled = new ArrayList<>();
    for (Member other : context.membersOf(subject.branch(), day, s -> s == MemberStatus.FULL)) {
      if (!other.id().equals(subject.id()) && other.hasVotingRightsOn(day)) {
        entitled.add(other);
      }
    }
    return entitled;
  }

  private static void judge(EvaluationContext context, Member member, MemberEvent event, VoteTally tally,
      Threshold quorum, Threshold passing) {
    LocalDate day = event.date();
    int onRoll = entitledVoters(context, member, day).size();
    int entitled = onRoll > 0 ? onRoll : tally.entitled();
    List<String> codes = new ArrayList<>();
    if (onRoll > 0 && tally.entitled() != onRoll) {
      codes.add("branch-meeting-vote.entitled-mismatch");
    }
    if (!quorum.isMetBy(tally.present(), entitled)) {
      codes.add("branch-meeting-vote.quorum");
    }
    if (!passing.isMetBy(tally.inFavour(), entitled)) {
      codes.add("branch-meeting-vote.not-carried");
    }
    for (String code : codes) {
      Threshold threshold = code.endsWith("quorum") ? quorum : passing;
      finding(context, member, code).since(day).period(ReportingPeriod.containing(PeriodKind.MONTH, day))
          .argument("date", day).argument("eventZh", event.type().labelZh()).argument("eventEn", event.type().labelEn())
          .argument("claimed", tally.entitled()).argument("entitled", entitled).argument("present", tally.present())
          .argument("inFavour", tally.inFavour()).argument("writtenOpinions", tally.writtenOpinions())
          .argument("thresholdZh", threshold.labelZh()).argument("thresholdEn", threshold.labelEn()).emit();
    }
  }
}
