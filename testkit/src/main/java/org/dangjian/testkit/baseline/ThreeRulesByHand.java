package org.dangjian.testkit.baseline;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.activity.ActivityType;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dues.DuesPayment;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberFacts;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.member.MemberStatus;
import org.dangjian.core.org.Committee;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.OrganisationKind;
import org.dangjian.core.json.Syntax;
import org.dangjian.rules.RuleEntry;
import org.dangjian.rules.RuleSet;
import org.dangjian.rules.RuleSetDefinition;
import org.dangjian.rules.RuleSetRegistry;

/**
 * Three rules of {@code cn-national} written as one plain loop each, with no rule engine: the monthly
 * 支委会 ({@code branch-committee-meeting-monthly}), six months in a row without dues
 * ({@code dues-arrears}) and the quorum of the 支部党员大会 ({@code branch-general-meeting-quorum}).
 * They decide exactly as the engine does with the baseline's parameters, for the year of the day of
 * evaluation, and return each finding as {@code rule subject period} (period empty where the rule
 * gives none), sorted — what the benchmarks call the practical limit, and what a test compares with
 * the engine's findings.
 */
public final class ThreeRulesByHand {
  /** Committees smaller than this do not owe a monthly 支委会 (the rule's {@code minCommitteeSize}). */
  private static final int MIN_COMMITTEE = 3;
  /** Months in a row without dues that make a finding. */
  private static final int ARREARS_MONTHS = 6;

  /** The three rules' ids in {@code cn-national}. */
  public static final List<String> RULE_IDS = List.of("branch-committee-meeting-monthly", "dues-arrears",
      "branch-general-meeting-quorum");

  private ThreeRulesByHand() {}

  /**
   * The engine's side of the comparison: {@code cn-national} with every other rule disabled, through an
   * overlay as a policy author would write it.
   *
   * @param date the day it must be in effect
   * @return the resolved set, holding just the three rules
   */
  public static RuleSet engineRuleSet(LocalDate date) {
    RuleSetRegistry registry = RuleSetRegistry.standard();
    List<String> others = registry.resolve("cn-national", date).entries().stream().map(RuleEntry::id)
        .filter(id -> !RULE_IDS.contains(id)).toList();
    String overlay = "schema: dangjian/rule-set@1\nid: three-rules\nversion: \"1\"\ntitle: three rules of cn-national\n"
        + "effective: {from: 2019-01-01}\nextends: cn-national\ndisable: [" + String.join(", ", others) + "]\n";
    return registry.with(RuleSetDefinition.parse(overlay, "three-rules.yaml", Syntax.YAML)).resolve("three-rules", date);
  }

  /**
   * @param dataset the records
   * @param asOf the day of evaluation; the window is its year
   * @return the findings, as {@code rule subject period}, sorted
   */
  public static List<String> evaluate(Dataset dataset, LocalDate asOf) {
    List<String> findings = new ArrayList<>();
    int year = asOf.getYear();
    committeeMeetings(dataset, year, asOf, findings);
    duesArrears(dataset, asOf, findings);
    quorum(dataset, year, asOf, findings);
    findings.sort(null);
    return findings;
  }

  private static void committeeMeetings(Dataset dataset, int year, LocalDate asOf, List<String> findings) {
    for (Organisation organisation : dataset.organisations()) {
      if (organisation.kind() != OrganisationKind.BRANCH && organisation.kind() != OrganisationKind.JOINT_BRANCH
          || organisation.committee().isEmpty()) {
        continue;
      }
      Committee committee = organisation.committee().get();
      int[] held = new int[13];
      for (Activity activity : dataset.activitiesOf(organisation.id())) {
        LocalDate date = activity.date();
        if (date.getYear() == year && !date.isAfter(asOf) && activity.type().equals(ActivityType.BRANCH_COMMITTEE_MEETING)) {
          held[date.getMonthValue()]++;
        }
      }
      for (int month = 1; month <= 12; month++) {
        YearMonth ym = YearMonth.of(year, month);
        LocalDate start = ym.atDay(1);
        LocalDate end = ym.atEndOfMonth();
        if (held[month] == 0 && end.isBefore(asOf.plusDays(1)) && organisation.existsOn(start) && organisation.existsOn(end)
            && !committee.elected().isAfter(start) && committee.holdersOn(end).size() >= MIN_COMMITTEE) {
          findings.add("branch-committee-meeting-monthly organisation:" + organisation.id() + " " + ym);
        }
      }
    }
  }

  /**
   * The months {@code dues-arrears} judges, as the engine does: from five months before the year (not
   * before the first month any dues were recorded for) to the last month over by the day.
   *
   * @param first the first month judged
   * @param last the last month judged
   * @param windowStart the year's first month: a run must reach it to count
   */
  public record DuesMonths(YearMonth first, YearMonth last, YearMonth windowStart) {}

  /**
   * @param dataset the records
   * @param asOf the day of evaluation
   * @return the months judged; empty when no dues were recorded at all
   */
  public static java.util.Optional<DuesMonths> duesMonths(Dataset dataset, LocalDate asOf) {
    YearMonth recordsFrom = null;
    for (DuesPayment payment : dataset.duesPayments()) {
      if (recordsFrom == null || payment.month().isBefore(recordsFrom)) {
        recordsFrom = payment.month();
      }
    }
    if (recordsFrom == null) {
      return java.util.Optional.empty();
    }
    YearMonth windowStart = YearMonth.of(asOf.getYear(), 1);
    YearMonth first = windowStart.minusMonths(ARREARS_MONTHS - 1L);
    if (first.isBefore(recordsFrom)) {
      first = recordsFrom;
    }
    YearMonth last = YearMonth.from(asOf);
    if (!last.atEndOfMonth().equals(asOf)) {
      last = last.minusMonths(1);
    }
    return java.util.Optional.of(new DuesMonths(first, last, windowStart));
  }

  private static void duesArrears(Dataset dataset, LocalDate asOf, List<String> findings) {
    DuesMonths judged = duesMonths(dataset, asOf).orElse(null);
    if (judged == null) {
      return;
    }
    YearMonth first = judged.first();
    YearMonth last = judged.last();
    YearMonth windowStart = judged.windowStart();
    int months = (int) first.until(last, java.time.temporal.ChronoUnit.MONTHS) + 1;
    for (Member member : dataset.members()) {
      boolean[] paid = new boolean[Math.max(months, 0)];
      for (DuesPayment payment : dataset.duesPaymentsOf(member.id())) {
        int index = (int) first.until(payment.month(), java.time.temporal.ChronoUnit.MONTHS);
        if (index >= 0 && index < months && !payment.paidOn().isAfter(payment.month().atEndOfMonth())) {
          paid[index] = true;
        }
      }
      YearMonth runStart = null;
      int length = 0;
      for (int i = 0; i < months; i++) {
        YearMonth month = first.plusMonths(i);
        boolean counts = !paid[i] && member.factsOn(month.atDay(1)).status().isMember()
            && member.factsOn(month.atEndOfMonth()).status().isMember();
        if (counts) {
          if (runStart == null) {
            runStart = month;
          }
          length++;
        }
        if ((!counts || i == months - 1) && runStart != null) {
          YearMonth runEnd = counts ? month : month.minusMonths(1);
          if (length >= ARREARS_MONTHS && !runEnd.isBefore(windowStart)) {
            findings.add("dues-arrears member:" + member.id());
          }
          runStart = null;
          length = 0;
        }
      }
    }
  }

  private static void quorum(Dataset dataset, int year, LocalDate asOf, List<String> findings) {
    for (Activity activity : dataset.activities()) {
      LocalDate day = activity.date();
      if (!activity.type().equals(ActivityType.BRANCH_GENERAL_MEETING) || day.getYear() != year || day.isAfter(asOf)) {
        continue;
      }
      Set<MemberId> entitled = new HashSet<>();
      for (Member member : dataset.membersOf(activity.organisation())) {
        MemberFacts facts = member.factsOn(day);
        if (facts.status() == MemberStatus.FULL && facts.hasVotingRights()) {
          entitled.add(member.id());
        }
      }
      if (entitled.isEmpty()) {
        continue;
      }
      long present = activity.attendees().stream().filter(entitled::contains).count();
      if (present * 2 < entitled.size()) {
        findings.add("branch-general-meeting-quorum activity:" + activity.id() + " " + YearMonth.from(day));
      }
    }
  }
}
