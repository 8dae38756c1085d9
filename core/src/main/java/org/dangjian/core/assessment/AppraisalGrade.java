package org.dangjian.core.assessment;

import org.dangjian.core.Labelled;
import org.dangjian.core.Labels;

/**
 * A grade in the democratic appraisal of members (民主评议党员): national practice, not in the 条例 text.
 *
 * <p>Files carry the {@linkplain #code() code}: the constant's name in lower case with hyphens.
 */
public enum AppraisalGrade implements Labelled {
  /** 优秀. */
  EXCELLENT("优秀", "excellent"),
  /** 合格. */
  QUALIFIED("合格", "qualified"),
  /** 基本合格. */
  BASICALLY_QUALIFIED("基本合格", "basically qualified"),
  /** 不合格. */
  UNQUALIFIED("不合格", "unqualified");

  private final Labels labels;

  AppraisalGrade(String labelZh, String labelEn) {
    this.labels = new Labels(labelZh, labelEn);
  }

  @Override
  public Labels labels() {
    return labels;
  }
}
