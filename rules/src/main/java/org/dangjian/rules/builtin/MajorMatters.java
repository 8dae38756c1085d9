package org.dangjian.rules.builtin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dangjian.core.Labels;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.activity.AgendaItem;
import org.dangjian.core.governance.Decision;
import org.dangjian.core.governance.MatterCategory;
import org.dangjian.core.member.Threshold;
import org.dangjian.rules.spi.Dependencies;
import org.dangjian.rules.spi.Dependencies.Records;
import org.dangjian.rules.spi.EvaluationContext;
import org.dangjian.rules.spi.Parameter;
import org.dangjian.rules.spi.Rule;
import org.dangjian.rules.spi.RuleParameters;

/**
 * {@code major-matters} (三重一大): a 三重一大 matter decided at a principal's office meeting (校长办公会议) must
 * first have been decided — on the same day or earlier — at a school Party organisation's meeting
 * ({@code partyMeetingTypes}) recorded under the same organisation (the school's own, which records both
 * meetings): that meeting
 * quorate, at least half its members present ({@code quorum}; for an appointment or removal, at least two
 * thirds: {@code appointmentQuorum} — exactly half and exactly two thirds are enough), the matter carried by
 * more than half of those present, and — with {@code priorAgreement} — the secretary's and the principal's
 * agreement beforehand (会前沟通) recorded. An office meeting deciding by a vote must itself be quorate
 * ({@code officeQuorum}). The meetings share the matter by its id (or, without one, its title). One finding
 * per office meeting and kind of shortfall, naming the matters.
 */
public final class MajorMatters extends BuiltInRuleType {
  private static final String NOT_FIRST = "major-matters.not-decided-first";
  private static final String NOT_QUORATE = "major-matters.party-meeting-not-quorate";
  private static final String NO_AGREEMENT = "major-matters.no-prior-agreement";
  private static final String OFFICE_NOT_QUORATE = "major-matters.office-not-quorate";

  private static final Parameter<List<String>> PARTY_MEETING_TYPES = Parameter.activityTypes("partyMeetingTypes")
      .withDefault(List.of("party-organisation-meeting", "committee-meeting", "branch-committee-meeting"))
      .withMeaning("学校党组织会议的活动类型", "the activity types of the school Party organisation's meeting")
      .withExample("[party-organisation-meeting, committee-meeting]");
  private static final Parameter<String> OFFICE_MEETING_TYPE = Parameter.activityType("officeMeetingType")
      .withDefault("principal-office-meeting").withMeaning("校长办公会议的活动类型", "the activity type of the principal's office meeting")
      .withExample("principal-office-meeting");
  private static final Parameter<Threshold> QUORUM = Parameter.code("quorum", Threshold.class).withDefault(Threshold.AT_LEAST_HALF)
      .withMeaning("党组织会议讨论决定“三重一大”事项的到会比例", "the share of the Party meeting's members present to decide a major matter")
      .withExample("at-least-half");
  private static final Parameter<Threshold> APPOINTMENT_QUORUM = Parameter.code("appointmentQuorum", Threshold.class)
      .withDefault(Threshold.AT_LEAST_TWO_THIRDS)
      .withMeaning("讨论决定干部任免的到会比例", "the share present to decide an appointment or removal").withExample("at-least-two-thirds");
  private static final Parameter<Threshold> OFFICE_QUORUM = Parameter.code("officeQuorum", Threshold.class).withDefault(Threshold.AT_LEAST_HALF)
      .withMeaning("校长办公会议表决的到会比例", "the share of the office meeting's members present when it votes").withExample("at-least-half");
  private static final Parameter<Boolean> PRIOR_AGREEMENT = Parameter.bool("priorAgreement", true)
      .withMeaning("须记录书记、校长会前沟通", "the secretary's and the principal's agreement beforehand must be recorded").withExample("true");

  /** Creates the type. */
  public MajorMatters() {
    super("major-matters", new Labels("“三重一大”事项先经党组织会议集体研究决定", "major matters are decided first by the school Party organisation's meeting"),
        List.of(PARTY_MEETING_TYPES, OFFICE_MEETING_TYPE, QUORUM, APPOINTMENT_QUORUM, OFFICE_QUORUM, PRIOR_AGREEMENT),
        Dependencies.perBranch(Records.ACTIVITIES), NOT_FIRST, NOT_QUORATE, NO_AGREEMENT, OFFICE_NOT_QUORATE);
  }

  @Override
  Rule rule(RuleParameters parameters) {
    List<String> partyTypes = parameters.get(PARTY_MEETING_TYPES);
    String officeType = parameters.get(OFFICE_MEETING_TYPE);
    Threshold quorum = parameters.get(QUORUM);
    Threshold appointmentQuorum = parameters.get(APPOINTMENT_QUORUM);
    Threshold officeQuorum = parameters.get(OFFICE_QUORUM);
    boolean priorAgreement = parameters.get(PRIOR_AGREEMENT);
    return context -> {
      Set<org.dangjian.core.activity.ActivityType> party = new java.util.HashSet<>();
      partyTypes.forEach(code -> context.activityType(code).ifPresent(party::add));
      for (Activity office : ActivityQualityRules.judged(context, List.of(officeType))) {
        Map<String, List<String>> matters = new LinkedHashMap<>();
        Map<String, List<String>> evidence = new LinkedHashMap<>();
        List<Activity> partyMeetings = partyMeetings(context, office, party);
        for (AgendaItem item : office.agenda()) {
          if (item.decision().isEmpty()) {
            continue;
          }
          Decision decision = item.decision().get();
          if (decision.tally().filter(t -> !t.quorate(officeQuorum)).isPresent()) {
            note(matters, evidence, OFFICE_NOT_QUORATE, item, List.of());
          }
          if (!decision.category().isMajor()) {
            continue;
          }
          Threshold needed = decision.category() == MatterCategory.APPOINTMENT ? appointmentQuorum : quorum;
          List<Activity> deciding = new ArrayList<>();
          boolean quorate = false;
          boolean agreed = false;
          for (Activity meeting : partyMeetings) {
            for (AgendaItem earlier : meeting.agenda()) {
              if (!earlier.matter().equals(item.matter())) {
                continue;
              }
              deciding.add(meeting);
              Decision taken = earlier.decision().orElseThrow();
              boolean carried = taken.tally().filter(t -> t.quorate(needed) && 2L * t.inFavour() > t.present()).isPresent();
              if (carried) {
                quorate = true;
                agreed |= taken.agreedBeforehand();
              }
            }
          }
          List<String> seen = deciding.stream().map(a -> "activity:" + a.id()).distinct().toList();
          if (deciding.isEmpty()) {
            note(matters, evidence, NOT_FIRST, item, seen);
          } else if (!quorate) {
            note(matters, evidence, NOT_QUORATE, item, seen);
          } else if (priorAgreement && !agreed) {
            note(matters, evidence, NO_AGREEMENT, item, seen);
          }
        }
        for (String code : List.of(NOT_FIRST, NOT_QUORATE, NO_AGREEMENT, OFFICE_NOT_QUORATE)) {
          if (matters.containsKey(code)) {
            ActivityQualityRules.finding(context, office, code).argument("matters", String.join("、", matters.get(code)))
                .evidence(evidence.get(code)).emit();
          }
        }
      }
    };
  }

  private static void note(Map<String, List<String>> matters, Map<String, List<String>> evidence, String code, AgendaItem item,
      List<String> records) {
    matters.computeIfAbsent(code, c -> new ArrayList<>()).add(item.title() + "（" + item.decision().orElseThrow().category().labelZh() + "）");
    List<String> list = evidence.computeIfAbsent(code, c -> new ArrayList<>());
    records.stream().filter(r -> !list.contains(r)).forEach(list::add);
  }

  /**
   * The Party meetings that may have decided an office meeting's matters first: of its organisation, not after
   * it. Only the organisation's own records are read, so a session re-runs the rule for that organisation alone.
   */
  private static List<Activity> partyMeetings(EvaluationContext context, Activity office, Set<org.dangjian.core.activity.ActivityType> party) {
    return context.dataset().activitiesOf(office.organisation()).stream()
        .filter(a -> party.contains(a.type()) && !a.date().isAfter(office.date()) && a.agenda().stream().anyMatch(i -> i.decision().isPresent()))
        .toList();
  }
}
