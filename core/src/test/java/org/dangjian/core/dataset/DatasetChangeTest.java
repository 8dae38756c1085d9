package org.dangjian.core.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.dangjian.core.TestCounty;
import org.dangjian.core.ValidationException;
import org.dangjian.core.activity.Absence;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.activity.ActivityId;
import org.dangjian.core.activity.ActivityType;
import org.dangjian.core.assessment.LedgerEntry;
import org.dangjian.core.dues.DuesPayment;
import org.dangjian.core.member.IllegalTransitionException;
import org.dangjian.core.member.MemberEvent;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.org.OrganisationId;
import org.junit.jupiter.api.Test;

/** Dataset.with adds one record, checked on its own, and equals the dataset built with it from the start. */
class DatasetChangeTest {
  private static final OrganisationId ZX_B1 = OrganisationId.of("zx-b1");

  private static Activity.Builder meeting(String id, LocalDate date) {
    return Activity.builder().id(ActivityId.of(id)).organisation(ZX_B1).type(ActivityType.BRANCH_COMMITTEE_MEETING).date(date)
        .addAttendees(MemberId.of("m03"), MemberId.of("m04"));
  }

  @Test
  void anAddedActivityIsFiledEverywhereAndEqualsARebuild() {
    TestCounty county = new TestCounty();
    Dataset before = county.build();
    Activity april = meeting("a-zx-b1-2024-04-c", LocalDate.of(2024, 4, 9)).addAttendees(MemberId.of("m14")).build();

    Dataset after = before.with(DatasetChange.activity(april));

    county.activities.add(april);
    assertThat(after).isEqualTo(county.build());
    assertThat(after.activities()).isEqualTo(county.build().activities()).contains(april);
    assertThat(after.activitiesOf(ZX_B1)).endsWith(april);
    assertThat(after.activitiesAttendedBy(MemberId.of("m14"))).contains(april);
    assertThat(after.activity(april.id())).contains(april);
    assertThat(before.activity(april.id())).isEmpty();
    assertThat(before.activities()).doesNotContain(april);
    assertThat(after.firstActivityDate()).isEqualTo(before.firstActivityDate());
  }

  @Test
  void anOrganisationsActivitiesOfATypeAreItsActivitiesOfThatTypeBeforeAndAfterOneIsAdded() {
    TestCounty county = new TestCounty();
    Dataset before = county.build();
    // Asked before the change, so that the index is built and must grow with it.
    assertThat(before.activitiesOf(ZX_B1, ActivityType.BRANCH_COMMITTEE_MEETING)).isNotEmpty();
    Activity april = meeting("a-zx-b1-2024-04-c", LocalDate.of(2024, 4, 9)).build();
    Dataset after = before.with(DatasetChange.activity(april));
    for (Dataset dataset : java.util.List.of(before, after)) {
      for (org.dangjian.core.org.Organisation organisation : dataset.organisations()) {
        for (ActivityType type : ActivityType.standardTypes()) {
          assertThat(dataset.activitiesOf(organisation.id(), type)).as("%s, %s", organisation.id(), type)
              .isEqualTo(dataset.activitiesOf(organisation.id()).stream().filter(a -> a.type().equals(type)).toList());
        }
      }
    }
    assertThat(after.activitiesOf(ZX_B1, ActivityType.BRANCH_COMMITTEE_MEETING)).contains(april);
    assertThat(before.activitiesOf(ZX_B1, ActivityType.BRANCH_COMMITTEE_MEETING)).doesNotContain(april);
    assertThat(after.activitiesOf(OrganisationId.of("nobody"), ActivityType.BRANCH_COMMITTEE_MEETING)).isEmpty();
  }

  @Test
  void anActivityBeforeEveryOtherMovesTheFirstActivityDate() {
    Dataset before = TestCounty.dataset();
    LocalDate earlier = before.firstActivityDate().orElseThrow().minusDays(1);
    Dataset after = before.with(DatasetChange.activity(meeting("early", earlier).build()));
    assertThat(after.firstActivityDate()).contains(earlier);
    assertThat(after.activities().get(0).id()).isEqualTo(ActivityId.of("early"));
  }

  @Test
  void aBadActivityIsRefusedWithEveryProblemNamedAndNothingAdded() {
    Dataset before = TestCounty.dataset();
    Activity bad = Activity.builder().id(before.activities().get(0).id()).organisation(OrganisationId.of("nowhere"))
        .type(ActivityType.of("made-up", new org.dangjian.core.Labels("编造", "made up"))).date(LocalDate.of(2024, 5, 1))
        .addAttendees(MemberId.of("m99")).addAbsentees(new Absence(MemberId.of("m98"), Optional.empty())).build();
    assertThatThrownBy(() -> before.with(DatasetChange.activity(bad))).isInstanceOfSatisfying(ValidationException.class, e ->
        assertThat(e.problems()).extracting(p -> p.path() + " " + p.code()).containsExactlyInAnyOrder(
            "activity.id duplicate-id", "activity.type unknown-code", "activity.organisation dangling-reference",
            "activity.attendees[0] dangling-reference", "activity.absentees[0].member dangling-reference"));
    assertThat(before.activities()).doesNotContain(bad);
  }

  @Test
  void paymentsAndLedgerEntriesAreAddedAndCheckedAlike() {
    TestCounty county = new TestCounty();
    Dataset before = county.build();
    DuesPayment payment = new DuesPayment(MemberId.of("m03"), YearMonth.of(2023, 12), new BigDecimal("84.00"), LocalDate.of(2023, 12, 20));
    LedgerEntry entry = new LedgerEntry(LocalDate.of(2024, 6, 1), MemberId.of("m05"), "volunteer-service", BigDecimal.ONE,
        Optional.empty(), Optional.of(MemberId.of("m03")));

    Dataset after = before.with(DatasetChange.duesPayment(payment)).with(DatasetChange.ledgerEntry(entry));

    county.duesPayments.add(payment);
    county.ledger.add(entry);
    assertThat(after).isEqualTo(county.build());
    assertThat(after.duesPaymentsOf(MemberId.of("m03"))).startsWith(payment);
    assertThat(after.firstDuesMonth()).contains(YearMonth.of(2023, 12));
    assertThat(after.ledgerOf(MemberId.of("m05"))).contains(entry);
    assertThatThrownBy(() -> before.with(DatasetChange.duesPayment(new DuesPayment(MemberId.of("m99"), YearMonth.of(2024, 1),
        BigDecimal.ONE, LocalDate.of(2024, 1, 5))))).isInstanceOf(ValidationException.class).hasMessageContaining("duesPayment.member");
    assertThatThrownBy(() -> before.with(DatasetChange.ledgerEntry(new LedgerEntry(LocalDate.of(2024, 6, 1), MemberId.of("m05"),
        "volunteer-service", BigDecimal.ONE, Optional.empty(), Optional.of(MemberId.of("m99"))))))
        .isInstanceOf(ValidationException.class).hasMessageContaining("ledgerEntry.approver");
  }

  @Test
  void aReplacedMemberIsCheckedAsAFullBuildWouldAndTheOtherRecordsAreShared() {
    Dataset before = TestCounty.dataset();
    before.activitiesAttendedBy(MemberId.of("m03")); // builds the lazy index, which the new dataset shares
    MemberId m06 = MemberId.of("m06");
    org.dangjian.core.member.Member retired = org.dangjian.core.member.Lifecycle.apply(before.member(m06).orElseThrow(),
        new MemberEvent.CategoryChanged(LocalDate.of(2024, 10, 2), org.dangjian.core.member.MemberCategory.RETIRED));
    java.util.List<org.dangjian.core.member.Member> members = new java.util.ArrayList<>(before.members());
    members.replaceAll(m -> m.id().equals(m06) ? retired : m);

    Dataset after = before.withMember(retired);

    assertThat(after).isEqualTo(before.toBuilder().replace(before.organisations(), members).build());
    assertThat(after.activities()).isSameAs(before.activities());
    assertThat(after.membersOf(ZX_B1)).contains(retired);

    // The secretary of zx-b1 (m03) moved out: refused with exactly the problems a full build reports.
    org.dangjian.core.member.Member secretary = before.member(MemberId.of("m03")).orElseThrow();
    org.dangjian.core.member.Member moved = secretary.withBranch(OrganisationId.of("lh")).withGroup(Optional.empty());
    java.util.List<org.dangjian.core.member.Member> withMoved = new java.util.ArrayList<>(before.members());
    withMoved.replaceAll(m -> m.id().equals(moved.id()) ? moved : m);
    ValidationException full = org.assertj.core.api.Assertions.catchThrowableOfType(ValidationException.class,
        () -> before.toBuilder().replace(before.organisations(), withMoved).build());
    assertThat(full).isNotNull();
    assertThatThrownBy(() -> before.withMember(moved)).isInstanceOfSatisfying(ValidationException.class, e ->
        assertThat(e.problems()).isNotEmpty().isEqualTo(full.problems()));
  }

  /**
   * Every member of the test county moved to every organisation (branches, groups, dissolved ones, levels
   * above): withMember accepts exactly what a full build accepts, equals it when it does, and reports the same
   * problems, paths and order when it does not.
   */
  @Test
  void replacingAnyMemberAnywhereIsJudgedAsAFullBuildJudgesIt() {
    Dataset before = TestCounty.dataset();
    int accepted = 0;
    int refused = 0;
    for (org.dangjian.core.member.Member member : before.members()) {
      for (org.dangjian.core.org.Organisation to : before.organisations()) {
        org.dangjian.core.member.Member moved = to.kind() == org.dangjian.core.org.OrganisationKind.GROUP
            ? member.withGroup(Optional.of(to.id()))
            : member.withBranch(to.id());
        java.util.List<org.dangjian.core.member.Member> members = new java.util.ArrayList<>(before.members());
        members.replaceAll(m -> m.id().equals(moved.id()) ? moved : m);
        Dataset full;
        try {
          full = before.toBuilder().replace(before.organisations(), members).build();
        } catch (ValidationException e) {
          assertThatThrownBy(() -> before.withMember(moved)).as("%s to %s", member.id(), to.id())
              .isInstanceOfSatisfying(ValidationException.class, mine -> assertThat(mine.problems()).isEqualTo(e.problems()));
          refused++;
          continue;
        }
        Dataset after = before.withMember(moved);
        assertThat(after).as("%s to %s", member.id(), to.id()).isEqualTo(full);
        assertThat(after.membersOf(to.id())).as("%s to %s", member.id(), to.id()).isEqualTo(full.membersOf(to.id()));
        accepted++;
      }
    }
    assertThat(accepted).as("moves accepted").isPositive();
    assertThat(refused).as("moves refused").isPositive();
  }

  /**
   * More replacements in a row than the member index holds beside its full form before it is built anew:
   * every look-up — by id, branch, group and unit — stays that of a dataset built from the same members.
   */
  @Test
  void manyReplacementsInARowKeepEveryLookUpOfAFullBuild() {
    Dataset dataset = TestCounty.dataset();
    java.util.List<org.dangjian.core.member.Member> members = new java.util.ArrayList<>(dataset.members());
    java.util.List<OrganisationId> branches = dataset.organisations().stream().filter(o -> o.kind().isBranch() && o.isActive())
        .map(org.dangjian.core.org.Organisation::id).toList();
    for (int i = 0; i < MemberIndex.REBUILD_AFTER * 2 + 7; i++) {
      int at = i * 7 % members.size();
      org.dangjian.core.member.Member moved = members.get(at).withBranch(branches.get(i % branches.size())).withGroup(Optional.empty());
      Dataset next;
      try {
        next = dataset.withMember(moved);
      } catch (ValidationException e) {
        continue; // a secretary moved away from their branch: refused, as a full build would
      }
      dataset = next;
      members.set(at, moved);
    }
    Dataset full = TestCounty.dataset().toBuilder().replace(TestCounty.dataset().organisations(), members).build();
    assertThat(dataset).isEqualTo(full);
    assertThat(dataset.members()).isEqualTo(full.members());
    for (org.dangjian.core.org.Organisation organisation : full.organisations()) {
      assertThat(dataset.membersOf(organisation.id())).as("members of %s", organisation.id()).isEqualTo(full.membersOf(organisation.id()));
    }
    for (org.dangjian.core.org.Unit unit : full.units()) {
      assertThat(dataset.membersOfUnit(unit.id())).as("members of unit %s", unit.id()).isEqualTo(full.membersOfUnit(unit.id()));
    }
    for (org.dangjian.core.member.Member member : full.members()) {
      assertThat(dataset.member(member.id())).contains(member);
    }
    assertThat(members).as("members moved").isNotEqualTo(TestCounty.dataset().members());
  }

  @Test
  void aMemberEventGoesThroughTheLifecycle() {
    Dataset before = TestCounty.dataset();
    MemberId m06 = MemberId.of("m06");
    Dataset after = before.with(DatasetChange.memberEvent(m06, new MemberEvent.Died(LocalDate.of(2024, 10, 2))));
    assertThat(after.member(m06).orElseThrow().history()).last().isEqualTo(new MemberEvent.Died(LocalDate.of(2024, 10, 2)));
    assertThatThrownBy(() -> after.with(DatasetChange.memberEvent(m06, new MemberEvent.Reinstated(LocalDate.of(2024, 11, 1)))))
        .isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> before.with(DatasetChange.memberEvent(MemberId.of("m99"), new MemberEvent.Died(LocalDate.of(2024, 10, 2)))))
        .isInstanceOf(ValidationException.class).hasMessageContaining("memberEvent.member");
  }
}
