package org.dangjian.core.member;

import org.dangjian.core.Labelled;
import org.dangjian.core.Labels;

/**
 * A member's status (党员状态), derived from the event history by {@link Lifecycle}, never set by hand.
 *
 * <p>Files carry the {@linkplain #code() code}: the constant's name in lower case with hyphens.
 */
public enum MemberStatus implements Labelled {
  /** 无: before the first recorded event. */
  NONE("无", "not yet recorded"),
  /** 入党申请人: has applied. */
  APPLICANT("入党申请人", "applicant"),
  /** 入党积极分子: designated activist. */
  ACTIVIST("入党积极分子", "activist"),
  /** 发展对象: designated candidate for admission. */
  CANDIDATE("发展对象", "candidate"),
  /** 预备党员: admitted, on probation. */
  PROBATIONARY("预备党员", "probationary member"),
  /** 正式党员: full member. */
  FULL("正式党员", "full member"),
  /** 停止党籍: membership suspended, for example after losing contact for six months. */
  SUSPENDED("停止党籍", "membership suspended"),
  /** 转出: relations transferred to an organisation outside this dataset. */
  TRANSFERRED_OUT("已转出", "transferred out"),
  /** 取消预备党员资格: probation cancelled; membership ended. */
  PROBATION_CANCELLED("取消预备党员资格", "probation cancelled"),
  /** 除名 or 自行脱党: removed; membership ended. */
  REMOVED("除名", "removed"),
  /** 开除党籍: expelled; membership ended. */
  EXPELLED("开除党籍", "expelled"),
  /** 退党: withdrew; membership ended. */
  WITHDREW("退党", "withdrew"),
  /** 死亡: died. */
  DIED("死亡", "died");

  private final Labels labels;

  MemberStatus(String labelZh, String labelEn) {
    this.labels = new Labels(labelZh, labelEn);
  }

  @Override
  public Labels labels() {
    return labels;
  }

  /** @return whether the person is a member, probationary or full (suspended members are not counted) */
  public boolean isMember() {
    return this == PROBATIONARY || this == FULL;
  }

  /** @return whether the person is in the development pipeline: applicant, activist or candidate */
  public boolean isInDevelopment() {
    return this == APPLICANT || this == ACTIVIST || this == CANDIDATE;
  }

  /** @return whether membership has ended here for good or until a new application: cancelled, removed, expelled, withdrew, died */
  public boolean isEnded() {
    return this == PROBATION_CANCELLED || this == REMOVED || this == EXPELLED || this == WITHDREW || this == DIED;
  }
}
