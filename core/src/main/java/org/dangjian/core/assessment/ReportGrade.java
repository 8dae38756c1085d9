package org.dangjian.core.assessment;

import org.dangjian.core.Labelled;
import org.dangjian.core.Labels;

/**
 * A rating of a secretary's report on Party building (书记抓党建述职评议).
 *
 * <p>Files carry the {@linkplain #code() code}: the constant's name in lower case with hyphens.
 */
public enum ReportGrade implements Labelled {
  /** 好. */
  GOOD("好", "good"),
  /** 较好. */
  FAIRLY_GOOD("较好", "fairly good"),
  /** 一般. */
  AVERAGE("一般", "average"),
  /** 差. */
  POOR("差", "poor");

  private final Labels labels;

  ReportGrade(String labelZh, String labelEn) {
    this.labels = new Labels(labelZh, labelEn);
  }

  @Override
  public Labels labels() {
    return labels;
  }
}
