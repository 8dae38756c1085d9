package org.dangjian.core.governance;

import org.dangjian.core.Labelled;
import org.dangjian.core.Labels;

/**
 * Who rated a {@link DutyReport}, counted as a group and never named (民主测评).
 *
 * <p>Files carry the {@linkplain #code() code}: the constant's name in lower case with hyphens.
 */
public enum RaterGroup implements Labelled {
  /** 党员: the members of the organisation. */
  MEMBERS("党员", "members"),
  /** 党外教师: teachers who are not Party members. */
  NON_MEMBER_TEACHERS("党外教师", "teachers who are not members");

  private final Labels labels;

  RaterGroup(String labelZh, String labelEn) {
    this.labels = new Labels(labelZh, labelEn);
  }

  @Override
  public Labels labels() {
    return labels;
  }
}
