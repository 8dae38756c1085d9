package org.dangjian.rules;

import org.dangjian.core.Labelled;
import org.dangjian.core.Labels;

/** How serious a finding is. Ordered from most to least serious. */
public enum Severity implements Labelled {
  /** 违规: the rule is broken. */
  VIOLATION("违规", "violation"),
  /** 警示: close to breaking, or broken in a way the rule set treats as less serious. */
  WARNING("警示", "warning"),
  /** 提示: something to know, for example a term ending soon. */
  NOTICE("提示", "notice");

  private final Labels labels;

  Severity(String labelZh, String labelEn) {
    this.labels = new Labels(labelZh, labelEn);
  }

  @Override
  public Labels labels() {
    return labels;
  }
}
