package org.dangjian.core.member;

import org.dangjian.core.Labelled;
import org.dangjian.core.Labels;

/**
 * What a member does, as the education system counts it (教师, 职工, 学生, 离退休).
 *
 * <p>Files carry the {@linkplain #code() code}: the constant's name in lower case with hyphens.
 */
public enum MemberCategory implements Labelled {
  /** 教师: a teacher or school leader. */
  TEACHER("教师", "teacher"),
  /** 职工: non-teaching staff, including bureau staff. */
  STAFF("职工", "staff"),
  /** 学生: a student, developed among students of 18 or over. */
  STUDENT("学生", "student"),
  /** 离退休: retired, organised in retiree branches, with a retiree dues schedule. */
  RETIRED("离退休", "retired"),
  /** 其他. */
  OTHER("其他", "other");

  private final Labels labels;

  MemberCategory(String labelZh, String labelEn) {
    this.labels = new Labels(labelZh, labelEn);
  }

  @Override
  public Labels labels() {
    return labels;
  }
}
