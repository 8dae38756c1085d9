package org.dangjian.core.assessment;

import org.dangjian.core.Labelled;
import org.dangjian.core.Labels;

/**
 * How a year-start commitment (年初承诺) turned out at the year-end review.
 *
 * <p>Files carry the {@linkplain #code() code}: the constant's name in lower case with hyphens.
 */
public enum CommitmentOutcome implements Labelled {
  /** 已践诺: kept. */
  KEPT("已践诺", "kept"),
  /** 部分践诺: partly kept. */
  PARTLY_KEPT("部分践诺", "partly kept"),
  /** 未践诺: broken. */
  BROKEN("未践诺", "broken");

  private final Labels labels;

  CommitmentOutcome(String labelZh, String labelEn) {
    this.labels = new Labels(labelZh, labelEn);
  }

  @Override
  public Labels labels() {
    return labels;
  }
}
