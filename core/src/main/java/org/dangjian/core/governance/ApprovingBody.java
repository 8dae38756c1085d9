package org.dangjian.core.governance;

import org.dangjian.core.Labelled;
import org.dangjian.core.Labels;

/**
 * Who adopted or approved a {@link GovernanceDocument}: a charter is approved (核准) by the education
 * bureau after the staff congress has discussed it; rules of procedure are adopted by the meeting they
 * govern or by the Party organisation.
 *
 * <p>Files carry the {@linkplain #code() code}: the constant's name in lower case with hyphens.
 */
public enum ApprovingBody implements Labelled {
  /** 教育行政部门: the education bureau, which approves (核准) charters. */
  BUREAU("教育行政部门", "education bureau"),
  /** 学校党组织会议: the school Party organisation's meeting. */
  PARTY_ORGANISATION_MEETING("学校党组织会议", "the school Party organisation's meeting"),
  /** 校长办公会议: the principal's office meeting. */
  PRINCIPAL_OFFICE_MEETING("校长办公会议", "the principal's office meeting"),
  /** 教职工代表大会: the staff congress. */
  STAFF_CONGRESS("教职工代表大会", "staff congress"),
  /** 董事会（理事会）: a private school's board. */
  BOARD("董事会（理事会）", "board");

  private final Labels labels;

  ApprovingBody(String labelZh, String labelEn) {
    this.labels = new Labels(labelZh, labelEn);
  }

  @Override
  public Labels labels() {
    return labels;
  }
}
