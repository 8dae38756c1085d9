package org.dangjian.core.governance;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dangjian.core.ValidationException;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.org.UnitId;
import org.dangjian.core.record.Field;
import org.dangjian.core.record.Formats;
import org.dangjian.core.record.Index;
import org.dangjian.core.record.RecordFormat;
import org.dangjian.core.record.RecordId;
import org.dangjian.core.record.RecordKind;
import org.dangjian.core.record.Ref;
import org.dangjian.core.record.ValueFormat;

/**
 * A post in a school's administrative leadership team (行政领导班子) — its principal, vice-principals,
 * middle managers — held from a day, perhaps to a day, by a Party member of the dataset or by someone who
 * is not a member (党外), named or not. The Party organisation's side of the team is its committee's
 * positions; the two together show the cross-appointment (双向进入、交叉任职) the Party-led model asks for.
 *
 * @param unit the school
 * @param post the post
 * @param member the member holding it; empty when held by someone who is not a Party member of the dataset
 * @param name the holder's name where recorded (personal data, left out by writers unless asked)
 * @param from the first day held
 * @param to the last day held, if it has ended; not before {@code from}
 * @param id the record's stable id, where the source gives one
 */
public record LeadershipPost(UnitId unit, AdministrativePost post, Optional<MemberId> member, Optional<String> name, LocalDate from,
    Optional<LocalDate> to, Optional<RecordId> id) {

  /** The kind's index by school. */
  public static final Index<LeadershipPost, UnitId> BY_UNIT = Index.on("unit", LeadershipPost::unit);
  /** The kind's index by stable id, built on first use. */
  public static final Index<LeadershipPost, RecordId> BY_ID = Index.lazyOnEach("id",
      (LeadershipPost r) -> r.id().map(List::of).orElse(List.of()));

  private static final Field<LeadershipPost, RecordId> ID = Field.optional("id", Formats.RECORD_ID, LeadershipPost::id);
  private static final Field<LeadershipPost, UnitId> UNIT = Field.required("unit", Formats.UNIT_ID, LeadershipPost::unit);
  private static final Field<LeadershipPost, AdministrativePost> POST = Field.required("post",
      ValueFormat.code(AdministrativePost.class, "administrativePost"), LeadershipPost::post);
  private static final Field<LeadershipPost, MemberId> MEMBER = Field.optional("member", Formats.MEMBER_ID, LeadershipPost::member);
  private static final Field<LeadershipPost, String> NAME = Field.optional("name", ValueFormat.text(), LeadershipPost::name).personal();
  private static final Field<LeadershipPost, LocalDate> FROM = Field.required("from", ValueFormat.date(), LeadershipPost::from);
  private static final Field<LeadershipPost, LocalDate> TO = Field.optional("to", ValueFormat.date(), LeadershipPost::to);

  /** How a record is written in the format. */
  public static final RecordFormat<LeadershipPost> FORMAT = RecordFormat.of(LeadershipPost.class,
      v -> new LeadershipPost(v.get(UNIT), v.get(POST), v.optional(MEMBER), v.optional(NAME), v.get(FROM), v.optional(TO), v.optional(ID)),
      ID, UNIT, POST, MEMBER, NAME, FROM, TO);

  /**
   * The schools' leadership teams (行政领导班子), {@code leadershipPosts} in the format: by school, post and the
   * day taken up.
   */
  public static final RecordKind<LeadershipPost> KIND = RecordKind.of(LeadershipPost.class).format(FORMAT)
      .names("leadershipPosts", "leadershipPost")
      .unique(org.dangjian.core.record.UniqueKey.recordId(LeadershipPost::id, BY_ID))
      .order(Comparator.comparing(LeadershipPost::unit).thenComparing(LeadershipPost::post).thenComparing(LeadershipPost::from)
          .thenComparing((LeadershipPost r) -> r.member().map(MemberId::value).orElse(""))
          .thenComparing(LeadershipPost::id, RecordId.ABSENT_FIRST))
      .refs(Ref.toUnit("unit", LeadershipPost::unit), Ref.toMemberIfAny("member", LeadershipPost::member))
      .indexes(BY_UNIT, BY_ID).build();

  /**
   * @throws ValidationException ({@code end-before-start}) when {@code to} is before {@code from}
   */
  public LeadershipPost {
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(post, "post");
    Objects.requireNonNull(member, "member");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(id, "id");
    if (to.isPresent() && to.get().isBefore(from)) {
      throw ValidationException.of("to", "end-before-start", "held to " + to.get() + ", before it was taken up on " + from);
    }
  }

  /**
   * @param unit the school
   * @param post the post
   * @param member the member holding it
   * @param from the first day held
   * @return the post, held by a member, not ended
   */
  public static LeadershipPost ofMember(UnitId unit, AdministrativePost post, MemberId member, LocalDate from) {
    return new LeadershipPost(unit, post, Optional.of(member), Optional.empty(), from, Optional.empty(), Optional.empty());
  }

  /**
   * @param unit the school
   * @param post the post
   * @param from the first day held
   * @return the post, held by someone who is not a Party member of the dataset, not ended
   */
  public static LeadershipPost ofNonMember(UnitId unit, AdministrativePost post, LocalDate from) {
    return new LeadershipPost(unit, post, Optional.empty(), Optional.empty(), from, Optional.empty(), Optional.empty());
  }

  /**
   * @param date a day
   * @return whether the post was held on that day (its first and last days included)
   */
  public boolean heldOn(LocalDate date) {
    return !date.isBefore(from) && to.map(end -> !date.isAfter(end)).orElse(true);
  }

  /**
   * @param end the last day held
   * @return this post, ended on that day
   * @throws ValidationException ({@code end-before-start}) if that day is before it was taken up
   */
  public LeadershipPost endedOn(LocalDate end) {
    return new LeadershipPost(unit, post, member, name, from, Optional.of(end), id);
  }

  /**
   * @param value the holder's name
   * @return this post with its holder named
   */
  public LeadershipPost withName(String value) {
    return new LeadershipPost(unit, post, member, Optional.of(value), from, to, id);
  }

  /**
   * @param value the stable id
   * @return this post with that id
   */
  public LeadershipPost withId(RecordId value) {
    return new LeadershipPost(unit, post, member, name, from, to, Optional.of(value));
  }

  /**
   * @return the post as evidence names it: {@code leadership-post:<id>} where it has a record id, else
   *     {@code leadership-post:<unit>/<post>@<from>}
   */
  public String evidence() {
    return id.map(value -> "leadership-post:" + value.value()).orElseGet(() -> "leadership-post:" + unit + "/" + post.code() + "@" + from);
  }
}
