package org.dangjian.core.member;

import org.dangjian.core.Labelled;
import org.dangjian.core.Labels;

/**
 * A share of a whole, read as Chinese regulations read it: 以上 includes the figure itself, 超过
 * does not. So exactly half meets {@link #AT_LEAST_HALF} (半数以上) and fails {@link
 * #MORE_THAN_HALF} (超过半数). Exact integer arithmetic; no rounding.
 */
public enum Threshold implements Labelled {
  /** 半数以上: at least half, half included. */
  AT_LEAST_HALF("半数以上", "at least half", 1, 2, true),
  /** 超过半数: more than half, half excluded. */
  MORE_THAN_HALF("超过半数", "more than half", 1, 2, false),
  /** 三分之二以上: at least two thirds, two thirds included (school Party meetings on appointments). */
  AT_LEAST_TWO_THIRDS("三分之二以上", "at least two thirds", 2, 3, true);

  private final Labels labels;
  private final int numerator;
  private final int denominator;
  private final boolean inclusive;

  Threshold(String labelZh, String labelEn, int numerator, int denominator, boolean inclusive) {
    this.labels = new Labels(labelZh, labelEn);
    this.numerator = numerator;
    this.denominator = denominator;
    this.inclusive = inclusive;
  }

  /**
   * @param count the part, for example votes in favour
   * @param whole the whole, for example entitled voters
   * @return whether {@code count} reaches this share of {@code whole}
   */
  public boolean isMetBy(long count, long whole) {
    long scaledCount = count * denominator;
    long scaledShare = whole * numerator;
    return inclusive ? scaledCount >= scaledShare : scaledCount > scaledShare;
  }

  @Override
  public Labels labels() {
    return labels;
  }
}
