package org.dangjian.core.governance;

import org.dangjian.core.Labelled;
import org.dangjian.core.Labels;

/**
 * What kind of matter a {@link Decision} settles: one of the four 三重一大 — which the school Party
 * organisation's meeting decides collectively before the principal's office meeting carries it out
 * (校长负责制意见) — or an ordinary matter.
 *
 * <p>Files carry the {@linkplain #code() code}: the constant's name in lower case with hyphens.
 */
public enum MatterCategory implements Labelled {
  /** 重大事项决策. */
  MAJOR_DECISION("重大事项决策", "major decision"),
  /** 重要干部任免: an appointment or removal of a cadre, decided with at least two thirds present. */
  APPOINTMENT("重要干部任免", "appointment or removal of a cadre"),
  /** 重要项目安排. */
  MAJOR_PROJECT("重要项目安排", "major project"),
  /** 大额资金使用. */
  LARGE_FUNDS("大额资金使用", "use of large funds"),
  /** 一般事项: anything else. */
  ORDINARY("一般事项", "ordinary matter");

  private final Labels labels;

  MatterCategory(String labelZh, String labelEn) {
    this.labels = new Labels(labelZh, labelEn);
  }

  @Override
  public Labels labels() {
    return labels;
  }

  /** @return whether it is one of the four 三重一大 */
  public boolean isMajor() {
    return this != ORDINARY;
  }
}
