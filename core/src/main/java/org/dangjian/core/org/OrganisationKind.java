package org.dangjian.core.org;

import org.dangjian.core.Labelled;
import org.dangjian.core.Labels;

/**
 * The kind of a Party {@link Organisation} (党组织), from the education working committee down to the group.
 *
 * <p>Files carry the {@linkplain #code() code}: the constant's name in lower case with hyphens.
 */
public enum OrganisationKind implements Labelled {
  /** 教育工作委员会 (教育工委): the Party committee over an education system. */
  WORKING_COMMITTEE("教育工委", "education working committee"),
  /** 党组: the leading Party group of a bureau. */
  LEADING_GROUP("党组", "leading Party group"),
  /** 基层党委: a grassroots committee, generally 100 or more members. */
  GRASSROOTS_COMMITTEE("基层党委", "grassroots Party committee"),
  /** 党总支: a general branch, generally 50 to 100 members. */
  GENERAL_BRANCH("党总支", "general Party branch"),
  /** 党支部: a branch, the organisation every member belongs to. */
  BRANCH("党支部", "Party branch"),
  /** 联合党支部: a branch covering several small units. */
  JOINT_BRANCH("联合党支部", "joint Party branch"),
  /** 党小组: a group inside a branch. */
  GROUP("党小组", "Party group");

  private final Labels labels;

  OrganisationKind(String labelZh, String labelEn) {
    this.labels = new Labels(labelZh, labelEn);
  }

  @Override
  public Labels labels() {
    return labels;
  }

  /** @return whether members belong to it directly: a branch or a joint branch */
  public boolean isBranch() {
    return this == BRANCH || this == JOINT_BRANCH;
  }

  /**
   * Whether an organisation of this kind may sit directly under one of {@code parent}'s kind.
   * Groups sit only under branches; branches sit under committees and general branches, never under
   * another branch or a group; nothing sits under a group.
   *
   * @param parent the kind of the would-be parent
   * @return whether the placement is allowed
   */
  public boolean mayBeUnder(OrganisationKind parent) {
    return switch (this) {
      case GROUP -> parent.isBranch();
      case BRANCH, JOINT_BRANCH -> parent != GROUP && !parent.isBranch();
      case GENERAL_BRANCH -> parent == WORKING_COMMITTEE || parent == LEADING_GROUP || parent == GRASSROOTS_COMMITTEE;
      case GRASSROOTS_COMMITTEE, WORKING_COMMITTEE, LEADING_GROUP ->
          parent == WORKING_COMMITTEE || parent == LEADING_GROUP || parent == GRASSROOTS_COMMITTEE;
    };
  }
}
