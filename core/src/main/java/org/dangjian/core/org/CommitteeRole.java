package org.dangjian.core.org;

import org.dangjian.core.Labelled;
import org.dangjian.core.Labels;

/**
 * A position in a committee or in a small branch's leadership (支部条例 ch. 6).
 *
 * <p>Files carry the {@linkplain #code() code}: the constant's name in lower case with hyphens.
 */
public enum CommitteeRole implements Labelled {
  /** 书记. */
  SECRETARY("书记", "secretary"),
  /** 副书记. */
  DEPUTY_SECRETARY("副书记", "deputy secretary"),
  /** 组织委员. */
  ORGANISATION_MEMBER("组织委员", "organisation member"),
  /** 宣传委员. */
  PUBLICITY_MEMBER("宣传委员", "publicity member"),
  /** 纪检委员. */
  DISCIPLINE_MEMBER("纪检委员", "discipline member"),
  /** 委员 without a named portfolio. */
  COMMITTEE_MEMBER("委员", "committee member"),
  /** 党小组组长, appointed by the branch or recommended by the group. */
  GROUP_LEADER("党小组组长", "group leader");

  private final Labels labels;

  CommitteeRole(String labelZh, String labelEn) {
    this.labels = new Labels(labelZh, labelEn);
  }

  @Override
  public Labels labels() {
    return labels;
  }
}
