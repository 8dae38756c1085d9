package org.dangjian.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.dangjian.core.Problem;
import org.dangjian.core.ValidationException;
import org.dangjian.core.activity.ActivityType;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dataset.DatasetChange;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.record.Field;
import org.dangjian.core.record.Formats;
import org.dangjian.core.record.Index;
import org.dangjian.core.record.RecordFormat;
import org.dangjian.core.record.ValueFormat;
import org.dangjian.core.record.RecordKind;
import org.dangjian.core.record.RecordKinds;
import org.dangjian.core.record.Ref;
import org.dangjian.core.record.UniqueKey;
import org.dangjian.core.time.ReportingPeriod;
import org.junit.jupiter.api.Test;

/** A session takes a new record of any registered kind, and re-runs only the rules that read it. */
class RecordKindChangesTest {

  /** A project's own kind: a member's volunteering hours, appended as they are reported. */
  record Volunteering(String id, MemberId member, LocalDate date, int hours) {
    static final Index<Volunteering, MemberId> BY_MEMBER = Index.on("member", Volunteering::member);
    static final Field<Volunteering, String> ID = Field.required("id", ValueFormat.text(), Volunteering::id);
    static final Field<Volunteering, MemberId> MEMBER = Field.required("member", Formats.MEMBER_ID, Volunteering::member);
    static final Field<Volunteering, LocalDate> DATE = Field.required("date", ValueFormat.date(), Volunteering::date);
    static final Field<Volunteering, Integer> HOURS = Field.required("hours", ValueFormat.integer(), Volunteering::hours);
    static final RecordFormat<Volunteering> FORMAT = RecordFormat.of(Volunteering.class,
        v -> new Volunteering(v.get(ID), v.get(MEMBER), v.get(DATE), v.get(HOURS)), ID, MEMBER, DATE, HOURS);
    static final RecordKind<Volunteering> KIND = RecordKind.of(Volunteering.class).format(FORMAT).names("volunteering", "volunteeringRecord")
        .order(Comparator.comparing(Volunteering::member).thenComparing(Volunteering::date).thenComparing(Volunteering::id))
        .unique(UniqueKey.onField("id", Volunteering::id, (v, first) -> "id '" + v.id() + "' is used again; first at " + first))
        .refs(Ref.toMember("member", Volunteering::member)).indexes(BY_MEMBER).appendable().build();
  }

  private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);

  @Test
  void aProjectsOwnKindIsAddedCheckedAndReRunsNoBuiltInRule() {
    Fixture fixture = new Fixture().branch("b1");
    List<MemberId> ids = fixture.fullMembers("b1", 3, null);
    Dataset base = fixture.build();
    Dataset dataset = Dataset.builder(RecordKinds.builtIn().plus(Volunteering.KIND)).region(base.region()).units(base.units())
        .organisations(base.organisations()).members(base.members()).build();
    RuleSet national = RuleSetRegistry.standard().resolve("cn-national", AS_OF);
    ComplianceSession session = ComplianceSession.start(dataset, national, ReportingPeriod.year(2024), AS_OF);
    ComplianceSession.Update update = session.apply(DatasetChange.record(Volunteering.KIND,
        new Volunteering("v1", ids.get(0), LocalDate.of(2024, 5, 4), 3)));
    assertThat(update.reevaluated()).containsExactly(OrganisationId.of("b1"));
    assertThat(update.isEmpty()).isTrue();
    assertThat(session.dataset().records(Volunteering.KIND).by(Volunteering.BY_MEMBER, ids.get(0))).hasSize(1);
    ValidationException taken = catchThrowableOfType(ValidationException.class, () -> session.apply(DatasetChange.record(Volunteering.KIND,
        new Volunteering("v1", MemberId.of("m404"), LocalDate.of(2024, 5, 5), 2))));
    assertThat(taken.problems()).extracting(Problem::path, Problem::code).containsExactly(
        org.assertj.core.groups.Tuple.tuple("volunteeringRecord.id", "duplicate-id"),
        org.assertj.core.groups.Tuple.tuple("volunteeringRecord.member", "dangling-reference"));
    assertThat(session.report()).isEqualTo(ComplianceEngine.evaluate(session.dataset(), national, ReportingPeriod.year(2024), AS_OF));
  }

  @Test
  void aBuiltInKindThroughTheGenericChangeIsTheSameAsItsOwnChange() {
    Fixture fixture = new Fixture().branch("b1");
    fixture.fullMembers("b1", 3, null);
    Dataset dataset = fixture.build();
    org.dangjian.core.activity.Activity meeting = org.dangjian.core.activity.Activity.builder()
        .id(org.dangjian.core.activity.ActivityId.of("x1")).organisation(OrganisationId.of("b1"))
        .type(ActivityType.THEME_PARTY_DAY).date(LocalDate.of(2024, 3, 15)).addAttendees(MemberId.of("m001")).build();
    assertThat(dataset.with(DatasetChange.record(org.dangjian.core.activity.Activity.KIND, meeting)))
        .isEqualTo(dataset.with(DatasetChange.activity(meeting)));
    ValidationException again = catchThrowableOfType(ValidationException.class,
        () -> dataset.with(DatasetChange.activity(meeting)).with(DatasetChange.activity(meeting)));
    assertThat(again.problems()).extracting(Problem::path, Problem::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("activity.id", "activity 'x1' is already recorded"));
  }
}
