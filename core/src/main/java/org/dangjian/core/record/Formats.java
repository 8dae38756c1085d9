package org.dangjian.core.record;

import java.util.Map;
import java.util.function.Function;
import org.dangjian.core.activity.ActivityId;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.org.UnitId;
import org.dangjian.core.time.ReportingPeriod;

/** The value formats record kinds share: the core records' identifiers. */
public final class Formats {
  /** A member's id, {@linkplain ValueFormat#shared() shared}. */
  public static final ValueFormat<MemberId> MEMBER_ID = ValueFormat.id(MemberId.class, MemberId::of, MemberId::value).shared();
  /** An organisation's id, shared. */
  public static final ValueFormat<OrganisationId> ORGANISATION_ID =
      ValueFormat.id(OrganisationId.class, OrganisationId::of, OrganisationId::value).shared();
  /** A unit's (school's) id, shared. */
  public static final ValueFormat<UnitId> UNIT_ID = ValueFormat.id(UnitId.class, UnitId::of, UnitId::value).shared();
  /** A record's stable id. */
  public static final ValueFormat<RecordId> RECORD_ID = ValueFormat.id(RecordId.class, RecordId::of, RecordId::value);
  /** An activity's id. */
  public static final ValueFormat<ActivityId> ACTIVITY_ID = ValueFormat.id(ActivityId.class, ActivityId::of, ActivityId::value);

  /**
   * An activity type's code: a standard type, or — for a code the dataset declares — a stand-in with the code,
   * which the dataset's reader replaces by the declared type.
   */
  public static final ValueFormat<org.dangjian.core.activity.ActivityType> ACTIVITY_TYPE = ValueFormat.text(
      org.dangjian.core.activity.ActivityType.class, org.dangjian.core.internal.ActivityTypes::read,
      org.dangjian.core.activity.ActivityType::code, Map.of("$ref", "#/$defs/activityTypeCode"));

  /**
   * @param getter the record's year
   * @return the required field {@code year}, the year a record is about (a report's, a letter's), its schema
   *     the years a reporting period may have
   */
  public static <T> Field<T, Integer> year(Function<? super T, Integer> getter) {
    return Field.<T, Integer>required("year", ValueFormat.integer(), getter)
        .withSchema(Map.of("minimum", ReportingPeriod.MIN_YEAR, "maximum", ReportingPeriod.MAX_YEAR));
  }

  private Formats() {}
}
