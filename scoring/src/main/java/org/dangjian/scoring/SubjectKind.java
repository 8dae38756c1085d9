package org.dangjian.scoring;

import org.dangjian.core.Labelled;
import org.dangjian.core.Labels;

/** What a scheme scores. */
public enum SubjectKind implements Labelled {
  /** 党员: every person on a branch roll whose status at year end the scheme scores. */
  MEMBER("党员", "member"),
  /** 支部书记: the secretaries of branches at year end (述职评议). */
  SECRETARY("支部书记", "secretary"),
  /**
   * 述职的领导干部: every leader who reports on the year (述职) — the secretary at year end of every Party
   * organisation, from the bureau's committee to the branches; the head of every school at year end
   * (校长, 园长), member or not, for the report on duty and integrity (述职述廉); and anyone else whose
   * report on the year is recorded. One card for each leader and organisation: a secretary who is also
   * the school's principal has one card with both reports. A card's subject is the member's id, or the
   * school's unit id for a principal who is not a member; {@code id@organisation} where one leader has
   * cards for several organisations.
   */
  LEADER("述职的领导干部", "leader reporting"),
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
