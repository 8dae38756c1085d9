package org.dangjian.core.member;

import org.dangjian.core.Labelled;
import org.dangjian.core.Labels;

/**
 * A Party disciplinary sanction (党纪处分, 处分条例 第八条), with the period during which it bars promotion or restricts rights.
 *
 * <p>Files carry the {@linkplain #code() code}: the constant's name in lower case with hyphens.
 */
public enum SanctionKind implements Labelled {
  /** 警告: no promotion within 1 year (处分条例 第十条). */
  WARNING("警告", "warning", 12),
  /** 严重警告: no promotion within 18 months (第十条). */
  SERIOUS_WARNING("严重警告", "serious warning", 18),
  /** 撤销党内职务: no equal or higher Party post within 2 years (第十一条). */
  REMOVAL_FROM_POST("撤销党内职务", "removal from Party posts", 24),
  /** 留党察看: 1 or 2 years without the rights to vote, elect or be elected (第十二条; 党章 第四十一条). */
  PROBATION_WITHIN_PARTY("留党察看", "probation within the Party", 0),
  /** 开除党籍: membership ends; no readmission within 5 years (第十三条). */
  EXPULSION("开除党籍", "expulsion", 60);

  private final Labels labels;

  private final int effectMonths;

  SanctionKind(String labelZh, String labelEn, int effectMonths) {
    this.labels = new Labels(labelZh, labelEn);
    this.effectMonths = effectMonths;
  }

  @Override
  public Labels labels() {
    return labels;
  }

  /**
   * @return how long the sanction's effect lasts in months; for 留党察看 the length is given with each
   *     sanction, so this is 0
   */
  public int effectMonths() {
    return effectMonths;
  }
}
