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

  /** The kind's index by attendee, built on first use. */
  public static final Index<Activity, MemberId> BY_ATTENDEE = Index.lazyOnEach("attendee", Activity::attendees);

  /** The kind's index by id, built on first use. */
  public static final Index<Activity, ActivityId> BY_ID = Index.lazyOn("id", Activity::id);

  /**
   * Activity records, {@code activities} in the format: by date, then id; ids unique; the organisation must
   * exist on the day, the type be standard or declared, the unit covered and every member named on the
   * roll. A session takes new ones.
   */
  public static final RecordKind<Activity> KIND = RecordKind.of(Activity.class).names("activities", "activity")
      .order(java.util.Comparator.comparing(Activity::date).thenComparing(Activity::id))
      .unique(UniqueKey.onField("id", Activity::id, (Activity a, String first) -> "id '" + a.id() + "' is used again; first at " + first)
          .indexedBy(BY_ID))
      .organisation(Activity::organisation)
      .refs(Ref.toMemberIfAny("host", Activity::host), Ref.toMemberIfAny("recorder", Activity::recorder),
          Ref.toMemberIfAny("lecturer", Activity::lecturer), Ref.toMembers("attendees", Activity::attendees),
          Ref.toMembersIn("absentees", "member", a -> a.absentees().stream().map(Absence::member).toList()))
      .indexes(BY_ORGANISATION, BY_ATTENDEE, BY_ID).appendable()
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
    java.util.Set<MemberId> present = new java.util.HashSet<>();
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
