package org.dangjian.rules.builtin;

import java.util.List;
import org.dangjian.rules.spi.Parameter;
import org.dangjian.core.Labels;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;
import org.dangjian.core.dues.DuesBase;
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
      org.dangjian.core.record.Records<DuesPayment> payments = context.dataset().records(DuesPayment.KIND);
      org.dangjian.core.record.Records<DuesBase> declared = context.dataset().records(DuesBase.KIND);
      for (Member member : context.members()) {
        // The payments' months, days and amounts read from their columns, in the kind's order (by month): a
        // month's payments follow one another and are added up; records are made only for a finding's evidence.
        List<DuesPayment> records = payments.by(DuesPayment.BY_MEMBER, member.id());
        if (records.isEmpty()) {
          continue;
        }
        List<YearMonth> months = payments.values(records, DuesPayment.MONTH);
        List<java.time.LocalDate> paidOn = payments.values(records, DuesPayment.PAID_ON);
        List<BigDecimal> amounts = payments.values(records, DuesPayment.AMOUNT);
        // Bases change rarely: read once per member, by month declared, and the expected amount computed once per base.
        List<YearMonth> baseFrom = null;
        List<BigDecimal> baseValue = null;
        int lastBase = -2;
        BigDecimal lastExpected = null;
        for (int first = 0, next; first < months.size(); first = next) {
          YearMonth month = months.get(first);
          next = first + 1;
          while (next < months.size() && months.get(next).equals(month)) {
            next++;
          }
          if (!context.window().contains(month.atDay(1))) {
            continue;
          }
          BigDecimal amount = null;
          for (int p = first; p < next; p++) {
            if (!paidOn.get(p).isAfter(context.asOf())) {
              amount = amount == null ? amounts.get(p) : amount.add(amounts.get(p));
            }
          }
          if (amount == null) {
            continue;
          }
          if (baseFrom == null) {
            List<DuesBase> bases = declared.by(DuesBase.BY_MEMBER, member.id());
            baseFrom = declared.values(bases, DuesBase.FROM);
            baseValue = declared.values(bases, DuesBase.MONTHLY_BASE);
          }
          int base = DuesCalculator.declaredFor(baseFrom, month);
          Optional<BigDecimal> baseAmount = base < 0 ? Optional.empty() : Optional.of(java.util.Objects.requireNonNull(baseValue).get(base));
          BigDecimal expected;
          if (base == lastBase) {
            expected = lastExpected;
          } else {
            expected = calculator.monthlyDues(member, baseAmount).orElse(null);
            lastBase = base;
            lastExpected = expected;
          }
          if (expected != null && expected.compareTo(amount) != 0) {
            // By record id where a payment has one, else by member and month (once).
            java.util.Set<String> evidence = new java.util.TreeSet<>();
            for (int p = first; p < next; p++) {
              if (!paidOn.get(p).isAfter(context.asOf())) {
                evidence.add(records.get(p).evidence());
              }
            }
            MemberRule.finding(context, member, "dues-amount.differs").since(month.atDay(1)).argument("month", month)
                .argument("paid", amount.toPlainString()).argument("expected", expected.toPlainString())
                .argument("base", baseAmount.map(BigDecimal::toPlainString).orElse("—"))
                .evidence(List.copyOf(evidence)).emit();
          }
        }
      }
    };
  }
}
