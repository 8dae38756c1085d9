package org.dangjian.rules.dues;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dues.DuesBase;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberCategory;
import org.dangjian.rules.RuleSet;

/**
 * Computes what a member owes for a month: the schedule applied to the base the member declared for
 * that month (the latest declaration from that month or before). Students pay the schedule's fixed
 * amount without a base. Exact decimals; immutable and thread-safe.
 */
public final class DuesCalculator {
  private final DuesSchedule schedule;

  private DuesCalculator(DuesSchedule schedule) {
    this.schedule = Objects.requireNonNull(schedule, "schedule");
  }

  /**
   * @param schedule a dues schedule
   * @return a calculator using it
   */
  public static DuesCalculator of(DuesSchedule schedule) {
    Objects.requireNonNull(schedule, "schedule");
    return new DuesCalculator(schedule);
  }

  /**
   * @param ruleSet a resolved rule set with a {@code dues-amount} rule
   * @return a calculator using its schedule
   */
  public static DuesCalculator of(RuleSet ruleSet) {
    Objects.requireNonNull(ruleSet, "ruleSet");
    return new DuesCalculator(DuesSchedule.of(ruleSet));
  }

  /** @return the schedule */
  public DuesSchedule schedule() {
    return schedule;
  }

  /**
   * @param dataset the records holding the member's declared bases
   * @param member the member
   * @param month the month
   * @return the dues for the month; empty when the member pays by rate but declared no base for it
   */
  public Optional<BigDecimal> monthlyDues(Dataset dataset, Member member, YearMonth month) {
    return monthlyDues(member, baseFor(dataset, member, month));
  }

  /**
   * @param member the member
   * @param base the base the member declared for the month, if any ({@link #baseFor(List, YearMonth)})
   * @return the dues for the month; empty when the member pays by rate but declared no base for it
   */
  public Optional<BigDecimal> monthlyDues(Member member, Optional<BigDecimal> base) {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(base, "base");
    if (member.category() == MemberCategory.STUDENT) {
      return Optional.of(schedule.monthlyDues(MemberCategory.STUDENT, BigDecimal.ZERO));
    }
    return base.map(b -> schedule.monthlyDues(member.category(), b));
  }

  /**
   * @param dataset the records holding the member's declared bases
   * @param member the member
   * @param month the month
   * @return the base the member declared for the month, if any
   */
  public Optional<BigDecimal> baseFor(Dataset dataset, Member member, YearMonth month) {
    return baseFor(dataset.duesBasesOf(member.id()), month);
  }

  /**
   * @param declared a member's declared bases ({@link Dataset#duesBasesOf}), read once for many months
   * @param month the month
   * @return the base declared for the month — the latest declaration from that month or before — if any
   */
  public static Optional<BigDecimal> baseFor(List<DuesBase> declared, YearMonth month) {
    Objects.requireNonNull(declared, "declared");
    int at = declaredFor(com.google.common.collect.Lists.transform(declared, DuesBase::from), month);
    return at < 0 ? Optional.empty() : Optional.of(declared.get(at).monthlyBase());
  }

  /**
   * @param from the first month of each of a member's declared bases, in their order (their {@link DuesBase#FROM}
   *     column: {@code Records.values})
   * @param month the month
   * @return the position of the base declared for the month — the latest declaration from that month or before,
   *     the first such if several — or -1 if none
   */
  public static int declaredFor(List<YearMonth> from, YearMonth month) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(month, "month");
    int latest = -1;
    for (int b = 0; b < from.size(); b++) {
      if (!from.get(b).isAfter(month) && (latest < 0 || from.get(b).isAfter(from.get(latest)))) {
        latest = b;
      }
    }
    return latest;
  }
}
