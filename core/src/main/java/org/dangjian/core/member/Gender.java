package org.dangjian.core.member;

import org.dangjian.core.Labelled;
import org.dangjian.core.internal.Codes;

/**
 * A member's gender as recorded in the Party roll.
 *
 * <p>Files carry the {@linkplain #code() code}: the constant's name in lower case with hyphens.
 */
public enum Gender implements Labelled {
  /** 男. */
  MALE("男", "male"),
  /** 女. */
  FEMALE("女", "female");

  private final String labelZh;
  private final String labelEn;

  Gender(String labelZh, String labelEn) {
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
