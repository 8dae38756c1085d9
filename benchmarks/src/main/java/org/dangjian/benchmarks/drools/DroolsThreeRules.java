package org.dangjian.benchmarks.drools;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.dangjian.core.DangjianException;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dues.DuesPayment;
import org.dangjian.core.member.Member;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.OrganisationKind;
import org.dangjian.testkit.baseline.ThreeRulesByHand;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.runtime.KieContainer;
import org.kie.api.runtime.KieSession;

/**
 * The Drools baseline: {@code three-rules.drl} compiled once into a {@link KieBase}; each evaluation
 * makes the facts from the dataset, inserts them into a new session, fires the rules and returns the
 * findings as {@code rule subject period}, sorted — the same strings as {@code ThreeRulesByHand}.
 */
public final class DroolsThreeRules {
  private final KieBase base;

  /** Compiles the DRL. */
  public DroolsThreeRules() {
    KieServices services = KieServices.Factory.get();
    KieFileSystem files = services.newKieFileSystem();
    files.write("src/main/resources/org/dangjian/benchmarks/drools/three-rules.drl", drl());
    KieBuilder builder = services.newKieBuilder(files).buildAll();
    if (builder.getResults().hasMessages(Message.Level.ERROR)) {
      throw new DangjianException("three-rules.drl does not compile: " + builder.getResults().getMessages());
    }
    KieContainer container = services.newKieContainer(services.getRepository().getDefaultReleaseId());
    this.base = container.getKieBase();
  }

  private static String drl() {
    try (InputStream in = DroolsThreeRules.class.getResourceAsStream("/org/dangjian/benchmarks/drools/three-rules.drl")) {
      if (in == null) {
        throw new DangjianException("three-rules.drl is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new DangjianException("cannot read three-rules.drl: " + e.getMessage(), e);
    }
  }

  /**
   * @param dataset the records
   * @param asOf the day of evaluation; the window is its year
   * @return the findings, sorted
   */
  @SuppressWarnings("unchecked")
  public List<String> evaluate(Dataset dataset, LocalDate asOf) {
    int year = asOf.getYear();
    List<String> findings = new ArrayList<>();
    KieSession session = base.newKieSession();
    try {
      session.setGlobal("findings", findings);
      session.setGlobal("asOf", asOf);
      for (int m = 1; m <= 12; m++) {
        session.insert(new Facts.Month(YearMonth.of(year, m), asOf));
      }
      for (Organisation organisation : dataset.organisations()) {
        if (organisation.kind() == OrganisationKind.BRANCH || organisation.kind() == OrganisationKind.JOINT_BRANCH) {
          session.insert(new Facts.Branch(organisation));
        }
      }
      for (Activity activity : dataset.activities()) {
        if (activity.date().getYear() == year && !activity.date().isAfter(asOf)) {
          Set<String> attendees = new HashSet<>();
          activity.attendees().forEach(a -> attendees.add(a.value()));
          session.insert(new Facts.Meeting(activity.id().value(), activity.organisation().value(), activity.type().code(),
              activity.date(), attendees));
        }
      }
      insertPeopleAndDues(session, dataset, asOf);
      session.fireAllRules();
    } finally {
      session.dispose();
    }
    findings.sort(null);
    return findings;
  }

  private static void insertPeopleAndDues(KieSession session, Dataset dataset, LocalDate asOf) {
    ThreeRulesByHand.DuesMonths judged = ThreeRulesByHand.duesMonths(dataset, asOf).orElse(null);
    for (Member member : dataset.members()) {
      Set<String> organisations = new HashSet<>();
      organisations.add(member.branch().value());
      member.group().ifPresent(g -> organisations.add(g.value()));
      dataset.tree().ancestors(member.branch()).forEach(o -> organisations.add(o.id().value()));
      session.insert(new Facts.Person(member, organisations));
      if (judged == null) {
        continue;
      }
      Set<YearMonth> paid = new HashSet<>();
      for (DuesPayment payment : dataset.duesPaymentsOf(member.id())) {
        if (!payment.paidOn().isAfter(payment.month().atEndOfMonth())) {
          paid.add(payment.month());
        }
      }
      for (YearMonth month = judged.first(); !month.isAfter(judged.last()); month = month.plusMonths(1)) {
        boolean counts = !paid.contains(month) && member.factsOn(month.atDay(1)).status().isMember()
            && member.factsOn(month.atEndOfMonth()).status().isMember();
        session.insert(new Facts.DuesMonth(member.id().value(), (int) judged.first().until(month, ChronoUnit.MONTHS), counts,
            !month.isBefore(judged.windowStart())));
      }
    }
  }
}
