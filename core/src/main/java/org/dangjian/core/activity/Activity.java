package org.dangjian.core.activity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dangjian.core.ValidationException;
import org.dangjian.core.internal.Builds;
import org.dangjian.core.internal.DomainStyle;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.org.UnitId;
import org.dangjian.core.record.Index;
import org.dangjian.core.record.Field;
import org.dangjian.core.record.Formats;
import org.dangjian.core.record.RecordFormat;
import org.dangjian.core.record.ValueFormat;
import org.dangjian.core.record.RecordKind;
import org.dangjian.core.record.Ref;
import org.dangjian.core.record.UniqueKey;
import org.immutables.value.Value;

/**
 * One record of organisational life (组织生活记录): which organisation held what, when, who hosted,
 * who recorded, who lectured, who attended and who was absent and why, and the agenda.
 *
 * <p>What makes a record good — host, recorder, attendees, reasons for absences, a lecturer for 党课,
 * the 第一议题 first — and whether enough members attended are rules for the compliance engine; the
 * record itself only has to be consistent (nobody both present and absent).
 *
 * <p>Immutable; build with {@link #builder()}.
 */
@Value.Immutable
@DomainStyle
public abstract class Activity {

  Activity() {}

  /** The kind's index by the organisation that held the activity. */
  public static final Index<Activity, OrganisationId> BY_ORGANISATION = Index.on("organisation", Activity::organisation);

  private static Field<org.dangjian.core.member.VoteTally, Integer> tallyField(String name,
      java.util.function.Function<org.dangjian.core.member.VoteTally, Integer> getter) {
    return Field.required(name, ValueFormat.integer(), getter).withSchema(java.util.Map.of("minimum", 0));
  }

  /** The kind's index by attendee, built on first use. */
  public static final Index<Activity, MemberId> BY_ATTENDEE = Index.lazyOnEach("attendee", Activity::attendees);

  /** The kind's index by id, built on first use. */
  public static final Index<Activity, ActivityId> BY_ID = Index.lazyOn("id", Activity::id);

  /**
   * The key of {@link #BY_ORGANISATION_AND_TYPE}: an organisation and a type of activity.
   *
   * @param organisation the organisation that held the activities
   * @param type their type
   */
  public record OrganisationAndType(OrganisationId organisation, ActivityType type) {
    /** @throws NullPointerException if either is null */
    public OrganisationAndType {
      java.util.Objects.requireNonNull(organisation, "organisation");
      java.util.Objects.requireNonNull(type, "type");
    }
  }

  /** The kind's index by the organisation that held the activity and its type, built on first use (rules judging one type). */
  public static final Index<Activity, OrganisationAndType> BY_ORGANISATION_AND_TYPE = Index.lazyOn("organisation and type",
      a -> new OrganisationAndType(a.organisation(), a.type()));

  private static final Field<Absence, MemberId> ABSENT = Field.required("member", Formats.MEMBER_ID, Absence::member);
  private static final Field<Absence, String> REASON = Field.optional("reason", ValueFormat.text().shared(), Absence::reason);
  private static final RecordFormat<Absence> ABSENCE = RecordFormat.of(Absence.class,
      v -> new Absence(v.get(ABSENT), v.optional(REASON)), ABSENT, REASON);
  private static final Field<AgendaItem, String> TITLE = Field.required("title", ValueFormat.text().shared(), AgendaItem::title);
  private static final Field<AgendaItem, Boolean> FIRST_TOPIC = Field.flag("firstTopic", AgendaItem::firstTopic);
  private static final Field<org.dangjian.core.member.VoteTally, Integer> ENTITLED = tallyField("entitled",
      org.dangjian.core.member.VoteTally::entitled);
  private static final Field<org.dangjian.core.member.VoteTally, Integer> PRESENT = tallyField("present",
      org.dangjian.core.member.VoteTally::present);
  private static final Field<org.dangjian.core.member.VoteTally, Integer> IN_FAVOUR = tallyField("inFavour",
      org.dangjian.core.member.VoteTally::inFavour);
  private static final Field<org.dangjian.core.member.VoteTally, Integer> AGAINST = tallyField("against",
      org.dangjian.core.member.VoteTally::against);
  private static final Field<org.dangjian.core.member.VoteTally, Integer> ABSTAINING = tallyField("abstaining",
      org.dangjian.core.member.VoteTally::abstaining);
  private static final Field<org.dangjian.core.member.VoteTally, Integer> WRITTEN = tallyField("writtenOpinions",
      org.dangjian.core.member.VoteTally::writtenOpinions);
  private static final RecordFormat<org.dangjian.core.member.VoteTally> TALLY = RecordFormat.of(org.dangjian.core.member.VoteTally.class,
      v -> new org.dangjian.core.member.VoteTally(v.get(ENTITLED), v.get(PRESENT), v.get(IN_FAVOUR), v.get(AGAINST), v.get(ABSTAINING),
          v.get(WRITTEN)), ENTITLED, PRESENT, IN_FAVOUR, AGAINST, ABSTAINING, WRITTEN);
  private static final Field<org.dangjian.core.governance.Decision, org.dangjian.core.governance.MatterCategory> CATEGORY =
      Field.required("category", ValueFormat.code(org.dangjian.core.governance.MatterCategory.class, "matterCategory"),
          org.dangjian.core.governance.Decision::category);
  private static final Field<org.dangjian.core.governance.Decision, String> MATTER = Field.optional("matter", ValueFormat.text(),
      org.dangjian.core.governance.Decision::matter);
  private static final Field<org.dangjian.core.governance.Decision, org.dangjian.core.member.VoteTally> DECISION_TALLY =
      Field.optional("tally", ValueFormat.object(TALLY), org.dangjian.core.governance.Decision::tally);
  private static final Field<org.dangjian.core.governance.Decision, Boolean> AGREED = Field.flag("agreedBeforehand",
      org.dangjian.core.governance.Decision::agreedBeforehand);
  private static final RecordFormat<org.dangjian.core.governance.Decision> DECISION = RecordFormat.of(
      org.dangjian.core.governance.Decision.class, v -> new org.dangjian.core.governance.Decision(v.get(CATEGORY), v.optional(MATTER),
          v.optional(DECISION_TALLY), v.flag(AGREED)), CATEGORY, MATTER, DECISION_TALLY, AGREED);
  private static final Field<AgendaItem, org.dangjian.core.governance.Decision> ITEM_DECISION = Field.optional("decision",
      ValueFormat.object(DECISION), AgendaItem::decision);
  private static final RecordFormat<AgendaItem> AGENDA_ITEM = RecordFormat.of(AgendaItem.class,
      v -> new AgendaItem(v.get(TITLE), v.flag(FIRST_TOPIC), v.optional(ITEM_DECISION)), TITLE, FIRST_TOPIC, ITEM_DECISION);
  private static final Field<Activity, ActivityId> ID = Field.required("id", Formats.ACTIVITY_ID, Activity::id);
  private static final Field<Activity, OrganisationId> ORGANISATION = Field.required("organisation", Formats.ORGANISATION_ID,
      Activity::organisation);
  private static final Field<Activity, UnitId> UNIT = Field.optional("unit", Formats.UNIT_ID, Activity::unit);
  private static final Field<Activity, ActivityType> TYPE = Field.required("type", Formats.ACTIVITY_TYPE, Activity::type);
  private static final Field<Activity, LocalDate> DATE = Field.required("date", ValueFormat.date(), Activity::date);
  private static final Field<Activity, Integer> MINUTES = Field.optional("minutes", ValueFormat.integer(), Activity::minutes)
      .withSchema(java.util.Map.of("minimum", 1, "maximum", 1440));
  private static final Field<Activity, MemberId> HOST = Field.optional("host", Formats.MEMBER_ID, Activity::host);
  private static final Field<Activity, MemberId> RECORDER = Field.optional("recorder", Formats.MEMBER_ID, Activity::recorder);
  private static final Field<Activity, MemberId> LECTURER = Field.optional("lecturer", Formats.MEMBER_ID, Activity::lecturer);
  private static final Field<Activity, MemberId> ATTENDEES = Field.list("attendees", Formats.MEMBER_ID, Activity::attendees)
      .withSchema(java.util.Map.of("uniqueItems", true));
  private static final Field<Activity, Absence> ABSENTEES = Field.list("absentees", ValueFormat.object(ABSENCE), Activity::absentees);
  private static final Field<Activity, AgendaItem> AGENDA = Field.list("agenda", ValueFormat.object(AGENDA_ITEM), Activity::agenda);
  private static final Field<Activity, String> SUMMARY = Field.optional("summary", ValueFormat.text(), Activity::summary);

  /**
   * How a record is written in the format. A type that is not standard reads as a stand-in with its code,
   * which the reader replaces by the type the dataset declares.
   */
  public static final RecordFormat<Activity> FORMAT = RecordFormat.of(Activity.class,
      v -> Activity.builder().id(v.get(ID)).organisation(v.get(ORGANISATION)).unit(v.optional(UNIT)).type(v.get(TYPE))
          .date(v.get(DATE)).minutes(v.optional(MINUTES)).host(v.optional(HOST)).recorder(v.optional(RECORDER))
          .lecturer(v.optional(LECTURER)).attendees(v.list(ATTENDEES)).absentees(v.list(ABSENTEES)).agenda(v.list(AGENDA))
          .summary(v.optional(SUMMARY)).build(),
      ID, ORGANISATION, UNIT, TYPE, DATE, MINUTES, HOST, RECORDER, LECTURER, ATTENDEES, ABSENTEES, AGENDA, SUMMARY);

  /**
   * Activity records, {@code activities} in the format: by date, then id; ids unique; the organisation must
   * exist on the day, the type be standard or declared, the unit covered and every member named on the
   * roll. A session takes new ones.
   */
  public static final RecordKind<Activity> KIND = RecordKind.of(Activity.class).format(FORMAT).names("activities", "activity")
      .order(java.util.Comparator.comparing(Activity::date).thenComparing(Activity::id))
      .unique(UniqueKey.onField("id", Activity::id, (Activity a, String first) -> "id '" + a.id() + "' is used again; first at " + first)
          .indexedBy(BY_ID))
      .organisation(Activity::organisation)
      .refs(Ref.toMemberIfAny("host", Activity::host), Ref.toMemberIfAny("recorder", Activity::recorder),
          Ref.toMemberIfAny("lecturer", Activity::lecturer), Ref.toMembers("attendees", Activity::attendees),
          Ref.toMembersIn("absentees", "member", a -> a.absentees().stream().map(Absence::member).toList()))
      .indexes(BY_ORGANISATION, BY_ATTENDEE, BY_ID, BY_ORGANISATION_AND_TYPE).appendable()
      .check(org.dangjian.core.internal.DatasetChecks::checkActivity).build();

  /** @return the identifier */
  public abstract ActivityId id();

  /** @return the organisation that held it: a branch, group, committee… */
  public abstract OrganisationId organisation();

  /**
   * @return the unit (school) it was held for, where recorded: a joint branch's weekly study is held school
   *     by school, and a rule may count it per unit
   */
  public abstract Optional<UnitId> unit();

  /** @return how long it lasted, in minutes (1–1440), where recorded: "one hour of study" is checked against it */
  public abstract Optional<Integer> minutes();

  /** @return the kind of activity */
  public abstract ActivityType type();

  /** @return the day it was held */
  public abstract LocalDate date();

  /** @return who chaired it (主持人), if recorded */
  public abstract Optional<MemberId> host();

  /** @return who kept the record (记录人), if recorded */
  public abstract Optional<MemberId> recorder();

  /** @return who gave the lecture (主讲人), for a 党课, if recorded */
  public abstract Optional<MemberId> lecturer();

  /** @return the members present, in the order recorded, each once */
  public abstract List<MemberId> attendees();

  /** @return the members recorded as absent, with reasons */
  public abstract List<Absence> absentees();

  /** @return the agenda, in order */
  public abstract List<AgendaItem> agenda();

  /** @return the content of the record (会议内容), if recorded */
  public abstract Optional<String> summary();

  /** @return the first agenda item, if there is an agenda */
  public Optional<AgendaItem> firstItem() {
    return agenda().isEmpty() ? Optional.empty() : Optional.of(agenda().get(0));
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    List<MemberId> attendees = attendees();
    java.util.Set<MemberId> present = new java.util.HashSet<>(Math.max(16, attendees.size() * 2));
    for (int i = 0; i < attendees.size(); i++) {
      if (!present.add(attendees.get(i))) {
        throw ValidationException.of("attendees[" + i + "]", "duplicate-id", "'" + attendees.get(i) + "' is recorded present twice");
      }
    }
    List<Absence> absentees = absentees();
    for (int i = 0; i < absentees.size(); i++) {
      MemberId absent = absentees.get(i).member();
      if (present.contains(absent)) {
        throw ValidationException.of("absentees[" + i + "].member", "present-and-absent",
            "'" + absent + "' is recorded both as present and as absent");
      }
      for (int j = 0; j < i; j++) {
        if (absentees.get(j).member().equals(absent)) {
          throw ValidationException.of("absentees[" + i + "].member", "duplicate-id", "'" + absent + "' is recorded absent twice");
        }
      }
    }
    summary().ifPresent(text -> Builds.requireText(text, "summary"));
    minutes().filter(m -> m < 1 || m > 1440).ifPresent(m -> {
      throw ValidationException.of("minutes", "invalid-value", "an activity lasts 1–1440 minutes, not " + m);
    });
  }

  /** Builds an {@link Activity}; {@link #build()} throws a {@code ValidationException} naming what is missing. */
  public static final class Builder extends ImmutableActivity.Builder {
    Builder() {}

    @Override
    public Activity build() {
      return Builds.build(super::build);
    }
  }
}
