package org.dangjian.core.member;

import org.dangjian.core.Labelled;
import org.dangjian.core.internal.Codes;

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

  private final String labelZh;
  private final String labelEn;

  RemovalKind(String labelZh, String labelEn) {
    this.labelZh = labelZh;
    this.labelEn = labelEn;
  }

  @Override
  public String code() {
    return Codes.codeOf(this);
  }

  @Override
  public String labelZh() {
    return labelZh;
  }

  @Override
  public String labelEn() {
    return labelEn;
  }
}
