package org.dangjian.rules.builtin;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;
import org.dangjian.core.dues.DuesPayment;
import org.dangjian.core.member.Member;
import org.dangjian.rules.dues.DuesCalculator;
import org.dangjian.rules.dues.DuesSchedule;
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
    super("dues-amount", "dues-amount.differs");
  }

  @Override
  public Rule create(RuleParameters parameters) {
    DuesCalculator calculator = DuesCalculator.of(DuesSchedule.from(parameters));
    return context -> {
      for (Member member : context.dataset().members()) {
        // Several payments for one month are added up.
        java.util.Map<YearMonth, BigDecimal> paid = new java.util.TreeMap<>();
        for (DuesPayment payment : context.dataset().duesPaymentsOf(member.id())) {
          if (context.window().contains(payment.month().atDay(1)) && !payment.paidOn().isAfter(context.asOf())) {
            paid.merge(payment.month(), payment.amount(), BigDecimal::add);
          }
        }
        paid.forEach((month, amount) -> {
          Optional<BigDecimal> owed = calculator.monthlyDues(context.dataset(), member, month);
          if (owed.isEmpty()) {
            return;
          }
          BigDecimal expected = owed.get();
          Optional<BigDecimal> base = calculator.baseFor(context.dataset(), member, month);
          if (expected.compareTo(amount) != 0) {
            MemberRule.finding(context, member, "dues-amount.differs").since(month.atDay(1)).argument("month", month)
                .argument("paid", amount.toPlainString()).argument("expected", expected.toPlainString())
                .argument("base", base.map(BigDecimal::toPlainString).orElse("—")).emit();
          }
        });
      }
    };
  }
}
