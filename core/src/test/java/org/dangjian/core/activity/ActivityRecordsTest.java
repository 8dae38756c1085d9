package org.dangjian.core.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.dangjian.core.Labels;
import org.dangjian.core.Problem;
import org.dangjian.core.TestCounty;
import org.dangjian.core.ValidationException;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dues.DuesBase;
import org.dangjian.core.dues.DuesPayment;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.time.ReportingPeriod;
import org.junit.jupiter.api.Test;

/** Activity records and dues records: their own checks, the dataset's checks, and the indexes. */
class ActivityRecordsTest {
  private final TestCounty county = new TestCounty();

  private static MemberId m(String id) {
    return MemberId.of(id);
  }

  private static Activity.Builder meeting(String id, String organisation, String date) {
    return Activity.builder().id(ActivityId.of(id)).organisation(OrganisationId.of(organisation))
        .type(ActivityType.BRANCH_COMMITTEE_MEETING).date(LocalDate.parse(date));
  }

  private List<org.assertj.core.groups.Tuple> problems() {
    ValidationException e = catchThrowableOfType(ValidationException.class, county::build);
    assertThat(e).as("expected the dataset to be rejected").isNotNull();
    return e.problems().stream().map(p -> tuple(p.path(), p.code())).toList();
  }

  private static String problemOf(Runnable action) {
    ValidationException e = catchThrowableOfType(ValidationException.class, action::run);
    assertThat(e).as("expected a ValidationException").isNotNull();
    Problem p = e.problems().get(0);
    return p.path() + " " + p.code();
  }

  @Test
  void standardTypesAreFixedAndDeclaredTypesAreChecked() {
    assertThat(ActivityType.standardTypes()).hasSize(12).allSatisfy(t -> assertThat(t.isStandard()).isTrue());
    assertThat(ActivityType.standardType("theme-party-day")).contains(ActivityType.THEME_PARTY_DAY);
    assertThat(ActivityType.THEME_PARTY_DAY.labels().zh()).isEqualTo("主题党日");
    assertThat(TestCounty.STUDY_NIGHT.isStandard()).isFalse();
    assertThat(problemOf(() -> ActivityType.of("Study Night", new Labels("夜学夜谈", "study night")))).isEqualTo("code invalid-code");
    assertThat(problemOf(() -> ActivityType.of("party-lecture", new Labels("党课", "lecture")))).isEqualTo("code duplicate-code");
    assertThat(problemOf(() -> ActivityType.of("study-night", new Labels(" ", "study night")))).isEqualTo("zh blank");
  }

  @Test
  void aRecordCannotHaveSomeoneBothPresentAndAbsent() {
    assertThat(problemOf(() -> meeting("a1", "xx1", "2024-01-05").addAttendees(m("m11"), m("m12"))
        .addAbsentees(new Absence(m("m12"), Optional.of("病假"))).build())).isEqualTo("absentees[0].member present-and-absent");
    assertThat(problemOf(() -> meeting("a1", "xx1", "2024-01-05").addAttendees(m("m11"), m("m12"), m("m11")).build()))
        .isEqualTo("attendees[2] duplicate-id");
    assertThat(problemOf(() -> meeting("a1", "xx1", "2024-01-05")
        .addAbsentees(new Absence(m("m12"), Optional.empty()), new Absence(m("m12"), Optional.of("病假"))).build()))
        .isEqualTo("absentees[1].member duplicate-id");
    assertThat(meeting("a1", "xx1", "2024-01-05").addAgenda(AgendaItem.firstTopic("学习"), AgendaItem.of("议事")).build()
        .firstItem()).contains(AgendaItem.firstTopic("学习"));
  }

  @Test
  void activitiesAreCheckedAgainstTheDataset() {
    county.activities.add(meeting("a-zx-b1-2024-03-c", "xx1", "2024-02-01").build());
    county.activities.add(meeting("a2", "nowhere", "2024-02-01").build());
    county.activities.add(meeting("a3", "xx1", "2014-12-31").build());
    county.activities.add(meeting("a4", "xx1", "2024-02-01").type(ActivityType.of("study-day", new Labels("学习日", "study day")))
        .host(m("m99")).addAttendees(m("m11"), m("m98")).addAbsentees(new Absence(m("m97"), Optional.empty())).build());
    assertThat(problems()).containsExactly(
        tuple("activities[4].id", "duplicate-id"),
        tuple("activities[5].organisation", "dangling-reference"),
        tuple("activities[6].date", "organisation-not-active"),
        tuple("activities[7].type", "unknown-code"),
        tuple("activities[7].host", "dangling-reference"),
        tuple("activities[7].attendees[1]", "dangling-reference"),
        tuple("activities[7].absentees[0].member", "dangling-reference"));
  }

  @Test
  void declaredTypesAreUniqueAndDuesNameKnownMembers() {
    county.activityTypes.add(ActivityType.of("study-night", new Labels("夜学", "night study")));
    county.duesBases.add(new DuesBase(m("m99"), YearMonth.of(2024, 1), new BigDecimal("3000")));
    county.duesPayments.add(new DuesPayment(m("m98"), YearMonth.of(2024, 1), new BigDecimal("15.00"), LocalDate.of(2024, 1, 5)));
    assertThat(problems()).containsExactly(
        tuple("activityTypes[1].code", "duplicate-code"),
        tuple("duesBases[1].member", "dangling-reference"),
        tuple("duesPayments[3].member", "dangling-reference"));
  }

  @Test
  void amountsAreYuanWithAtMostTwoDecimals() {
    assertThat(problemOf(() -> new DuesPayment(m("m1"), YearMonth.of(2024, 1), new BigDecimal("12.345"), LocalDate.of(2024, 1, 5))))
        .isEqualTo("amount invalid-amount");
    assertThat(problemOf(() -> new DuesPayment(m("m1"), YearMonth.of(2024, 1), new BigDecimal("-0.01"), LocalDate.of(2024, 1, 5))))
        .isEqualTo("amount invalid-amount");
    assertThat(problemOf(() -> new DuesBase(m("m1"), YearMonth.of(2024, 1), new BigDecimal("1E+7")))).isEqualTo("monthlyBase invalid-amount");
    assertThat(new DuesPayment(m("m1"), YearMonth.of(2024, 1), new BigDecimal("12.300"), LocalDate.of(2024, 1, 5)).amount())
        .isEqualByComparingTo("12.3");
  }

  @Test
  void indexesAnswerByOrganisationPeriodAndMember() {
    Dataset dataset = county.build();
    assertThat(dataset.activitiesOf(OrganisationId.of("zx-b1"))).extracting(a -> a.id().value())
        .containsExactly("a-zx-b1-2024-03-c", "a-zx-b1-2024-q1-g", "a-zx-b1-2024-q1-l");
    assertThat(dataset.activitiesOf(OrganisationId.of("zx-b1"), ReportingPeriod.month(2024, 3))).hasSize(3);
    assertThat(dataset.activitiesOf(OrganisationId.of("zx-b1"), ReportingPeriod.month(2024, 4))).isEmpty();
    assertThat(dataset.activities()).extracting(Activity::date).isSorted();
    assertThat(dataset.activityType("study-night")).contains(TestCounty.STUDY_NIGHT);
    assertThat(dataset.activityType("party-lecture")).contains(ActivityType.PARTY_LECTURE);
    assertThat(dataset.activityType("nothing")).isEmpty();
    assertThat(dataset.duesPaymentsOf(m("m03"))).extracting(DuesPayment::month)
        .containsExactly(YearMonth.of(2024, 1), YearMonth.of(2024, 2), YearMonth.of(2024, 3));
    assertThat(dataset.duesBasesOf(m("m03"))).singleElement().extracting(DuesBase::monthlyBase).isEqualTo(new BigDecimal("5600.00"));
    assertThat(dataset.duesPaymentsOf(m("m04"))).isEmpty();
  }

  @Test
  void restructuringKeepsActivitiesAndDues() {
    Dataset merged = county.build().mergeBranches(OrganisationId.of("zx-b2"), OrganisationId.of("zx-b1"), LocalDate.of(2024, 9, 1)).dataset();
    assertThat(merged.activities()).hasSize(4);
    assertThat(merged.duesPayments()).hasSize(3);
  }

  @Test
  void trainingsNameKnownMembersAndRoundTrip() {
    Dataset dataset = county.build().toBuilder()
        .addTraining(new TrainingAttendance(m("m03"), LocalDate.of(2024, 4, 12), "全县党支部书记培训班"))
        .build();
    assertThat(dataset.trainingsOf(m("m03"))).extracting(TrainingAttendance::title).containsExactly("全县党支部书记培训班");
    assertThat(org.dangjian.core.json.DatasetFormat.read(org.dangjian.core.json.DatasetFormat.write(dataset,
        org.dangjian.core.json.Syntax.JSON), "x.json", org.dangjian.core.json.Syntax.JSON)).isEqualTo(dataset);
    ValidationException e = catchThrowableOfType(ValidationException.class, () -> county.build().toBuilder()
        .addTraining(new TrainingAttendance(m("m99"), LocalDate.of(2024, 4, 12), "培训")).build());
    assertThat(e.problems()).extracting(Problem::path, Problem::code).containsExactly(tuple("trainings[0].member", "dangling-reference"));
  }

  @Test
  void aMemberIsReplacedAndTheDatasetCheckedAnew() {
    Dataset dataset = county.build();
    org.dangjian.core.member.Member moved = dataset.member(m("m09")).orElseThrow().withBranch(OrganisationId.of("xx1"));
    assertThat(dataset.withMember(moved).membersOf(OrganisationId.of("xx1"))).extracting(x -> x.id().value()).contains("m09");
    assertThat(catchThrowableOfType(ValidationException.class, () -> dataset.withMember(moved.withBranch(OrganisationId.of("zx")))))
        .hasMessageContaining("not-a-branch");
    assertThat(catchThrowableOfType(ValidationException.class, () -> dataset.withMember(
        org.dangjian.core.member.Member.builder().from(moved).id(m("m77")).build()))).hasMessageContaining("unknown-member");
  }
}
