package org.dangjian.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.List;
import java.util.Optional;
import java.util.RandomAccess;
import org.dangjian.core.Labels;
import org.dangjian.core.activity.ActivityId;
import org.dangjian.core.assessment.LedgerEntry;
import org.dangjian.core.dues.DuesPayment;
import org.dangjian.core.time.ReportingPeriod;
import org.jspecify.annotations.Nullable;

/**
 * A card's line items held as columns of primitives — item, day, worth and points in whole units of the
 * run's scale, the record a line rests on and why its points differ from its worth — and made into
 * {@link LineItem}s only when read. Scoring a city makes millions of lines that most callers never
 * read one by one (a ranking, a grade count); this keeps their cost to a few arrays per card.
 * Immutable.
 */
final class CompactLines extends AbstractList<LineItem> implements RandomAccess {
  /** A day for a line without one: after every real day. */
  static final int UNDATED = Integer.MAX_VALUE;

  // What a line's evidence reference is.
  static final byte TEXT = 0;
  static final byte ACTIVITY = 1;
  static final byte LEDGER = 2;
  static final byte COMMITMENT = 3;
  static final byte DUES = 4;
  static final byte PRORATE = 5;

  // Why a line's points differ from its worth.
  static final byte NO_NOTE = 0;
  static final byte SUPERSEDED = 1;
  static final byte PERIOD_CAP = 2;
  static final byte YEAR_CAP = 3;
  static final byte VETOED = 4;
  static final byte PRORATED = 5;

  /** The best occurrence of a non-stacking group, named in the note of each line it supersedes. */
  record Superseded(String group, String bestItem, long bestWorth) {}

  /** An extrapolation's note: what was earned in how many months, and the full-year figure (at the cap or not). */
  record Extrapolated(long earned, long full, boolean atCap) {}

  private final CardPlan plan;
  private final String subject;
  private final int months;
  private final int[] item;
  private final int[] day;
  private final long[] worth;
  private final long[] points;
  private final byte[] evidenceKind;
  private final @Nullable Object[] evidence;
  private final byte[] noteKind;
  private final @Nullable Object[] noteArgument;

  CompactLines(CardPlan plan, String subject, int months, int[] item, int[] day, long[] worth, long[] points, byte[] evidenceKind,
      @Nullable Object[] evidence, byte[] noteKind, @Nullable Object[] noteArgument) {
    this.plan = plan;
    this.subject = subject;
    this.months = months;
    this.item = item;
    this.day = day;
    this.worth = worth;
    this.points = points;
    this.evidenceKind = evidenceKind;
    this.evidence = evidence;
    this.noteKind = noteKind;
    this.noteArgument = noteArgument;
  }

  @Override
  public int size() {
    return item.length;
  }

  @Override
  public LineItem get(int index) {
    ScoringScheme.Item of = plan.items[item[index]];
    Optional<LocalDate> date = day[index] == UNDATED ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(day[index]));
    return new LineItem(of.id(), of.block(), date.orElse(null), plan.decimal(worth[index]), plan.decimal(points[index]),
        evidence(plan, subject, months, evidenceKind[index], evidence[index]), note(of, date, noteKind[index], noteArgument[index]));
  }

  /**
   * A ledger entry as a line holds it: the member's entries, their categories and its row among them, the
   * entry made only when the line's evidence is rendered.
   */
  record LedgerRow(List<LedgerEntry> entries, List<String> categories, int row) {
    LedgerEntry made() {
      return entries.get(row);
    }

    String category() {
      return categories.get(row);
    }
  }

  /**
   * A month's payment as a dues line holds it: the member's payments and its row among them, the record made
   * only when the line's evidence is rendered.
   */
  record PaymentRow(List<DuesPayment> payments, int row) {
    DuesPayment made() {
      return payments.get(row);
    }
  }

  /** @return a line's evidence as {@code kind:id}, from what the line holds */
  static String evidence(CardPlan plan, String subject, int months, byte kind, @Nullable Object reference) {
    return switch (kind) {
      case ACTIVITY -> "activity:" + ((ActivityId) reference).value();
      case LEDGER -> ((LedgerRow) reference).made().evidence();
      // A commitment's item: the commitment's evidence and the item's number, made when the line was.
      case COMMITMENT -> (String) reference;
      // A month's dues: the payment where one was made, else by member and month.
      case DUES -> reference instanceof PaymentRow payment ? payment.made().evidence()
          : "dues:" + subject + "@" + java.time.YearMonth.of(plan.year, (Integer) reference);
      case PRORATE -> "prorate:" + subject + "@" + plan.year + " (" + months + " of 12 months)";
      default -> (String) reference;
    };
  }

  private @Nullable Labels note(ScoringScheme.Item of, Optional<LocalDate> date, byte kind, @Nullable Object argument) {
    switch (kind) {
      case SUPERSEDED -> {
        Superseded s = (Superseded) argument;
        String bestWorth = plan.decimal(s.bestWorth()).toPlainString();
        return new Labels("同组（" + s.group() + "）只计最高一项：" + s.bestItem() + "（" + bestWorth + "）",
            "superseded in group " + s.group() + " by " + s.bestItem() + " (" + bestWorth + ")");
      }
      case PERIOD_CAP -> {
        ScoringScheme.PeriodCap cap = of.periodCap().orElseThrow();
        ReportingPeriod period = ReportingPeriod.containing(cap.per(), date.orElseThrow());
        return new Labels("每" + cap.per().labelZh() + "最多" + cap.max().toPlainString() + "（" + period + "）",
            "capped at " + cap.max().toPlainString() + " a " + cap.per().code() + " (" + period + ")");
      }
      case YEAR_CAP -> {
        String cap = of.yearCap().orElseThrow().toPlainString();
        return new Labels("每年最多" + cap, "capped at " + cap + " a year");
      }
      case VETOED -> {
        ScoringScheme.Item veto = plan.items[(Integer) argument];
        return new Labels("因" + veto.labels().zh() + "一票否决归零", "zeroed by veto " + veto.id());
      }
      case PRORATED -> {
        Extrapolated e = (Extrapolated) argument;
        String earned = plan.decimal(e.earned()).toPlainString();
        String full = plan.decimal(e.full()).toPlainString();
        return new Labels(months + "个月得" + earned + "，按全年折算为" + full + (e.atCap() ? "（年度上限）" : ""),
            earned + " earned in " + months + " months, extrapolated to " + full + (e.atCap() ? " (the yearly cap)" : ""));
      }
      default -> {
        return null;
      }
    }
  }

  /** @return the sum of the lines' points in the given block, as a decimal */
  BigDecimal blockSum(int block) {
    long sum = 0;
    for (int i = 0; i < item.length; i++) {
      if (plan.blockOf[item[i]] == block) {
        sum = plan.add(sum, points[i]);
      }
    }
    return plan.decimal(sum);
  }
}
