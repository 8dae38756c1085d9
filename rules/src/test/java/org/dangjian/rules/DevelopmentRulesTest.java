package org.dangjian.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dangjian.core.member.MemberCategory;
import org.dangjian.core.member.MemberEvent;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.member.VoteTally;
import org.dangjian.core.org.OrganisationId;
import org.junit.jupiter.api.Test;

/** The development time limits at their edges: the day before, on and after each. */
class DevelopmentRulesTest {
  private static final VoteTally VOTE = VoteTally.of(10, 8, 8, 0, 0);

  /** A branch with two full members to introduce and contact, and a candidate's pipeline to be completed by the test. */
  private static Fixture branch() {
    Fixture fixture = new Fixture().branch("b1");
    fixture.fullMembers("b1", 2, null);
    return fixture;
  }

  private static List<MemberEvent> pipeline(String applied, String talk, String activist, String candidate) {
    List<MemberEvent> events = new ArrayList<>();
    events.add(new MemberEvent.Applied(LocalDate.parse(applied)));
    if (talk != null) {
      events.add(new MemberEvent.FirstTalkHeld(LocalDate.parse(talk), Optional.empty()));
    }
    if (activist != null) {
      events.add(new MemberEvent.ActivistDesignated(LocalDate.parse(activist), List.of(MemberId.of("m001"))));
    }
    if (candidate != null) {
      events.add(new MemberEvent.CandidateDesignated(LocalDate.parse(candidate)));
    }
    return events;
  }

  private static List<MemberEvent> admittedOn(String admitted, MemberEvent... after) {
    List<MemberEvent> events = pipeline("2021-01-04", "2021-01-20", "2021-03-01", "2022-03-01");
    events.add(new MemberEvent.ActivistReviewed(LocalDate.of(2021, 9, 1)));
    events.sort(java.util.Comparator.comparing(MemberEvent::date));
    events.add(new MemberEvent.PoliticalReviewed(LocalDate.of(2022, 4, 1), true));
    events.add(new MemberEvent.TrainingCompleted(LocalDate.of(2022, 4, 10), LocalDate.of(2022, 4, 12), 24));
    events.add(new MemberEvent.IntroducersNamed(LocalDate.of(2022, 4, 20), List.of(MemberId.of("m001"), MemberId.of("m002"))));
    events.add(new MemberEvent.Admitted(LocalDate.parse(admitted), VOTE));
    events.addAll(List.of(after));
    return events;
  }

  private static List<String> found(Fixture fixture, String type, String parameters, LocalDate asOf) {
    return Rules.findings(fixture.build(), Rules.single(type, "violation", parameters), asOf).stream()
        .map(f -> f.severity().code() + " " + f.messageCode() + " " + f.since().map(LocalDate::toString).orElse("")).toList();
  }

  @Test
  void applicantsTurnEighteenOnTheirBirthdayAndOnFirstMarchWhenBornOnALeapDay() {
    Fixture fixture = branch();
    fixture.member("b1", LocalDate.of(2006, 2, 28), MemberCategory.STUDENT, pipeline("2024-02-28", null, null, null));
    fixture.member("b1", LocalDate.of(2006, 2, 28), MemberCategory.STUDENT, pipeline("2024-02-27", null, null, null));
    fixture.member("b1", LocalDate.of(2004, 2, 29), MemberCategory.STUDENT, pipeline("2022-03-01", null, null, null));
    List<String> found = found(fixture, "applicant-age", "{minAge: 18}", LocalDate.of(2024, 12, 31));
    assertThat(found).containsExactly("violation applicant-age.under 2024-02-27");
    Fixture leap = branch();
    leap.member("b1", LocalDate.of(2006, 2, 28), MemberCategory.STUDENT, pipeline("2024-02-28", null, null, null));
    leap.member("b1", LocalDate.of(2004, 2, 29), MemberCategory.STUDENT, pipeline("2022-02-28", null, null, null));
    assertThat(found(leap, "applicant-age", "{minAge: 18}", LocalDate.of(2022, 12, 31)))
        .as("born 2004-02-29, 18 only on 2022-03-01").containsExactly("violation applicant-age.under 2022-02-28");
  }

  @Test
  void theFirstTalkWithinAMonthOfTheApplication() {
    Fixture fixture = branch();
    fixture.member("b1", LocalDate.of(1990, 1, 1), MemberCategory.TEACHER, pipeline("2024-01-31", "2024-02-29", null, null));
    fixture.member("b1", LocalDate.of(1990, 1, 1), MemberCategory.TEACHER, pipeline("2024-01-31", "2024-03-01", null, null));
    fixture.member("b1", LocalDate.of(1990, 1, 1), MemberCategory.TEACHER, pipeline("2024-10-15", null, null, null));
    // One month after 31 January is 29 February: a talk that day is in time, the next day is late.
    assertThat(found(fixture, "first-talk", "{withinMonths: 1}", LocalDate.of(2024, 11, 15)))
        .containsExactly("violation first-talk.late 2024-03-01");
    assertThat(found(fixture, "first-talk", "{withinMonths: 1}", LocalDate.of(2024, 11, 16)))
        .containsExactly("violation first-talk.late 2024-03-01", "violation first-talk.missing 2024-11-16");
  }

  @Test
  void aYearAsActivistBeforeBecomingACandidate() {
    Fixture fixture = branch();
    fixture.member("b1", LocalDate.of(1990, 1, 1), MemberCategory.TEACHER, pipeline("2023-01-05", "2023-01-20", "2023-02-28", "2024-02-28"));
    fixture.member("b1", LocalDate.of(1990, 1, 1), MemberCategory.TEACHER, pipeline("2023-01-05", "2023-01-20", "2023-02-28", "2024-02-27"));
    fixture.member("b1", LocalDate.of(1990, 1, 1), MemberCategory.TEACHER, pipeline("2023-01-05", "2023-01-20", "2023-02-28", "2024-02-29"));
    assertThat(found(fixture, "activist-duration", "{minYears: 1}", LocalDate.of(2024, 12, 31)))
        .containsExactly("violation activist-duration.short 2024-02-27");
  }

  @Test
  void activistsAreReviewedEveryHalfYear() {
    Fixture fixture = branch();
    List<MemberEvent> onTime = pipeline("2023-06-01", "2023-06-10", "2023-08-31", null);
    onTime.add(new MemberEvent.ActivistReviewed(LocalDate.of(2024, 2, 29)));
    fixture.member("b1", LocalDate.of(1990, 1, 1), MemberCategory.TEACHER, onTime);
    assertThat(found(fixture, "activist-review", "{intervalMonths: 6}", LocalDate.of(2024, 8, 29))).isEmpty();
    assertThat(found(fixture, "activist-review", "{intervalMonths: 6}", LocalDate.of(2024, 8, 30)))
        .containsExactly("violation activist-review.overdue 2024-08-30");
    Fixture late = branch();
    List<MemberEvent> lateReview = pipeline("2023-06-01", "2023-06-10", "2023-08-31", null);
    lateReview.add(new MemberEvent.ActivistReviewed(LocalDate.of(2024, 3, 1)));
    late.member("b1", LocalDate.of(1990, 1, 1), MemberCategory.TEACHER, lateReview);
    assertThat(found(late, "activist-review", "{intervalMonths: 6}", LocalDate.of(2024, 3, 1)))
        .containsExactly("violation activist-review.overdue 2024-03-01");
  }

  @Test
  void trainingOfThreeDaysOrTwentyFourHours() {
    Fixture fixture = branch();
    for (int[] shape : new int[][] {{3, 8}, {1, 24}, {2, 23}}) {
      List<MemberEvent> events = pipeline("2023-01-05", "2023-01-20", "2023-02-28", "2024-03-01");
      events.add(new MemberEvent.TrainingCompleted(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 4, shape[0]), shape[1]));
      fixture.member("b1", LocalDate.of(1990, 1, 1), MemberCategory.TEACHER, events);
    }
    assertThat(found(fixture, "training-length", "{minDays: 3, minHours: 24}", LocalDate.of(2024, 12, 31)))
        .containsExactly("violation training-length.short 2024-04-02");
  }

  @Test
  void approvalWithinThreeMonthsWarningAfterViolationAfterSix() {
    Fixture fixture = branch();
    fixture.member("b1", LocalDate.of(1990, 1, 1), MemberCategory.TEACHER,
        admittedOn("2024-01-31", new MemberEvent.AdmissionApproved(LocalDate.of(2024, 4, 30), OrganisationId.of("root"))));
    fixture.member("b1", LocalDate.of(1990, 1, 1), MemberCategory.TEACHER,
        admittedOn("2024-01-31", new MemberEvent.AdmissionApproved(LocalDate.of(2024, 5, 1), OrganisationId.of("root"))));
    fixture.member("b1", LocalDate.of(1990, 1, 1), MemberCategory.TEACHER,
        admittedOn("2024-01-31", new MemberEvent.AdmissionApproved(LocalDate.of(2024, 8, 1), OrganisationId.of("root"))));
    fixture.member("b1", LocalDate.of(1990, 1, 1), MemberCategory.TEACHER, admittedOn("2024-06-15"));
    assertThat(found(fixture, "admission-approval", "{warnAfterMonths: 3, maxMonths: 6}", LocalDate.of(2024, 9, 15)))
        .containsExactly("warning admission-approval.late 2024-05-01", "violation admission-approval.late 2024-05-01");
    assertThat(found(fixture, "admission-approval", "{warnAfterMonths: 3, maxMonths: 6}", LocalDate.of(2024, 12, 16)))
        .contains("violation admission-approval.pending 2024-09-16");
  }

  @Test
  void confirmationNeitherBeforeProbationEndsNorLongAfter() {
    MemberEvent approved = new MemberEvent.AdmissionApproved(LocalDate.of(2022, 6, 1), OrganisationId.of("root"));
    Fixture fixture = branch();
    fixture.member("b1", LocalDate.of(1990, 1, 1), MemberCategory.TEACHER,
        admittedOn("2022-05-10", approved, new MemberEvent.Confirmed(LocalDate.of(2023, 5, 9), VOTE)));
    fixture.member("b1", LocalDate.of(1990, 1, 1), MemberCategory.TEACHER,
        admittedOn("2022-05-10", approved, new MemberEvent.Confirmed(LocalDate.of(2023, 5, 10), VOTE)));
    fixture.member("b1", LocalDate.of(1990, 1, 1), MemberCategory.TEACHER, admittedOn("2022-05-10", approved));
    assertThat(found(fixture, "confirmation", "{}", LocalDate.of(2023, 5, 10))).containsExactly("violation confirmation.early 2023-05-09");
    assertThat(found(fixture, "confirmation", "{}", LocalDate.of(2023, 5, 11)))
        .containsExactly("violation confirmation.early 2023-05-09", "violation confirmation.overdue 2023-05-11");
  }

  @Test
  void anExtensionIsAtLeastSixMonths() {
    MemberEvent approved = new MemberEvent.AdmissionApproved(LocalDate.of(2022, 6, 1), OrganisationId.of("root"));
    Fixture fixture = branch();
    fixture.member("b1", LocalDate.of(1990, 1, 1), MemberCategory.TEACHER,
        admittedOn("2022-05-10", approved, new MemberEvent.ProbationExtended(LocalDate.of(2023, 5, 1), 5)));
    fixture.member("b1", LocalDate.of(1990, 1, 1), MemberCategory.TEACHER,
        admittedOn("2022-05-10", approved, new MemberEvent.ProbationExtended(LocalDate.of(2023, 5, 1), 6)));
    assertThat(found(fixture, "probation-extension", "{minMonths: 6}", LocalDate.of(2023, 6, 30)))
        .containsExactly("violation probation-extension.short 2023-05-01");
  }

  /** The pipeline of {@link #admittedOn} with the training's result and a pre-review as given (null: not recorded). */
  private static List<MemberEvent> admittedWithRecords(String admitted, Boolean trainingPassed, Boolean preReviewPassed,
      MemberEvent... after) {
    List<MemberEvent> events = admittedOn(admitted, after);
    for (int i = 0; i < events.size(); i++) {
      if (events.get(i) instanceof MemberEvent.TrainingCompleted training && trainingPassed != null) {
        events.set(i, training.withPassed(trainingPassed));
      }
      if (events.get(i) instanceof MemberEvent.Admitted && preReviewPassed != null) {
        events.add(i, new MemberEvent.PreReviewed(LocalDate.of(2022, 4, 25), OrganisationId.of("root"), preReviewPassed));
        i++;
      }
    }
    return events;
  }

  @Test
  void anAdmissionNeedsARecordedTrainingResultAndAPassedPreReview() {
    String records = "{require: [training-result, pre-review]}";
    Fixture unrecorded = branch();
    unrecorded.member("b1", LocalDate.of(1990, 1, 1), MemberCategory.TEACHER, admittedWithRecords("2024-06-28", null, null));
    assertThat(found(unrecorded, "development-records", records, LocalDate.of(2024, 12, 31)))
        .containsExactly("violation development-records.pre-review 2024-06-28", "violation development-records.training-result 2024-06-28");
    Fixture complete = branch();
    complete.member("b1", LocalDate.of(1990, 1, 1), MemberCategory.TEACHER, admittedWithRecords("2024-06-28", true, true));
    assertThat(found(complete, "development-records", records, LocalDate.of(2024, 12, 31))).isEmpty();
    Fixture refusedReview = branch();
    refusedReview.member("b1", LocalDate.of(1990, 1, 1), MemberCategory.TEACHER, admittedWithRecords("2024-06-28", true, false));
    assertThat(found(refusedReview, "development-records", records, LocalDate.of(2024, 12, 31)))
        .containsExactly("violation development-records.pre-review 2024-06-28");
    assertThat(found(unrecorded, "development-records", records, LocalDate.of(2025, 12, 31))).as("judged in the admission's window").isEmpty();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Rules.single("development-records", "violation", "{require: [oath]}"))
        .hasMessageContaining("parameter 'require' must be one of: pre-review, probation-review, training-result, not 'oath'");
  }

  @Test
  void probationaryMembersAreReviewedEverySixMonthsFromAMonthEnd() {
    String review = "{require: [probation-review], reviewMonths: 6}";
    MemberEvent approved = new MemberEvent.AdmissionApproved(LocalDate.of(2024, 3, 1), OrganisationId.of("root"));
    Fixture never = branch();
    never.member("b1", LocalDate.of(1990, 1, 1), MemberCategory.TEACHER, admittedWithRecords("2024-01-31", true, true, approved));
    // Six months after 31 January is 31 July: due that day, overdue from 1 August.
    assertThat(found(never, "development-records", review, LocalDate.of(2024, 7, 31))).isEmpty();
    assertThat(found(never, "development-records", review, LocalDate.of(2024, 8, 1)))
        .containsExactly("violation development-records.probation-review 2024-08-01");
    Fixture reviewed = branch();
    reviewed.member("b1", LocalDate.of(1990, 1, 1), MemberCategory.TEACHER, admittedWithRecords("2024-01-31", true, true, approved,
        new MemberEvent.ProbationReviewed(LocalDate.of(2024, 7, 31))));
    assertThat(found(reviewed, "development-records", review, LocalDate.of(2024, 12, 31))).isEmpty();
    Fixture confirmed = branch();
    confirmed.member("b1", LocalDate.of(1990, 1, 1), MemberCategory.TEACHER, admittedWithRecords("2023-01-31", true, true,
        new MemberEvent.AdmissionApproved(LocalDate.of(2023, 3, 1), OrganisationId.of("root")),
        new MemberEvent.ProbationReviewed(LocalDate.of(2023, 7, 31)), new MemberEvent.Confirmed(LocalDate.of(2024, 1, 31), VOTE)));
    assertThat(found(confirmed, "development-records", review, LocalDate.of(2024, 12, 31))).as("confirmed on time, reviewed once").isEmpty();
  }
}
