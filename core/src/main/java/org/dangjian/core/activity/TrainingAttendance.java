package org.dangjian.core.activity;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.dangjian.core.internal.Builds;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.record.Index;
import org.dangjian.core.record.Field;
import org.dangjian.core.record.Formats;
import org.dangjian.core.record.RecordFormat;
import org.dangjian.core.record.RecordId;
import org.dangjian.core.record.ValueFormat;
import org.dangjian.core.record.RecordKind;
import org.dangjian.core.record.Ref;
import org.dangjian.core.record.UniqueKey;

/**
 * A member's attendance at a training (培训), for example a branch secretaries' course run by the
 * bureau (县局汇报: each school branch head attends at least two trainings per term).
 *
 * @param member who attended
 * @param date the day the training ended
 * @param title what it was
 * @param id the record's stable id, where the source gives one
 */
public record TrainingAttendance(MemberId member, LocalDate date, String title, Optional<RecordId> id) {
  /** The kind's index by member. */
  public static final Index<TrainingAttendance, MemberId> BY_MEMBER = Index.on("member", TrainingAttendance::member);

  private static final Field<TrainingAttendance, MemberId> MEMBER = Field.required("member", Formats.MEMBER_ID, TrainingAttendance::member);
  private static final Field<TrainingAttendance, LocalDate> DATE = Field.required("date", ValueFormat.date(), TrainingAttendance::date);
  private static final Field<TrainingAttendance, String> TITLE = Field.required("title", ValueFormat.text().shared(), TrainingAttendance::title);
  /** The kind's index by stable id, built on first use. */
  public static final Index<TrainingAttendance, RecordId> BY_ID = Index.lazyOnEach("id",
      (TrainingAttendance r) -> r.id().map(java.util.List::of).orElse(java.util.List.of()));
  private static final Field<TrainingAttendance, RecordId> ID = Field.optional("id", Formats.RECORD_ID, TrainingAttendance::id);
  /** How a record is written in the format. */
  public static final RecordFormat<TrainingAttendance> FORMAT = RecordFormat.of(TrainingAttendance.class,
      v -> new TrainingAttendance(v.get(MEMBER), v.get(DATE), v.get(TITLE), v.optional(ID)),
      ID, MEMBER, DATE, TITLE);

  /** Trainings attended, {@code trainings} in the format: by member, date and title. */
  public static final RecordKind<TrainingAttendance> KIND = RecordKind.of(TrainingAttendance.class).format(FORMAT)
      .unique(UniqueKey.recordId(TrainingAttendance::id, BY_ID)).names("trainings", "training")
      .order(java.util.Comparator.comparing(TrainingAttendance::member).thenComparing(TrainingAttendance::date)
          .thenComparing(TrainingAttendance::title).thenComparing(TrainingAttendance::id, RecordId.ABSENT_FIRST))
      .refs(Ref.toMember("member", TrainingAttendance::member)).indexes(BY_MEMBER, BY_ID).build();

  /** Checks the values. */
  public TrainingAttendance {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(title, "title");
    Builds.requireText(title, "title");
  }

  /**
   * A record without a stable id.
   *
   * @param member see the record
   * @param date see the record
   * @param title see the record
   */
  public TrainingAttendance(MemberId member, LocalDate date, String title) {
    this(member, date, title, Optional.empty());
  }

  /**
   * @param value the stable id
   * @return this record with that id
   */
  public TrainingAttendance withId(RecordId value) {
    return new TrainingAttendance(member, date, title, Optional.of(value));
  }
}
