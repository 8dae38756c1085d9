package org.dangjian.core.governance;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dangjian.core.ValidationException;
import org.dangjian.core.internal.Builds;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.org.UnitId;
import org.dangjian.core.record.Field;
import org.dangjian.core.record.Formats;
import org.dangjian.core.record.Index;
import org.dangjian.core.record.RecordFormat;
import org.dangjian.core.record.RecordId;
import org.dangjian.core.record.RecordKind;
import org.dangjian.core.record.Ref;
import org.dangjian.core.record.UniqueKey;
import org.dangjian.core.record.ValueFormat;

/**
 * A leader's yearly report (述职): a secretary's on the Party work of the organisation led (抓基层党建工作述职),
 * or a principal's on duty and integrity (述职述廉) to the bureau's committee — given on a day, about a year,
 * heard by an organisation, and rated by groups of raters counted, not named (民主测评).
 *
 * @param kind what it reports on
 * @param reporter the member who reported; empty for a principal who is not a Party member
 * @param organisation the organisation whose work it reports: the one the secretary leads, or the school's
 * @param unit the school, for a principal's report
 * @param heardBy the organisation it was given to, where recorded (for a principal, the bureau's committee)
 * @param year the year reported on
 * @param date the day it was given
 * @param ratings the groups' ratings, each group once
 * @param id the record's stable id, where the source gives one
 */
public record DutyReport(DutyReportKind kind, Optional<MemberId> reporter, OrganisationId organisation, Optional<UnitId> unit,
    Optional<OrganisationId> heardBy, int year, LocalDate date, List<GroupRating> ratings, Optional<RecordId> id) {

  /** The kind's index by the organisation whose work is reported. */
  public static final Index<DutyReport, OrganisationId> BY_ORGANISATION = Index.on("organisation", DutyReport::organisation);
  /** The kind's index by school (a principal's report), built on first use. */
  public static final Index<DutyReport, UnitId> BY_UNIT = Index.lazyOnEach("unit", (DutyReport r) -> r.unit().map(List::of).orElse(List.of()));
  /** The kind's index by stable id, built on first use. */
  public static final Index<DutyReport, RecordId> BY_ID = Index.lazyOnEach("id", (DutyReport r) -> r.id().map(List::of).orElse(List.of()));

  private static final Field<GroupRating, RaterGroup> GROUP = Field.required("group", ValueFormat.code(RaterGroup.class, "raterGroup"),
      GroupRating::group);
  private static final Field<GroupRating, Integer> GOOD = count("good", GroupRating::good);
  private static final Field<GroupRating, Integer> FAIRLY_GOOD = count("fairlyGood", GroupRating::fairlyGood);
  private static final Field<GroupRating, Integer> AVERAGE = count("average", GroupRating::average);
  private static final Field<GroupRating, Integer> POOR = count("poor", GroupRating::poor);
  private static final RecordFormat<GroupRating> RATING = RecordFormat.of(GroupRating.class,
      v -> new GroupRating(v.get(GROUP), v.get(GOOD), v.get(FAIRLY_GOOD), v.get(AVERAGE), v.get(POOR)), GROUP, GOOD, FAIRLY_GOOD, AVERAGE, POOR);

  private static final Field<DutyReport, RecordId> ID = Field.optional("id", Formats.RECORD_ID, DutyReport::id);
  private static final Field<DutyReport, DutyReportKind> KIND_FIELD = Field.required("kind",
      ValueFormat.code(DutyReportKind.class, "dutyReportKind"), DutyReport::kind);
  private static final Field<DutyReport, MemberId> REPORTER = Field.optional("reporter", Formats.MEMBER_ID, DutyReport::reporter);
  private static final Field<DutyReport, OrganisationId> ORGANISATION = Field.required("organisation", Formats.ORGANISATION_ID,
      DutyReport::organisation);
  private static final Field<DutyReport, UnitId> UNIT = Field.optional("unit", Formats.UNIT_ID, DutyReport::unit);
  private static final Field<DutyReport, OrganisationId> HEARD_BY = Field.optional("heardBy", Formats.ORGANISATION_ID, DutyReport::heardBy);
  private static final Field<DutyReport, Integer> YEAR = Formats.year(DutyReport::year);
  private static final Field<DutyReport, LocalDate> DATE = Field.required("date", ValueFormat.date(), DutyReport::date);
  private static final Field<DutyReport, GroupRating> RATINGS = Field.list("ratings", ValueFormat.object(RATING), DutyReport::ratings);

  /** How a record is written in the format. */
  public static final RecordFormat<DutyReport> FORMAT = RecordFormat.of(DutyReport.class,
      v -> new DutyReport(v.get(KIND_FIELD), v.optional(REPORTER), v.get(ORGANISATION), v.optional(UNIT), v.optional(HEARD_BY), v.get(YEAR),
          v.get(DATE), v.list(RATINGS), v.optional(ID)),
      ID, KIND_FIELD, REPORTER, ORGANISATION, UNIT, HEARD_BY, YEAR, DATE, RATINGS);

  /**
   * The leaders' yearly reports (述职), {@code dutyReports} in the format: by organisation, year and kind; one
   * report of a kind by one reporter (or, for a principal who is not a member, about one school) a year.
   */
  public static final RecordKind<DutyReport> KIND = RecordKind.of(DutyReport.class).format(FORMAT).names("dutyReports", "dutyReport")
      .unique(UniqueKey.recordId(DutyReport::id, BY_ID))
      .unique(UniqueKey.of((DutyReport r) -> List.of(r.kind(), r.reporter().map(Object.class::cast).orElseGet(() -> r.unit().orElseThrow()),
          r.organisation(), r.year()), (DutyReport r, String first) -> "a second " + r.kind().code() + " of " + r.year() + " by "
              + r.reporter().map(MemberId::value).orElseGet(() -> "the principal of " + r.unit().orElseThrow()) + " for '" + r.organisation()
              + "'; first at " + first))
      .order(Comparator.comparing(DutyReport::organisation).thenComparingInt(DutyReport::year).thenComparing(DutyReport::kind)
          .thenComparing(DutyReport::date).thenComparing(DutyReport::id, RecordId.ABSENT_FIRST))
      .refs(Ref.toMemberIfAny("reporter", DutyReport::reporter), Ref.toOrganisation("organisation", DutyReport::organisation),
          Ref.toUnitIfAny("unit", DutyReport::unit), Ref.toOrganisationIfAny("heardBy", DutyReport::heardBy))
      .indexes(BY_ORGANISATION, BY_UNIT, BY_ID).build();

  private static Field<GroupRating, Integer> count(String name, java.util.function.Function<GroupRating, Integer> getter) {
    return Field.required(name, ValueFormat.integer(), getter).withSchema(java.util.Map.of("minimum", 0, "maximum", GroupRating.MAX_RATERS));
  }

  /**
   * @throws ValidationException ({@code invalid-value}) for a report by nobody about no school, a year before
   *     1900 or after 2100, or a group rating twice
   */
  public DutyReport {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reporter, "reporter");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(heardBy, "heardBy");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(id, "id");
    ratings = List.copyOf(ratings);
    if (reporter.isEmpty() && unit.isEmpty()) {
      throw ValidationException.of("reporter", "invalid-value", "a report names its reporter, or — for a principal who is not a member — its school (unit)");
    }
    Builds.requireYear(year, "year");
    if (ratings.stream().map(GroupRating::group).distinct().count() < ratings.size()) {
      throw ValidationException.of("ratings", "invalid-value", "each group of raters is counted once");
    }
  }

  /**
   * @param secretary the secretary who reported
   * @param organisation the organisation led
   * @param year the year reported on
   * @param date the day
   * @param ratings the groups' ratings
   * @return a secretary's report on Party work (抓基层党建工作述职)
   */
  public static DutyReport partyWork(MemberId secretary, OrganisationId organisation, int year, LocalDate date, List<GroupRating> ratings) {
    return new DutyReport(DutyReportKind.PARTY_WORK, Optional.of(secretary), organisation, Optional.empty(), Optional.empty(), year, date,
        ratings, Optional.empty());
  }

  /**
   * @param principal the member principal, or empty for one who is not a member
   * @param school the school
   * @param organisation the school's organisation
   * @param heardBy the bureau's committee
   * @param year the year reported on
   * @param date the day
   * @return a principal's report on duty and integrity (述职述廉), not yet rated
   */
  public static DutyReport dutyAndIntegrity(Optional<MemberId> principal, UnitId school, OrganisationId organisation, OrganisationId heardBy,
      int year, LocalDate date) {
    return new DutyReport(DutyReportKind.DUTY_AND_INTEGRITY, principal, organisation, Optional.of(school), Optional.of(heardBy), year, date,
        List.of(), Optional.empty());
  }

  /**
   * @return whether it is a report on Party work with the members' ratings counted: that count is the tally
   *     of the members' poll, which ratings recorded one by one ({@code reportRatings}) would count again
   */
  public boolean countsTheMembersPoll() {
    return kind == DutyReportKind.PARTY_WORK && rating(RaterGroup.MEMBERS).isPresent();
  }

  /**
   * @param value the groups' ratings, each group once
   * @return this report with those ratings in place of its own
   * @throws ValidationException ({@code invalid-value}) for a group rating twice
   */
  public DutyReport withRatings(List<GroupRating> value) {
    return new DutyReport(kind, reporter, organisation, unit, heardBy, year, date, value, id);
  }

  /**
   * @param group a group of raters
   * @return its rating, if it rated
   */
  public Optional<GroupRating> rating(RaterGroup group) {
    return ratings.stream().filter(r -> r.group() == group).findFirst();
  }

  /**
   * @return the report as evidence names it: {@code duty-report:<id>} where it has a record id, else
   *     {@code duty-report:<kind>/<reporter or unit>@<year>}
   */
  public String evidence() {
    return id.map(value -> "duty-report:" + value.value()).orElseGet(() -> "duty-report:" + kind.code() + "/"
        + reporter.map(MemberId::value).orElseGet(() -> unit.orElseThrow().value()) + "@" + year);
  }
}
