package org.dangjian.core.governance;

import org.dangjian.core.Labelled;
import org.dangjian.core.Labels;

/**
 * The kind of a {@link GovernanceDocument}: what the reform of school governance asks each public school
 * with legal personality to revise or write (校长负责制意见; 福州2023: 修订学校章程，厘清权责清单).
 *
 * <p>Files carry the {@linkplain #code() code}: the constant's name in lower case with hyphens.
 */
public enum GovernanceDocumentKind implements Labelled {
  /** 学校章程: the school's charter, revised for the Party-led model. */
  CHARTER("学校章程", "school charter"),
  /** 党组织会议议事规则: the rules of procedure of the school Party organisation's meeting. */
  PARTY_MEETING_RULES("党组织会议议事规则", "rules of procedure of the Party organisation's meeting"),
  /** 校长办公会议议事规则: the rules of procedure of the principal's office meeting. */
  PRINCIPAL_MEETING_RULES("校长办公会议议事规则", "rules of procedure of the principal's office meeting"),
  /** 权责清单: the list of powers and duties of the Party organisation, the principal and the offices. */
  POWERS_LIST("权责清单", "list of powers and duties"),
  /** 三重一大事项清单: the list of major matters the Party organisation's meeting decides collectively. */
  MAJOR_MATTERS_LIST("“三重一大”事项清单", "list of major matters (三重一大)");

  private final Labels labels;

  GovernanceDocumentKind(String labelZh, String labelEn) {
    this.labels = new Labels(labelZh, labelEn);
  }

  @Override
  public Labels labels() {
    return labels;
  }

  /**
   * @return the four the reform asks of every school (校长负责制意见; 福州2023): the charter, both meetings'
   *     rules of procedure and the list of powers — not the list of 三重一大 matters, which some regions add
   */
  public static java.util.List<GovernanceDocumentKind> requiredByTheReform() {
    return REQUIRED;
  }

  private static final java.util.List<GovernanceDocumentKind> REQUIRED = java.util.List.of(CHARTER, PARTY_MEETING_RULES,
      PRINCIPAL_MEETING_RULES, POWERS_LIST);
}
