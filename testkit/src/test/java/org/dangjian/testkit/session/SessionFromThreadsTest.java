package org.dangjian.testkit.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dataset.DatasetChange;
import org.dangjian.core.time.ReportingPeriod;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.ComplianceSession;
import org.dangjian.rules.RuleSet;
import org.dangjian.rules.RuleSetRegistry;
import org.dangjian.testkit.NewRecords;
import org.dangjian.testkit.SampleCounty;
import org.junit.jupiter.api.Test;

/** A session used from several threads at once loses no change: each is applied after the one before. */
class SessionFromThreadsTest {

  @Test
  void changesFromFourThreadsAreAllApplied() throws Exception {
    Dataset county = SampleCounty.dataset();
    LocalDate asOf = LocalDate.of(2024, 12, 31);
    RuleSet rules = RuleSetRegistry.standard().resolve("cn-national", asOf);
    ComplianceSession session = ComplianceSession.start(county, rules, ReportingPeriod.year(2024), asOf);
    NewRecords records = new NewRecords(county);
    List<DatasetChange> changes = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      changes.add(i % 2 == 0 ? records.nextLedgerEntry() : records.nextActivity());
    }
    ExecutorService threads = Executors.newFixedThreadPool(4);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> done = new ArrayList<>();
    for (int t = 0; t < 4; t++) {
      List<DatasetChange> share = changes.subList(t * 50, (t + 1) * 50);
      done.add(threads.submit(() -> {
        start.await();
        share.forEach(session::apply);
        return null;
      }));
    }
    start.countDown();
    for (Future<?> each : done) {
      each.get(60, TimeUnit.SECONDS);
    }
    threads.shutdown();
    Dataset after = session.dataset();
    assertThat(after.ledger()).hasSize(county.ledger().size() + 100);
    assertThat(after.activities()).hasSize(county.activities().size() + 100);
    assertThat(session.report()).isEqualTo(ComplianceEngine.evaluate(after, rules, ReportingPeriod.year(2024), asOf));
  }
}
