package org.dangjian.core.member;

import org.dangjian.core.Labelled;
import org.dangjian.core.Labels;

/**
 * The kinds of {@link MemberEvent}, with the stable {@code "type"} names files use and the Chinese and
 * English labels.
 */
public enum EventType implements Labelled {
  /** 提交入党申请: {@link MemberEvent.Applied}. */
  APPLIED(MemberEvent.Applied.class, "提交入党申请", "applied"),
  /** 派人谈话: {@link MemberEvent.FirstTalkHeld}. */
  FIRST_TALK_HELD(MemberEvent.FirstTalkHeld.class, "派人谈话", "first talk held"),
  /** 确定为入党积极分子: {@link MemberEvent.ActivistDesignated}. */
  ACTIVIST_DESIGNATED(MemberEvent.ActivistDesignated.class, "确定为入党积极分子", "designated activist"),
  /** 积极分子考察: {@link MemberEvent.ActivistReviewed}. */
  ACTIVIST_REVIEWED(MemberEvent.ActivistReviewed.class, "积极分子考察", "activist reviewed"),
  /** 确定为发展对象: {@link MemberEvent.CandidateDesignated}. */
  CANDIDATE_DESIGNATED(MemberEvent.CandidateDesignated.class, "确定为发展对象", "designated candidate"),
  /** 政治审查: {@link MemberEvent.PoliticalReviewed}. */
  POLITICAL_REVIEWED(MemberEvent.PoliticalReviewed.class, "政治审查", "political review"),
  /** 集中培训: {@link MemberEvent.TrainingCompleted}. */
  TRAINING_COMPLETED(MemberEvent.TrainingCompleted.class, "集中培训", "training completed"),
  /** 确定入党介绍人: {@link MemberEvent.IntroducersNamed}. */
  INTRODUCERS_NAMED(MemberEvent.IntroducersNamed.class, "确定入党介绍人", "introducers named"),
  /** 上级党委预审: {@link MemberEvent.PreReviewed}. */
  PRE_REVIEWED(MemberEvent.PreReviewed.class, "上级党委预审", "pre-reviewed by the higher committee"),
  /** 支部大会接收为预备党员: {@link MemberEvent.Admitted}. */
  ADMITTED(MemberEvent.Admitted.class, "支部大会接收为预备党员", "admitted as probationary member"),
  /** 上级党委审批: {@link MemberEvent.AdmissionApproved}. */
  ADMISSION_APPROVED(MemberEvent.AdmissionApproved.class, "上级党委审批", "admission approved"),
  /** 入党宣誓: {@link MemberEvent.OathTaken}. */
  OATH_TAKEN(MemberEvent.OathTaken.class, "入党宣誓", "oath taken"),
  /** 预备期考察: {@link MemberEvent.ProbationReviewed}. */
  PROBATION_REVIEWED(MemberEvent.ProbationReviewed.class, "预备期考察", "probation reviewed"),
  /** 转为正式党员: {@link MemberEvent.Confirmed}. */
  CONFIRMED(MemberEvent.Confirmed.class, "转为正式党员", "confirmed as full member"),
  /** 延长预备期: {@link MemberEvent.ProbationExtended}. */
  PROBATION_EXTENDED(MemberEvent.ProbationExtended.class, "延长预备期", "probation extended"),
  /** 取消预备党员资格: {@link MemberEvent.ProbationCancelled}. */
  PROBATION_CANCELLED(MemberEvent.ProbationCancelled.class, "取消预备党员资格", "probation cancelled"),
  /** 组织关系转入: {@link MemberEvent.TransferredIn}. */
  TRANSFERRED_IN(MemberEvent.TransferredIn.class, "组织关系转入", "transferred in"),
  /** 组织关系转出: {@link MemberEvent.TransferredOut}. */
  TRANSFERRED_OUT(MemberEvent.TransferredOut.class, "组织关系转出", "transferred out"),
  /** 停止党籍: {@link MemberEvent.Suspended}. */
  SUSPENDED(MemberEvent.Suspended.class, "停止党籍", "membership suspended"),
  /** 恢复党籍: {@link MemberEvent.Reinstated}. */
  REINSTATED(MemberEvent.Reinstated.class, "恢复党籍", "reinstated"),
  /** 党纪处分: {@link MemberEvent.Sanctioned}. */
  SANCTIONED(MemberEvent.Sanctioned.class, "党纪处分", "sanctioned"),
  /** 处分解除（恢复党员权利）: {@link MemberEvent.SanctionEnded}. */
  SANCTION_ENDED(MemberEvent.SanctionEnded.class, "处分解除（恢复党员权利）", "sanction ended"),
  /** 除名: {@link MemberEvent.Removed}. */
  REMOVED(MemberEvent.Removed.class, "除名", "removed"),
  /** 退党: {@link MemberEvent.Withdrew}. */
  WITHDREW(MemberEvent.Withdrew.class, "退党", "withdrew"),
  /** 死亡: {@link MemberEvent.Died}. */
  DIED(MemberEvent.Died.class, "死亡", "died"),
  /** 转移支部或党小组: {@link MemberEvent.Moved}. */
  MOVED(MemberEvent.Moved.class, "转移支部或党小组", "moved"),
  /** 人员类别变更: {@link MemberEvent.CategoryChanged}. */
  CATEGORY_CHANGED(MemberEvent.CategoryChanged.class, "人员类别变更", "category changed");

  private final Class<? extends MemberEvent> eventClass;
  private final Labels labels;

  EventType(Class<? extends MemberEvent> eventClass, String labelZh, String labelEn) {
    this.eventClass = eventClass;
    this.labels = new Labels(labelZh, labelEn);
  }

  /** @return the record class of events of this kind */
  public Class<? extends MemberEvent> eventClass() {
    return eventClass;
  }

  @Override
  public Labels labels() {
    return labels;
  }
}
