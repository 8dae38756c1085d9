package org.dangjian.rules.builtin;

import java.util.List;
import org.dangjian.rules.spi.Parameter;
import org.dangjian.core.Labels;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;
import org.dangjian.core.dues.DuesPayment;
import org.dangjian.core.member.Member;
import org.dangjian.rules.dues.DuesCalculator;
import org.dangjian.rules.dues.DuesSchedule;
import org.dangjian.rules.spi.Dependencies;
import org.dangjian.rules.spi.Dependencies.Records;
import org.dangjian.rules.spi.Rule;
import org.dangjian.rules.spi.RuleParameters;

/**
 * {@code dues-amount}: a month's dues paid that differ from what the schedule computes for the
 * member's declared base and category. Its parameters are the {@link DuesSchedule}. Payments of
 * members without a declared base are not judged, except students, who pay a fixed amount.
 */
public final class DuesAmount extends BuiltInRuleType {
  /** Creates the type. */
  public DuesAmount() {
    super("dues-amount", new Labels("党费按标准足额交纳", "dues are paid at the rate the schedule gives"),
        DuesSchedule.parameters(), Dependencies.perBranch(Records.DUES, Records.MEMBERS), "dues-amount.differs");
  }

  @Override
  Rule rule(RuleParameters parameters) {
    DuesCalculator calculator = DuesCalculator.of(DuesSchedule.from(parameters));
    return context -> {
      for (Member member : context.members()) {
        // Several payments for one month are added up; the payments are kept as evidence for a finding.
        java.util.Map<YearMonth, BigDecimal> paid = new java.util.TreeMap<>();
        java.util.Map<YearMonth, java.util.List<DuesPayment>> payments = new java.util.HashMap<>();
        for (DuesPayment payment : context.dataset().duesPaymentsOf(member.id())) {
          if (context.window().contains(payment.month().atDay(1)) && !payment.paidOn().isAfter(context.asOf())) {
            paid.merge(payment.month(), payment.amount(), BigDecimal::add);
            payments.computeIfAbsent(payment.month(), m -> new java.util.ArrayList<>(1)).add(payment);
          }
        }
        if (paid.isEmpty()) {
          continue;
        }
        // Bases change rarely: read once per member, and the expected amount computed once per base, not per month.
        java.util.List<org.dangjian.core.dues.DuesBase> bases = context.dataset().duesBasesOf(member.id());
        BigDecimal lastBase = null;
        BigDecimal lastExpected = null;
        for (java.util.Map.Entry<YearMonth, BigDecimal> entry : paid.entrySet()) {
          YearMonth month = entry.getKey();
          BigDecimal amount = entry.getValue();
          Optional<BigDecimal> base = DuesCalculator.baseFor(bases, month);
          BigDecimal expected;
          if (base.isPresent() && base.get() == lastBase) {
            expected = lastExpected;
          } else {
            Optional<BigDecimal> owed = calculator.monthlyDues(member, base);
            if (owed.isEmpty()) {
              continue;
            }
            expected = owed.get();
            lastBase = base.orElse(null);
            lastExpected = expected;
          }
          if (expected.compareTo(amount) != 0) {
            // By record id where a payment has one, else by member and month (once).
            java.util.Set<String> evidence = new java.util.TreeSet<>();
            payments.get(month).forEach(p -> evidence.add(p.evidence()));
            MemberRule.finding(context, member, "dues-amount.differs").since(month.atDay(1)).argument("month", month)
                .argument("paid", amount.toPlainString()).argument("expected", expected.toPlainString())
                .argument("base", base.map(BigDecimal::toPlainString).orElse("—"))
                .evidence(java.util.List.copyOf(evidence)).emit();
          }
        }
      }
    };
  }
}
