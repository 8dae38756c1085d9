package org.dangjian.core.governance;

import org.dangjian.core.Labelled;
import org.dangjian.core.Labels;

/**
 * What a {@link DutyReport} (述职) reports on.
 *
 * <p>Files carry the {@linkplain #code() code}: the constant's name in lower case with hyphens.
 */
public enum DutyReportKind implements Labelled {
  /** 抓基层党建工作述职: a secretary's yearly report on the Party work of the organisation led. */
  PARTY_WORK("抓基层党建工作述职", "report on Party work"),
  /** 述职述廉: a principal's report on duty and integrity to the bureau's committee. */
  DUTY_AND_INTEGRITY("述职述廉", "report on duty and integrity");

  private final Labels labels;

  DutyReportKind(String labelZh, String labelEn) {
    this.labels = new Labels(labelZh, labelEn);
  }

  @Override
  public Labels labels() {
    return labels;
  }
}
