package org.dangjian.core.activity;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dangjian.core.Labels;
import org.dangjian.core.ValidationException;
import org.dangjian.core.internal.Builds;

/**
 * A kind of organisational-life activity (组织生活): an open set. The standard ones are constants
 * here; a dataset or a regional rule set may declare more (for example 夜学夜谈, study nights), each a
 * code with Chinese and English labels. Two types are equal when their codes are.
 */
public final class ActivityType implements Comparable<ActivityType> {

  /** 支部党员大会: generally once a quarter (支部条例 第十一条). */
  public static final ActivityType BRANCH_GENERAL_MEETING = standard("branch-general-meeting", "支部党员大会", "branch general meeting");
  /** 支部委员会会议 (支委会): generally once a month (第十二条). */
  public static final ActivityType BRANCH_COMMITTEE_MEETING = standard("branch-committee-meeting", "支部委员会会议", "branch committee meeting");
  /** 党小组会: generally once a month (第十三条). */
  public static final ActivityType GROUP_MEETING = standard("group-meeting", "党小组会", "Party group meeting");
  /** 党课 (第十五条). */
  public static final ActivityType PARTY_LECTURE = standard("party-lecture", "党课", "Party lecture");
  /** 主题党日: one relatively fixed day every month (第十六条). */
  public static final ActivityType THEME_PARTY_DAY = standard("theme-party-day", "主题党日", "theme Party day");
  /** 组织生活会: at least once a year (第十七条). */
  public static final ActivityType ORGANISATIONAL_LIFE_MEETING = standard("organisational-life-meeting", "组织生活会", "organisational life meeting");
  /** 民主评议党员: generally once a year (第十八条). */
  public static final ActivityType DEMOCRATIC_APPRAISAL = standard("democratic-appraisal", "民主评议党员", "democratic appraisal of members");
  /** 谈心谈话 (第十九条). */
  public static final ActivityType HEART_TO_HEART_TALK = standard("heart-to-heart-talk", "谈心谈话", "heart-to-heart talk");
  /** 理论学习: collective political or theory study. */
  public static final ActivityType THEORY_STUDY = standard("theory-study", "理论学习", "theory study");
  /** 党委（总支）委员会会议: a meeting of a grassroots or general-branch committee. */
  public static final ActivityType COMMITTEE_MEETING = standard("committee-meeting", "党委（总支）会议", "committee meeting");
  /** 学校党组织会议 under 党组织领导的校长负责制 (校长负责制意见 (五)). */
  public static final ActivityType PARTY_ORGANISATION_MEETING = standard("party-organisation-meeting", "党组织会议", "school Party organisation meeting");
  /** 校长办公会议 (校长负责制意见 (六)). */
  public static final ActivityType PRINCIPAL_OFFICE_MEETING = standard("principal-office-meeting", "校长办公会议", "principal's office meeting");

  private static final List<ActivityType> STANDARD = List.of(BRANCH_GENERAL_MEETING, BRANCH_COMMITTEE_MEETING,
      GROUP_MEETING, PARTY_LECTURE, THEME_PARTY_DAY, ORGANISATIONAL_LIFE_MEETING, DEMOCRATIC_APPRAISAL,
      HEART_TO_HEART_TALK, THEORY_STUDY, COMMITTEE_MEETING, PARTY_ORGANISATION_MEETING, PRINCIPAL_OFFICE_MEETING);

  private final String code;
  private final Labels labels;

  private ActivityType(String code, Labels labels) {
    this.code = code;
    this.labels = labels;
  }

  private static ActivityType standard(String code, String zh, String en) {
    return new ActivityType(code, new Labels(zh, en));
  }

  /**
   * Declares a type beyond the standard ones.
   *
   * @param code lower-case words joined by hyphens, for example {@code study-night}
   * @param labels its Chinese and English names
   * @return the type
   * @throws ValidationException ({@code invalid-code}) for a malformed code, ({@code duplicate-code}) for a
   *     standard type's code, ({@code blank}) for empty labels
   */
  public static ActivityType of(String code, Labels labels) {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(labels, "labels");
    if (!org.dangjian.core.internal.Patterns.isCode(code) || code.length() > 64) {
      throw ValidationException.of("code", "invalid-code",
          "'" + code + "' is not an activity type code: lower-case words joined by hyphens, like study-night");
    }
    if (standardType(code).isPresent()) {
      throw ValidationException.of("code", "duplicate-code", "'" + code + "' is a standard activity type; use ActivityType constants");
    }
    Builds.requireText(labels.zh(), "zh");
    Builds.requireText(labels.en(), "en");
    return new ActivityType(code, labels);
  }

  /** @return the standard types, in the order above */
  public static List<ActivityType> standardTypes() {
    return STANDARD;
  }

  /**
   * @param code a code
   * @return the standard type with that code, if there is one
   */
  public static Optional<ActivityType> standardType(String code) {
    Objects.requireNonNull(code, "code");
    return STANDARD.stream().filter(t -> t.code.equals(code)).findFirst();
  }

  /** @return the code files carry */
  public String code() {
    return code;
  }

  /** @return the Chinese and English names */
  public Labels labels() {
    return labels;
  }

  /** @return whether it is one of the standard types */
  public boolean isStandard() {
    return STANDARD.contains(this);
  }

  @Override
  public int compareTo(ActivityType other) {
    return code.compareTo(other.code);
  }

  @Override
  public boolean equals(Object other) {
    return this == other || other instanceof ActivityType that && code.equals(that.code);
  }

  @Override
  public int hashCode() {
    return code.hashCode();
  }

  /** @return the code */
  @Override
  public String toString() {
    return code;
  }
}
