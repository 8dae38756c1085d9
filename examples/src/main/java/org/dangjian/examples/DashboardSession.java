package org.dangjian.examples;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.dangjian.core.DangjianException;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.activity.ActivityId;
import org.dangjian.core.activity.ActivityType;
import org.dangjian.core.activity.AgendaItem;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dataset.DatasetChange;
import org.dangjian.core.dues.DuesPayment;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.time.ReportingPeriod;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.ComplianceSession;
import org.dangjian.rules.FindingMessages;
import org.dangjian.rules.RuleSet;
import org.dangjian.rules.RuleSetRegistry;
import org.dangjian.testkit.SampleCounty;

/**
 * A dashboard kept current record by record: a {@link ComplianceSession} evaluates the sample county's
 * year once, then takes the 支委会 城关第一小学 failed to record for July and a dues payment, says what
 * each changed and what it re-ran, refuses a record naming nobody, and ends equal to a full evaluation.
 */
public final class DashboardSession {
  private DashboardSession() {}

  /** Prints to standard output. */
  public static void main(String[] args) {
    run(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
  }

  /** @param out where the example writes what it shows */
  public static void run(PrintWriter out) {
    LocalDate asOf = LocalDate.of(2024, 12, 31);
    RuleSet rules = RuleSetRegistry.standard().resolve("county-first-topic", asOf);
    ReportingPeriod year = ReportingPeriod.year(2024);
    ComplianceSession session = ComplianceSession.start(SampleCounty.dataset(), rules, year, asOf);
    out.println("start: " + session.report().findings().size() + " findings");

    OrganisationId cg1 = OrganisationId.of("cg1");
    List<MemberId> committee = session.dataset().organisation(cg1).orElseThrow().committee().orElseThrow()
        .holdersOn(LocalDate.of(2024, 7, 9)).stream().sorted().toList();
    Activity july = Activity.builder().id(ActivityId.of("cg1-c-2024-07")).organisation(cg1)
        .type(ActivityType.BRANCH_COMMITTEE_MEETING).date(LocalDate.of(2024, 7, 9)).host(committee.get(0))
        .recorder(committee.get(1)).attendees(committee).addAgenda(AgendaItem.firstTopic("学习贯彻党的二十届三中全会精神"))
        .summary("研究暑期党员志愿服务安排").build();
    ComplianceSession.Update meeting = session.apply(DatasetChange.activity(july));
    out.println("July 支委会: re-ran " + meeting.rerunPerBranch().size() + " rules for " + meeting.reevaluated()
        + ", none whole: " + meeting.rerunWhole().isEmpty());
    meeting.findingsRemoved().forEach(f -> out.println("  resolved: " + FindingMessages.describe(f, Locale.SIMPLIFIED_CHINESE)));

    ComplianceSession.Update dues = session.apply(DatasetChange.duesPayment(new DuesPayment(MemberId.of("m0513"),
        YearMonth.of(2024, 9), new BigDecimal("15.00"), LocalDate.of(2024, 9, 28))));
    out.println("m0513 pays for September: re-ran " + dues.rerunPerBranch());
    dues.findingsRemoved().forEach(f -> out.println("  removed: " + FindingMessages.describe(f, Locale.ENGLISH)));
    dues.findingsAdded().forEach(f -> out.println("  added: " + FindingMessages.describe(f, Locale.ENGLISH)));

    Activity stray = Activity.builder().id(ActivityId.of("stray-1")).organisation(cg1).type(ActivityType.THEME_PARTY_DAY)
        .date(LocalDate.of(2024, 8, 15)).addAttendees(MemberId.of("m9999")).build();
    try {
      session.apply(DatasetChange.activity(stray));
    } catch (DangjianException e) {
      out.println("refused: " + e.getMessage().strip().lines().reduce((a, b) -> b).orElseThrow().strip());
    }

    Dataset now = session.dataset();
    out.println("now: " + session.report().findings().size() + " findings; equal to a full evaluation: "
        + session.report().equals(ComplianceEngine.evaluate(now, rules, year, asOf)));
  }
}
