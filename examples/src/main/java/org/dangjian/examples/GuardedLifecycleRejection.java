package org.dangjian.examples;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberEvent;
import org.dangjian.core.member.MemberStatus;
import org.dangjian.rules.FindingMessages;
import org.dangjian.rules.GuardedLifecycle;
import org.dangjian.rules.RuleSet;
import org.dangjian.rules.RuleSetRegistry;
import org.dangjian.rules.RuleViolationException;
import org.dangjian.testkit.SampleCounty;

/**
 * A vendor's form applies member events in guarded mode: an event the lifecycle allows but a time limit
 * forbids — designating an activist a candidate before a year of training (培养教育考察一年以上) — is
 * refused with the finding that says why, in Chinese for the form; the same event a year later is
 * accepted and the member's status moves on.
 */
public final class GuardedLifecycleRejection {
  private GuardedLifecycleRejection() {}

  /** Prints to standard output. */
  public static void main(String[] args) {
    run(new PrintWriter(System.out, true, StandardCharsets.UTF_8));
  }

  /** @param out where the example writes what it shows */
  public static void run(PrintWriter out) {
    Dataset county = SampleCounty.dataset();
    LocalDate today = LocalDate.of(2024, 12, 31);
    // The activist of the sample county designated most recently.
    Member activist = county.members().stream().filter(m -> m.factsOn(today).status() == MemberStatus.ACTIVIST)
        .max(Comparator.comparing((Member m) -> m.factsOn(today).activistSince().orElseThrow()).thenComparing(m -> m.id().value()))
        .orElseThrow();
    LocalDate since = activist.factsOn(today).activistSince().orElseThrow();
    out.println(activist.id() + " " + activist.name() + ": activist since " + since);

    LocalDate tooEarly = since.plusMonths(8);
    RuleSet national = RuleSetRegistry.standard().resolve("cn-national", tooEarly);
    try {
      GuardedLifecycle.apply(county, national, activist.id(), new MemberEvent.CandidateDesignated(tooEarly));
      out.println("accepted (unexpected)");
    } catch (RuleViolationException e) {
      out.println("candidate on " + tooEarly + ": refused");
      e.findings().forEach(f -> out.println("  " + FindingMessages.describe(f, Locale.SIMPLIFIED_CHINESE)));
    }

    LocalDate afterAYear = since.plusYears(1).plusDays(1);
    GuardedLifecycle.Outcome outcome = GuardedLifecycle.apply(county, RuleSetRegistry.standard().resolve("cn-national", afterAYear),
        activist.id(), new MemberEvent.CandidateDesignated(afterAYear));
    out.println("candidate on " + afterAYear + ": accepted, now " + outcome.member().status() + ", " + outcome.warnings().size()
        + " warnings");
    outcome.warnings().forEach(f -> out.println("  " + FindingMessages.describe(f, Locale.SIMPLIFIED_CHINESE)));
  }
}
