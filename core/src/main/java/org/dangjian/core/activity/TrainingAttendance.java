package org.dangjian.core.activity;

import java.time.LocalDate;
import java.util.Objects;
import org.dangjian.core.internal.Builds;
import org.dangjian.core.member.MemberId;

/**
 * A member's attendance at a training (培训), for example a branch secretaries' course run by the
 * bureau (县局汇报: each school branch head attends at least two trainings per term).
 *
 * @param member who attended
 * @param date the day the training ended
 * @param title what it was
 */
public record TrainingAttendance(MemberId member, LocalDate date, String title) {

  /** Checks the values. */
  public TrainingAttendance {
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(title, "title");
    Builds.requireText(title, "title");
  }
}
