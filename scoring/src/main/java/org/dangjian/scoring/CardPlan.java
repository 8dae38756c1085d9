package org.dangjian.scoring;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.dangjian.core.ValidationException;
import org.jspecify.annotations.Nullable;

/**
 * A scheme made ready to score one year fast: its figures as whole numbers of units of one scale (the
 * most decimals any figure has, and at least the cent), the block of each item, the non-stacking groups
 * by number, the activity types and ledger categories the items read by number (so that one pass over a
 * member's records feeds every item), and the day each dues limit falls on. Made once per scheme and
 * run; read by every thread scoring.
 */
final class CardPlan {
  /** No figure: an item without points (a ledger entry's own points count, or an amount). */
  static final long NONE = Long.MIN_VALUE;

  final ScoringScheme scheme;
  final int year;
  /** Decimals of every amount held as a whole number. */
  final int scale;
  final ScoringScheme.Item[] items;
  final int[] blockOf;
  final long[] points;
  final long[] yearCap;
  final long[] periodCap;
  /** Each item's non-stacking group by number, or -1. */
  final int[] groupOf;
  final List<String> groups = new ArrayList<>();
  /** The activity types attendance items read, by number; each attendance item's types by number, in its order, once each. */
  final Map<String, Integer> activityTypes = new HashMap<>();
  final int[][] itemActivityTypes;
  /** The ledger categories ledger items read, by number; each ledger item's categories by number, once each. */
  final Map<String, Integer> categories = new HashMap<>();
  final int[][] itemCategories;
  /** Each item's period cap's kind, or null. */
  final org.dangjian.core.time.@Nullable PeriodKind[] periodCapPer;
  /** For dues items: each month's limit as a day number. */
  final int[][] duesLimits;
  /** Whether any item reads the dues year. */
  final boolean readsDues;
  /** The last day of each month of the year, as dates and as day numbers. */
  final java.time.LocalDate[] monthEndDates = new java.time.LocalDate[12];
  final int[] monthEnds = new int[12];
  final int yearEnd;
  /** The first day of the year as a day number, and the month (0 to 11) of each day of the year. */
  final int yearStart;
  final byte[] monthOfDay;
  private final long unit;

  CardPlan(ScoringScheme scheme, int year) {
    this.scheme = scheme;
    this.year = year;
    List<ScoringScheme.Item> list = scheme.items();
    int n = list.size();
    items = list.toArray(new ScoringScheme.Item[0]);
    int decimals = 2;
    for (ScoringScheme.Item item : items) {
      decimals = Math.max(decimals, decimals(item.points().orElse(BigDecimal.ZERO)));
      decimals = Math.max(decimals, decimals(item.yearCap().orElse(BigDecimal.ZERO)));
      decimals = Math.max(decimals, decimals(item.periodCap().map(ScoringScheme.PeriodCap::max).orElse(BigDecimal.ZERO)));
    }
    scale = decimals;
    unit = BigDecimal.ONE.movePointRight(scale - 2).longValueExact();
    blockOf = new int[n];
    points = new long[n];
    yearCap = new long[n];
    periodCap = new long[n];
    periodCapPer = new org.dangjian.core.time.PeriodKind[n];
    groupOf = new int[n];
    itemActivityTypes = new int[n][];
    itemCategories = new int[n][];
    duesLimits = new int[n][];
    for (int m = 0; m < 12; m++) {
      monthEndDates[m] = YearMonth.of(year, m + 1).atEndOfMonth();
      monthEnds[m] = (int) monthEndDates[m].toEpochDay();
    }
    yearEnd = monthEnds[11];
    yearStart = (int) java.time.LocalDate.of(year, 1, 1).toEpochDay();
    monthOfDay = new byte[yearEnd - yearStart + 1];
    for (int d = 0, m = 0; d < monthOfDay.length; d++) {
      if (yearStart + d > monthEnds[m]) {
        m++;
      }
      monthOfDay[d] = (byte) m;
    }
    List<ScoringScheme.Block> blocks = scheme.blocks();
    for (int i = 0; i < n; i++) {
      ScoringScheme.Item item = items[i];
      blockOf[i] = -1;
      for (int b = 0; b < blocks.size(); b++) {
        if (blocks.get(b).id().equals(item.block())) {
          blockOf[i] = b;
        }
      }
      points[i] = item.points().map(this::units).orElse(NONE);
      yearCap[i] = item.yearCap().map(this::units).orElse(NONE);
      periodCap[i] = item.periodCap().map(c -> units(c.max())).orElse(NONE);
      periodCapPer[i] = item.periodCap().map(ScoringScheme.PeriodCap::per).orElse(null);
      if (periodCapPer[i] != null && periodCapPer[i] != org.dangjian.core.time.PeriodKind.WEEK) {
        periodStarts.computeIfAbsent(periodCapPer[i], per -> {
          long[] starts = new long[12];
          for (int m = 0; m < 12; m++) {
            starts[m] = org.dangjian.core.time.ReportingPeriod.containing(per, YearMonth.of(year, m + 1).atDay(1)).start().toEpochDay();
          }
          return starts;
        });
      }
      groupOf[i] = item.group().map(g -> {
        int at = groups.indexOf(g);
        if (at < 0) {
          groups.add(g);
          at = groups.size() - 1;
        }
        return at;
      }).orElse(-1);
      Evidence evidence = item.evidence();
      if (evidence instanceof Evidence.Attendance a) {
        itemActivityTypes[i] = numbered(a.activityTypes(), activityTypes);
      } else if (evidence instanceof Evidence.Ledger l) {
        itemCategories[i] = numbered(l.categories(), categories);
      } else if (evidence instanceof Evidence.DuesPaid d) {
        duesLimits[i] = limits(d.graceMonths());
      } else if (evidence instanceof Evidence.DuesArrears d) {
        duesLimits[i] = limits(d.moreThanMonths());
      }
    }
    readsDues = java.util.Arrays.stream(duesLimits).anyMatch(java.util.Objects::nonNull);
  }

  /** The day each month's period of the given kind starts, by month of the year (not for weeks). */
  private final java.util.EnumMap<org.dangjian.core.time.PeriodKind, long[]> periodStarts =
      new java.util.EnumMap<>(org.dangjian.core.time.PeriodKind.class);

  long[] periodStarts(org.dangjian.core.time.PeriodKind per) {
    return periodStarts.get(per);
  }

  private int[] limits(int months) {
    int[] limits = new int[12];
    for (int m = 0; m < 12; m++) {
      limits[m] = (int) YearMonth.of(year, m + 1).plusMonths(months).atEndOfMonth().toEpochDay();
    }
    return limits;
  }

  private static int[] numbered(java.util.Collection<String> codes, Map<String, Integer> numbers) {
    return new LinkedHashSet<>(codes).stream().mapToInt(code -> numbers.computeIfAbsent(code, k -> numbers.size())).toArray();
  }

  private static int decimals(BigDecimal value) {
    return Math.max(0, value.stripTrailingZeros().scale());
  }

  /**
   * @param value an amount with no more decimals than the plan's scale (figures, ledger points, amounts to the cent)
   * @return it as a whole number of units
   */
  long units(BigDecimal value) {
    try {
      return value.movePointRight(scale).longValueExact();
    } catch (ArithmeticException e) {
      throw tooLarge(value.toPlainString());
    }
  }

  /** @return a whole number of units as a decimal in its simplest form ({@code 1}, {@code 0.5}, {@code 0}) */
  BigDecimal decimal(long units) {
    return units == 0 ? BigDecimal.ZERO : BigDecimal.valueOf(units, scale).stripTrailingZeros();
  }

  /** @return {@code earned} (units, positive) times 12 over {@code months}, to the cent, half up */
  long extrapolated(long earned, int months) {
    long twelve = Math.multiplyExact(earned, 12L);
    long per = Math.multiplyExact((long) months, unit);
    return Math.multiplyExact((twelve * 2 + per) / (2 * per), unit);
  }

  /** @return the sum, or a problem naming the scheme if it leaves the range exact arithmetic covers */
  long add(long a, long b) {
    try {
      return Math.addExact(a, b);
    } catch (ArithmeticException e) {
      throw tooLarge(a + " + " + b + " units");
    }
  }

  private ValidationException tooLarge(String what) {
    return ValidationException.of("scheme", "limit-exceeded", "the scheme " + scheme + " adds up to more than exact arithmetic at "
        + scale + " decimals holds (" + what + "): a card's amounts stay within ±" + BigDecimal.valueOf(Long.MAX_VALUE, scale)
        .setScale(0, java.math.RoundingMode.DOWN).toPlainString() + " points");
  }
}
