package org.dangjian.core.org;

import org.dangjian.core.Labelled;
import org.dangjian.core.Labels;

/**
 * The kind of a {@link Unit} (单位) in the education system.
 *
 * <p>Files carry the {@linkplain #code() code}: the constant's name in lower case with hyphens.
 */
public enum UnitKind implements Labelled {
  /** 小学. */
  PRIMARY_SCHOOL("小学", "primary school"),
  /** 初级中学. */
  MIDDLE_SCHOOL("初级中学", "middle school"),
  /** 高级中学 or 完全中学. */
  HIGH_SCHOOL("高级中学", "high school"),
  /** 九年一贯制学校. */
  NINE_YEAR_SCHOOL("九年一贯制学校", "nine-year school"),
  /** 幼儿园. */
  KINDERGARTEN("幼儿园", "kindergarten"),
  /** 职业教育中心 (职教中心). */
  VOCATIONAL_CENTRE("职业教育中心", "vocational centre"),
  /** 特殊教育学校. */
  SPECIAL_SCHOOL("特殊教育学校", "special-education school"),
  /** 民办学校: a privately run school of any level. */
  PRIVATE_SCHOOL("民办学校", "private school"),
  /** 教师进修学校 or 教研室: teacher training and research. */
  TEACHER_TRAINING("教师进修学校", "teacher-training school"),
  /** 教育局机关: the bureau's own offices. */
  BUREAU_OFFICE("教育局机关", "bureau office"),
  /** Any other unit. */
  OTHER("其他单位", "other unit");

  private final Labels labels;

  UnitKind(String labelZh, String labelEn) {
    this.labels = new Labels(labelZh, labelEn);
  }

  @Override
  public Labels labels() {
    return labels;
  }

  /** @return whether the unit is a school or kindergarten, as opposed to an office */
  public boolean isSchool() {
    return this != BUREAU_OFFICE && this != OTHER && this != TEACHER_TRAINING;
  }
}
