package org.dangjian.core.supervision;

import org.dangjian.core.Labelled;
import org.dangjian.core.Labels;

/**
 * A {@link Correction}'s state on a day, worked out from its dates: nothing is stored that could disagree
 * with them.
 *
 * <p>Reports carry the {@linkplain #code() code}: the constant's name in lower case with hyphens.
 */
public enum CorrectionStatus implements Labelled {
  /** Not yet opened that day. */
  NOT_OPENED("尚未开始", "not yet opened"),
  /** 整改中: open, its deadline not passed. */
  OPEN("整改中", "open"),
  /** 逾期未整改: open after its deadline. */
  OVERDUE("逾期未整改", "overdue"),
  /** 已销号: closed on or before its deadline. */
  CLOSED("已销号", "closed"),
  /** 逾期销号: closed, but after its deadline. */
  CLOSED_LATE("逾期销号", "closed late");

  private final Labels labels;

  CorrectionStatus(String zh, String en) {
    this.labels = new Labels(zh, en);
  }

  @Override
  public Labels labels() {
    return labels;
  }

  /** @return whether it is closed, in time or late */
  public boolean isClosed() {
    return this == CLOSED || this == CLOSED_LATE;
  }
}
