package org.dangjian.rules.builtin;

import org.dangjian.rules.spi.Parameter;
import org.dangjian.core.Labels;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dangjian.core.ValidationException;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.activity.ActivityType;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.member.MemberStatus;
import org.dangjian.core.member.Threshold;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.time.PeriodKind;
import org.dangjian.core.time.ReportingPeriod;
import org.dangjian.rules.Subject;
import org.dangjian.rules.spi.EvaluationContext;
import org.dangjian.rules.spi.Dependencies;
import org.dangjian.rules.spi.Dependencies.Records;
import org.dangjian.rules.spi.Rule;
import org.dangjian.rules.spi.RuleParameters;

/** Rules on the quality of activity records: quorum, completeness, the 第一议题, and talks with every member. */
public final class ActivityQualityRules {
  private ActivityQualityRules() {}

  private static ActivityType type(EvaluationContext context, String code) {
    return context.activityType(code).orElseThrow(() -> ValidationException.of("activityType", "unknown-code",
        "activity type '" + code + "' is neither standard nor declared by the dataset or rule set"));
  }

  /** Activities of the given types held in the window, on or before the day of evaluation. */
  static List<Activity> judged(EvaluationContext context, List<String> codes) {
    Set<ActivityType> types = new HashSet<>();
    codes.forEach(code -> types.add(type(context, code)));
    return context.activities().stream()
        .filter(a -> types.contains(a.type()) && MemberRule.judged(context, a.date())).toList();
  }

  private static Subject subject(Activity activity) {
    return new Subject(Subject.Kind.ACTIVITY, activity.id().value());
  }

  static EvaluationContext.FindingBuilder finding(EvaluationContext context, Activity activity, String code) {
    String name = context.dataset().organisation(activity.organisation()).map(Organisation::name).orElse(activity.organisation().value());
    return context.finding(activity.organisation(), subject(activity)).message(code).since(activity.date())
        .period(ReportingPeriod.containing(PeriodKind.MONTH, activity.date()))
        .argument("organisation", name).argument("date", activity.date()).argument("typeZh", activity.type().labels().zh())
        .argument("typeEn", activity.type().labels().en()).evidence("activity:" + activity.id());
  }

  /**
   * {@code meeting-quorum}: a meeting where fewer than the {@code threshold} of those entitled attended —
   * the voting members (with full rights on the day) for a 支部党员大会 (半数以上), the committee members
   * for a committee meeting — measured against the entitled, never those present.
   */
  public static final class MeetingQuorum extends BuiltInRuleType {
    private static final Parameter<String> ACTIVITY_TYPE = Parameter.activityType("activityType").withMeaning("活动类型", "the activity type judged").withExample("branch-general-meeting");
    private static final Parameter<Threshold> THRESHOLD = Parameter.code("threshold", Threshold.class).withMeaning("到会比例", "the share who must attend").withExample("more-than-half");
    private static final Parameter<String> BASIS = Parameter.choice("basis", "voting-members", "committee-members").withMeaning("应到人数：有表决权的党员或委员", "who is entitled: the voting members or the committee members").withExample("voting-members");

    /** Creates the type. */
    public MeetingQuorum() {
      super("meeting-quorum", new Labels("会议到会人数达到应到人数的规定比例", "a meeting is attended by the share of those entitled required"),
          List.of(ACTIVITY_TYPE, THRESHOLD, BASIS), Dependencies.perBranch(Records.ACTIVITIES, Records.MEMBERS), "meeting-quorum.short");
    }

    @Override
    Rule rule(RuleParameters parameters) {
      String code = parameters.get(ACTIVITY_TYPE);
      Threshold threshold = parameters.get(THRESHOLD);
      String basis = parameters.get(BASIS);
      return context -> {
        for (Activity activity : judged(context, List.of(code))) {
          Set<MemberId> entitled = new HashSet<>();
          LocalDate day = activity.date();
          if (basis.equals("voting-members")) {
            for (Member member : context.dataset().membersOf(activity.organisation())) {
              if (member.hasVotingRightsOn(day)) { // a full member whose rights are not restricted
                entitled.add(member.id());
              }
            }
          } else {
            context.dataset().organisation(activity.organisation()).flatMap(Organisation::committee)
                .ifPresent(c -> entitled.addAll(c.holdersOn(day)));
          }
          if (entitled.isEmpty()) {
            continue;
          }
          long present = 0;
          for (MemberId attendee : activity.attendees()) {
            if (entitled.contains(attendee)) {
              present++;
            }
          }
          if (!threshold.isMetBy(present, entitled.size())) {
            finding(context, activity, "meeting-quorum.short").argument("present", present)
                .argument("entitled", entitled.size()).argument("thresholdZh", threshold.labelZh())
                .argument("thresholdEn", threshold.labelEn()).emit();
          }
        }
      };
    }
  }

  /** The parts of a good record (记录要素). */
  private enum Part {
    HOST("主持人", "host"), RECORDER("记录人", "recorder"), ATTENDEES("出席人员", "attendees"),
    ABSENCE_REASONS("缺席原因", "reasons for absence"), LECTURER("主讲人", "lecturer"), AGENDA("议题", "agenda"),
    SUMMARY("会议内容", "content");

    final String zh;
    final String en;

    Part(String zh, String en) {
      this.zh = zh;
      this.en = en;
    }

    private static boolean anyWithoutReason(Activity a) {
      for (var absentee : a.absentees()) {
        if (absentee.reason().isEmpty()) {
          return true;
        }
      }
      return false;
    }

    boolean missingFrom(Activity a, boolean lecture) {
      return switch (this) {
        case HOST -> a.host().isEmpty();
        case RECORDER -> a.recorder().isEmpty();
        case ATTENDEES -> a.attendees().isEmpty();
        case ABSENCE_REASONS -> anyWithoutReason(a);
        case LECTURER -> lecture && a.lecturer().isEmpty();
        case AGENDA -> a.agenda().isEmpty();
        case SUMMARY -> a.summary().isEmpty();
      };
    }
  }

  /**
   * {@code record-completeness}: a record of one of {@code activityTypes} that lacks one of the parts
   * named in {@code require} (host, recorder, attendees, absence-reasons, lecturer — for {@code
   * lectureTypes} only — agenda, summary): 记录差 (县局汇报).
   */
  public static final class RecordCompleteness extends BuiltInRuleType {
    private static final Parameter<List<String>> ACTIVITY_TYPES = Parameter.activityTypes("activityTypes").asRequired().withMeaning("检查的活动类型", "the activity types judged").withExample("[branch-general-meeting, branch-committee-meeting]");
    private static final Parameter<List<String>> LECTURE_TYPES = Parameter.activityTypes("lectureTypes").withDefault(List.of("party-lecture")).withMeaning("需有授课人的活动类型", "the activity types that need a lecturer").withExample("[party-lecture]");
    private static final Parameter<List<String>> REQUIRE = Parameter.choices("require", "host", "recorder", "attendees", "absence-reasons", "lecturer", "agenda", "summary").asRequired().withMeaning("必须记录的要素", "the parts a record needs").withExample("[host, recorder, attendees]");

    /** Creates the type. */
    public RecordCompleteness() {
      super("record-completeness", new Labels("会议记录要素齐全", "a meeting record has the parts required"),
          List.of(ACTIVITY_TYPES, LECTURE_TYPES, REQUIRE), Dependencies.perBranch(Records.ACTIVITIES), "record-completeness.missing");
    }

    @Override
    Rule rule(RuleParameters parameters) {
      List<String> types = parameters.get(ACTIVITY_TYPES);
      List<String> lectureTypes = parameters.get(LECTURE_TYPES);
      List<Part> require = new ArrayList<>();
      for (String part : parameters.get(REQUIRE)) {
        require.add(Part.valueOf(part.toUpperCase(java.util.Locale.ROOT).replace('-', '_'))); // one of the declared choices
      }
      if (types.isEmpty() || require.isEmpty()) {
        throw ValidationException.of(types.isEmpty() ? "activityTypes" : "require", "missing-parameter",
            "record-completeness needs activityTypes and require");
      }
      return context -> {
        for (Activity activity : judged(context, types)) {
          boolean lecture = lectureTypes.contains(activity.type().code());
          List<Part> missing = null; // a loop, not a stream: asked of every meeting, and most records are complete
          for (Part part : require) {
            if (part.missingFrom(activity, lecture)) {
              if (missing == null) {
                missing = new ArrayList<>();
              }
              missing.add(part);
            }
          }
          if (missing != null) {
            finding(context, activity, "record-completeness.missing")
                .argument("missingZh", String.join("、", missing.stream().map(p -> p.zh).toList()))
                .argument("missingEn", String.join(", ", missing.stream().map(p -> p.en).toList())).emit();
          }
        }
      };
    }
  }

  /** {@code first-topic}: a meeting of one of {@code activityTypes} that does not open with the 第一议题 (凤县2023). */
  public static final class FirstTopic extends BuiltInRuleType {
    private static final Parameter<List<String>> ACTIVITY_TYPES = Parameter.activityTypes("activityTypes").asRequired().withMeaning("须以第一议题开篇的活动类型", "the activity types that open with the first topic").withExample("[branch-committee-meeting]");

    /** Creates the type. */
    public FirstTopic() {
      super("first-topic", new Labels("会议以“第一议题”开篇", "a meeting opens with the first topic (第一议题)"),
          List.of(ACTIVITY_TYPES), Dependencies.perBranch(Records.ACTIVITIES), "first-topic.missing");
    }

    @Override
    Rule rule(RuleParameters parameters) {
      List<String> types = parameters.get(ACTIVITY_TYPES);
      if (types.isEmpty()) {
        throw ValidationException.of("activityTypes", "missing-parameter", "first-topic needs activityTypes");
      }
      return context -> {
        for (Activity activity : judged(context, types)) {
          if (activity.firstItem().map(item -> !item.firstTopic()).orElse(true)) {
            finding(context, activity, "first-topic.missing").argument("first",
                activity.firstItem().map(item -> item.title()).orElse("—")).emit();
          }
        }
      };
    }
  }

  /**
   * {@code heart-to-heart-talks}: a member who was a member for the whole year took part in fewer than
   * {@code times} (1) 谈心谈话 in it (支部条例 第十九条). Judged when the year is over.
   */
  public static final class HeartToHeartTalks extends BuiltInRuleType {
    private static final Parameter<Integer> TIMES = Parameter.wholeNumber("times", 1, 100).withDefault(1).withMeaning("每年至少次数", "talks each year at least").withExample("2");
    private static final Parameter<String> ACTIVITY_TYPE = Parameter.activityType("activityType").withDefault("heart-to-heart-talk").withMeaning("计入的活动类型", "the activity type counted").withExample("heart-to-heart-talk");

    /** Creates the type. */
    public HeartToHeartTalks() {
      super("heart-to-heart-talks", new Labels("党员每年参加谈心谈话", "a member takes part in heart-to-heart talks each year"),
          List.of(TIMES, ACTIVITY_TYPE), Dependencies.perBranch(Records.ACTIVITIES, Records.MEMBERS), "heart-to-heart-talks.short");
    }

    @Override
    Rule rule(RuleParameters parameters) {
      int times = parameters.get(TIMES);
      String code = parameters.get(ACTIVITY_TYPE);
      return context -> {
        ActivityType talk = type(context, code);
        for (ReportingPeriod year : context.periods(PeriodKind.YEAR)) {
          if (!context.isOver(year)) {
            continue;
          }
          for (Member member : context.members()) {
            if (!context.status(member, year.start()).isMember() || !context.status(member, year.end()).isMember()) {
              continue;
            }
            int held = 0;
            for (Activity activity : context.dataset().activitiesAttendedBy(member.id())) {
              if (activity.type().equals(talk) && year.contains(activity.date())) {
                held++;
              }
            }
            if (held < times) {
              MemberRule.finding(context, member, "heart-to-heart-talks.short").period(year)
                  .argument("year", year).argument("held", held).argument("times", times).emit();
            }
          }
        }
      };
    }
  }
}
