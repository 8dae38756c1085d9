package org.dangjian.core.member;

import org.dangjian.core.Labelled;
import org.dangjian.core.Labels;

/**
 * How a member was removed (党章 第九条).
 *
 * <p>Files carry the {@linkplain #code() code}: the constant's name in lower case with hyphens.
 */
public enum RemovalKind implements Labelled {
  /** 除名: struck off by decision of the branch meeting. */
  STRUCK_OFF("除名", "struck off"),
  /** 自行脱党: treated as having left, after six months without organisational life, dues or assigned work. */
  LAPSED("自行脱党", "lapsed");

  private final Labels labels;

  RemovalKind(String labelZh, String labelEn) {
    this.labels = new Labels(labelZh, labelEn);
  }

  @Override
  public Labels labels() {
    return labels;
  }
}
