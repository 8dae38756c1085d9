package org.dangjian.rules.builtin;

import java.util.List;
import org.dangjian.rules.spi.Parameter;
import org.dangjian.core.Labels;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.dues.DuesPayment;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberEvent;
import org.dangjian.core.member.MemberFacts;
import org.dangjian.core.member.MemberStatus;
import org.dangjian.rules.spi.EvaluationContext;
import org.dangjian.rules.spi.Dependencies;
import org.dangjian.rules.spi.Dependencies.Records;
import org.dangjian.rules.spi.Rule;
import org.dangjian.rules.spi.RuleParameters;

/**
 * Membership rules: months in a row without organisational life or without dues (党章 第九条, both
 * grounds for 自行脱党 handling), suspensions that have run their course (教育管理条例 第二十四条), and
 * introduction letters received after their validity. Months before the dataset's first activity (or
 * first dues payment) are not judged: a dataset that starts in January does not make everyone absent in
 * the months before it.
 */
public final class MembershipRules {
  private MembershipRules() {}

  /**
   * The months judged for runs of missed months: from {@code minMonths - 1} before the window (not before
   * the dataset's first record of the kind) to the last month that is over on the day of evaluation, less
   * the grace months. Months are counted by number from the first; each month's first and last day are
   * made once per evaluation, not once per member.
   */
  private static final class JudgedMonths {
    private final YearMonth first;
    private final int count;
    private final LocalDate[] starts;
    private final LocalDate[] ends;
    private final LocalDate windowStart;

    JudgedMonths(EvaluationContext context, int minMonths, int graceMonths, YearMonth recordsFrom) {
      YearMonth from = YearMonth.from(context.window().start()).minusMonths(minMonths - 1L);
      if (from.isBefore(recordsFrom)) {
        from = recordsFrom; // months before the dataset's first record of the kind are not judged
      }
      YearMonth last = YearMonth.from(context.asOf().minusMonths(graceMonths));
      if (!YearMonth.from(context.asOf()).atEndOfMonth().equals(context.asOf())) {
        last = last.minusMonths(1); // the current month is not over
      }
      this.first = from;
      this.count = Math.max(0, (int) (number(last) - number(from) + 1));
      this.starts = new LocalDate[count];
      this.ends = new LocalDate[count];
      for (int i = 0; i < count; i++) {
        YearMonth month = from.plusMonths(i);
        starts[i] = month.atDay(1);
        ends[i] = month.atEndOfMonth();
      }
      this.windowStart = context.window().start();
    }

    private static long number(YearMonth month) {
      return month.getYear() * 12L + month.getMonthValue() - 1;
    }

    /** @return the month's index from the first judged month; negative or {@code >= count} if not judged */
    int indexOf(YearMonth month) {
      return (int) (number(month) - number(first));
    }

    /** @return the index of the month a day falls in */
    int indexOf(LocalDate day) {
      return (int) (day.getYear() * 12L + day.getMonthValue() - 1 - number(first));
    }

    /**
     * Finds runs of consecutive months, ending in the window, in which the member was a member for the
     * whole month and {@code missed} says the month (by index) was missed; reports runs of {@code minMonths} or more.
     */
    void runs(EvaluationContext context, Member member, int minMonths, java.util.function.IntPredicate missed,
        java.util.function.BiConsumer<YearMonth, Integer> report) {
      int runStart = -1;
      for (int i = 0; i < count; i++) {
        // The month's record first: most months are in order, and the status check looks up facts.
        boolean counts = missed.test(i) && context.status(member, starts[i]).isMember()
            && context.status(member, ends[i]).isMember();
        if (counts && runStart < 0) {
          runStart = i;
        }
        if ((!counts || i == count - 1) && runStart >= 0) {
          int runEnd = counts ? i : i - 1;
          if (runEnd - runStart + 1 >= minMonths && !ends[runEnd].isBefore(windowStart)) {
            report.accept(first.plusMonths(runStart), runEnd - runStart + 1);
          }
          runStart = -1;
        }
      }
    }
  }

  /** {@code organisational-life-absence}: {@code minMonths} (6) months in a row without attending any activity. */
  public static final class OrganisationalLifeAbsence extends BuiltInRuleType {
    private static final Parameter<Integer> MIN_MONTHS = Parameter.wholeNumber("minMonths", 1, 120).withMeaning("连续未参加的月数（达到即报告）", "months in a row without attending (reaching it is reported)").withExample("6");

    /** Creates the type. */
    public OrganisationalLifeAbsence() {
      super("organisational-life-absence", new Labels("连续若干个月不参加组织生活", "a member attends no activity for months in a row"),
          List.of(MIN_MONTHS), Dependencies.perBranch(Records.ACTIVITIES, Records.MEMBERS), "organisational-life-absence.months");
    }

    @Override
    Rule rule(RuleParameters parameters) {
      int minMonths = parameters.get(MIN_MONTHS);
      return context -> {
        if (context.dataset().firstActivityDate().isEmpty()) {
          return;
        }
        JudgedMonths judged = new JudgedMonths(context, minMonths, 0, YearMonth.from(context.dataset().firstActivityDate().get()));
        for (Member member : context.members()) {
          // Months attended, as bits by judged month (no object per attendance).
          java.util.BitSet months = new java.util.BitSet();
          for (Activity activity : context.dataset().activitiesAttendedBy(member.id())) {
            int month = judged.indexOf(activity.date());
            if (month >= 0) {
              months.set(month);
            }
          }
          judged.runs(context, member, minMonths, month -> !months.get(month), (start, length) ->
              MemberRule.finding(context, member, "organisational-life-absence.months").since(start.atDay(1))
                  .argument("from", start).argument("months", length).argument("minMonths", minMonths).emit());
        }
      };
    }
  }

  /**
   * {@code dues-arrears}: {@code minMonths} (6) months in a row for which no dues were paid by {@code
   * graceMonths} after the month (0; 2 where the branch agreed to quarterly payment).
   */
  public static final class DuesArrears extends BuiltInRuleType {
    private static final Parameter<Integer> MIN_MONTHS = Parameter.wholeNumber("minMonths", 1, 120).withMeaning("连续未交的月数（达到即报告）", "months in a row unpaid (reaching it is reported)").withExample("6");
    private static final Parameter<Integer> GRACE_MONTHS = Parameter.wholeNumber("graceMonths", 0, 12).withDefault(0).withMeaning("当月之后可补交的月数（按季交纳为2）", "months after the month in which payment still counts (2 for quarterly payment)").withExample("2");

    /** Creates the type. */
    public DuesArrears() {
      super("dues-arrears", new Labels("连续若干个月不交纳党费", "a member pays no dues for months in a row"),
          List.of(MIN_MONTHS, GRACE_MONTHS), Dependencies.perBranch(Records.DUES, Records.MEMBERS), "dues-arrears.months");
    }

    @Override
    Rule rule(RuleParameters parameters) {
      int minMonths = parameters.get(MIN_MONTHS);
      int graceMonths = parameters.get(GRACE_MONTHS);
      return context -> {
        if (context.dataset().firstDuesMonth().isEmpty()) {
          return;
        }
        JudgedMonths judged = new JudgedMonths(context, minMonths, graceMonths, context.dataset().firstDuesMonth().get());
        org.dangjian.core.record.Records<DuesPayment> payments = context.dataset().records(DuesPayment.KIND);
        // Each judged month's last day of payment, worked out once: the end of the month, or of the grace months after it.
        LocalDate[] deadlines = new LocalDate[judged.count];
        for (int i = 0; i < deadlines.length; i++) {
          deadlines[i] = YearMonth.from(judged.starts[i]).plusMonths(graceMonths).atEndOfMonth();
        }
        for (Member member : context.members()) {
          // The months paid for in time (by the end of the month, or of the grace months after it), as bits by
          // judged month; the months and days read from the payments' columns, which hold a month's payments together.
          java.util.BitSet paid = new java.util.BitSet();
          List<DuesPayment> records = payments.by(DuesPayment.BY_MEMBER, member.id());
          List<java.time.YearMonth> months = payments.values(records, DuesPayment.MONTH);
          List<LocalDate> paidOn = payments.values(records, DuesPayment.PAID_ON);
          for (int p = 0; p < months.size(); p++) {
            int month = judged.indexOf(months.get(p));
            // Only the judged months are read by the runs below.
            if (month >= 0 && month < deadlines.length && !paidOn.get(p).isAfter(deadlines[month])) {
              paid.set(month);
            }
          }
          judged.runs(context, member, minMonths, month -> !paid.get(month), (start, length) ->
              MemberRule.finding(context, member, "dues-arrears.months").since(start.atDay(1)).argument("from", start)
                  .argument("months", length).argument("minMonths", minMonths).emit());
        }
      };
    }
  }

  /** {@code suspension-duration}: membership suspended for {@code years} (2) or more: removal (除名) is due. */
  public static final class SuspensionDuration extends MemberRule {
    private static final Parameter<Integer> YEARS = Parameter.wholeNumber("years", 1, 50).withMeaning("停止党籍的年数（满即应除名）", "years of suspension after which removal is due").withExample("2");

    /** Creates the type. */
    public SuspensionDuration() {
      super("suspension-duration", new Labels("停止党籍满规定年限应予除名", "membership suspended for the years given is due for removal"),
          List.of(YEARS), "suspension-duration.removal-due");
    }

    @Override
    Check bind(RuleParameters parameters) {
      int years = parameters.get(YEARS);
      return (context, member) -> {
        MemberFacts facts = context.facts(member, context.asOf());
        if (facts.status() == MemberStatus.SUSPENDED && facts.suspendedSince().isPresent()) {
          LocalDate due = facts.suspendedSince().get().plusYears(years);
          if (!due.isAfter(context.asOf())) {
            finding(context, member, "suspension-duration.removal-due").since(due)
                .argument("suspended", facts.suspendedSince().get()).argument("years", years).emit();
          }
        }
      };
    }
  }

  /**
   * {@code transfer-letter}: the introduction letter (介绍信) of a transfer that left a "口袋党员" —
   * {@code transfer-letter.expired}, a letter received here after its validity; {@code
   * transfer-letter.no-receipt}, a member still transferred out whose letter's validity has passed with no
   * receipt (回执) recorded (reported while it is missing, from the day after the validity); {@code
   * transfer-letter.late-receipt}, a receipt that came back after the validity (judged in the window it
   * came in). A letter is valid through its {@code validUntil} day.
   */
  public static final class TransferLetter extends MemberRule {
    /** Creates the type. */
    public TransferLetter() {
      super("transfer-letter", new Labels("组织关系介绍信在有效期内转接", "a transfer letter is received while it is valid"),
          List.of(), "transfer-letter.expired", "transfer-letter.no-receipt", "transfer-letter.late-receipt");
    }

    private static MemberEvent.TransferredOut lastTransferOut(Member member) {
      MemberEvent.TransferredOut last = null;
      for (MemberEvent event : member.history()) {
        if (event instanceof MemberEvent.TransferredOut out) {
          last = out;
        }
      }
      return last;
    }

    @Override
    Check bind(RuleParameters parameters) {
      return (context, member) -> {
        for (MemberEvent event : member.history()) {
          if (event instanceof MemberEvent.TransferredIn in && judged(context, in.date())
              && in.date().isAfter(in.letter().validUntil())) {
            finding(context, member, "transfer-letter.expired").since(in.letter().validUntil().plusDays(1))
                .argument("letter", in.letter().number()).argument("validUntil", in.letter().validUntil())
                .argument("received", in.date()).emit();
          } else if (event instanceof MemberEvent.TransferredOut out) {
            LocalDate validUntil = out.letter().validUntil();
            Optional<LocalDate> receipt = out.receipt();
            if (receipt.isEmpty() && validUntil.isBefore(context.asOf()) && out == lastTransferOut(member)
                && context.status(member, context.asOf()) == MemberStatus.TRANSFERRED_OUT) {
              finding(context, member, "transfer-letter.no-receipt").since(validUntil.plusDays(1))
                  .argument("letter", out.letter().number()).argument("to", out.to()).argument("issued", out.letter().issued())
                  .argument("validUntil", validUntil).emit();
            } else if (receipt.isPresent() && receipt.get().isAfter(validUntil) && judged(context, receipt.get())) {
              finding(context, member, "transfer-letter.late-receipt").since(validUntil.plusDays(1))
                  .argument("letter", out.letter().number()).argument("to", out.to()).argument("validUntil", validUntil)
                  .argument("receipt", receipt.get()).emit();
            }
          }
        }
      };
    }
  }
}
