package org.dangjian.core.member;

import org.dangjian.core.Labelled;
import org.dangjian.core.Labels;

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

  private final Labels labels;

  Gender(String labelZh, String labelEn) {
    this.labels = new Labels(labelZh, labelEn);
  }

  @Override
  public Labels labels() {
    return labels;
  }
}
