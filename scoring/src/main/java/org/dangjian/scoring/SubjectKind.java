package org.dangjian.scoring;

import org.dangjian.core.Labelled;
import org.dangjian.core.Labels;

/** What a scheme scores. */
public enum SubjectKind implements Labelled {
  /** 党员: every person on a branch roll whose status at year end the scheme scores. */
  MEMBER("党员", "member"),
  /** 支部书记: the secretaries of branches at year end (述职评议). */
  SECRETARY("支部书记", "secretary"),
  /** 党支部: every branch and joint branch active at year end. */
  BRANCH("党支部", "branch"),
  /** 党组织: organisations of given kinds at a given depth of the tree, for rankings between schools. */
  ORGANISATION("党组织", "organisation");

  private final Labels labels;

  SubjectKind(String zh, String en) {
    this.labels = new Labels(zh, en);
  }

  @Override
  public Labels labels() {
    return labels;
  }
}
