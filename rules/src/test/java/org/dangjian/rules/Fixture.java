package org.dangjian.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.activity.ActivityId;
import org.dangjian.core.activity.ActivityType;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dataset.Region;
import org.dangjian.core.member.Gender;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberCategory;
import org.dangjian.core.member.MemberEvent;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.member.MemberStatus;
import org.dangjian.core.member.TransferLetter;
import org.dangjian.core.org.Committee;
import org.dangjian.core.org.CommitteeRole;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.org.OrganisationKind;
import org.dangjian.core.org.Position;
import org.dangjian.core.org.Unit;
import org.dangjian.core.org.UnitId;
import org.dangjian.core.org.UnitKind;

/** Small datasets for rule tests, built in a few lines: a root committee and what the test adds. */
final class Fixture {
  static final LocalDate ESTABLISHED = LocalDate.of(2010, 1, 1);
  final List<Unit> units = new ArrayList<>();
  final List<Organisation> organisations = new ArrayList<>();
  final List<Member> members = new ArrayList<>();
  final List<Activity> activities = new ArrayList<>();
  final List<org.dangjian.core.governance.GovernanceDocument> documents = new ArrayList<>();
  final List<org.dangjian.core.governance.LeadershipPost> posts = new ArrayList<>();
  final List<org.dangjian.core.governance.DutyReport> reports = new ArrayList<>();
  final List<org.dangjian.core.supervision.Inspection> inspections = new ArrayList<>();
  final List<org.dangjian.core.supervision.Correction> corrections = new ArrayList<>();
  final List<org.dangjian.core.supervision.Bulletin> bulletins = new ArrayList<>();
  private int nextMember = 1;
  private int nextActivity = 1;

  Fixture() {
    organisations.add(Organisation.builder().id(OrganisationId.of("root")).name("县教育局党委")
        .kind(OrganisationKind.GRASSROOTS_COMMITTEE).established(ESTABLISHED).build());
  }

  Fixture unit(String id, UnitKind kind) {
    units.add(Unit.of(UnitId.of(id), "单位" + id, kind));
    return this;
  }

  Fixture organisation(String id, OrganisationKind kind, String parent, String... unitIds) {
    Organisation.Builder builder = Organisation.builder().id(OrganisationId.of(id)).name("组织" + id).kind(kind)
        .parent(OrganisationId.of(parent)).established(ESTABLISHED);
    for (String unit : unitIds) {
      builder.addUnits(UnitId.of(unit));
    }
    organisations.add(builder.build());
    return this;
  }

  Fixture branch(String id, String... unitIds) {
    return organisation(id, OrganisationKind.BRANCH, "root", unitIds);
  }

  /** Adds full members (full since 2015) to a branch; returns their ids. */
  List<MemberId> fullMembers(String branch, int count, String unit) {
    return addMembers(branch, count, unit, fullSince(LocalDate.of(2015, 7, 1)));
  }

  List<MemberId> probationaryMembers(String branch, int count) {
    LocalDate received = LocalDate.of(2024, 3, 1);
    return addMembers(branch, count, null, new MemberEvent.TransferredIn(received, "外县党支部",
        new TransferLetter("L-1", received.minusDays(5), received.plusMonths(3)), MemberStatus.PROBATIONARY,
        Optional.of(LocalDate.of(2023, 9, 1)), Optional.empty()));
  }

  static MemberEvent fullSince(LocalDate since) {
    LocalDate received = since.plusMonths(2);
    return new MemberEvent.TransferredIn(received, "师范学院党委",
        new TransferLetter("L-0", received.minusDays(5), received.plusMonths(3)), MemberStatus.FULL,
        Optional.empty(), Optional.of(since));
  }

  List<MemberId> addMembers(String branch, int count, String unit, MemberEvent first) {
    List<MemberId> ids = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      MemberId id = MemberId.of(String.format(java.util.Locale.ROOT, "m%03d", nextMember++));
      Member.Builder builder = Member.builder().id(id).name("党员" + id).gender(Gender.FEMALE)
          .birthDate(LocalDate.of(1980, 1, 1)).category(MemberCategory.TEACHER).branch(OrganisationId.of(branch))
          .addHistory(first);
      if (unit != null) {
        builder.unit(UnitId.of(unit));
      }
      members.add(builder.build());
      ids.add(id);
    }
    return ids;
  }

  /** Gives an organisation a committee elected on a day, with the first id as secretary. */
  Fixture committee(String organisation, LocalDate elected, int termYears, List<MemberId> holders) {
    List<Position> positions = new ArrayList<>();
    for (int i = 0; i < holders.size(); i++) {
      positions.add(Position.of(i == 0 ? CommitteeRole.SECRETARY : CommitteeRole.COMMITTEE_MEMBER, holders.get(i), elected));
    }
    replace(organisation, o -> o.withCommittee(Committee.of(elected, termYears, positions)));
    return this;
  }

  Fixture replace(String organisation, java.util.function.UnaryOperator<Organisation> change) {
    for (int i = 0; i < organisations.size(); i++) {
      if (organisations.get(i).id().value().equals(organisation)) {
        organisations.set(i, change.apply(organisations.get(i)));
        return this;
      }
    }
    throw new IllegalArgumentException(organisation);
  }

  Fixture activity(String organisation, ActivityType type, LocalDate date) {
    activities.add(Activity.builder().id(ActivityId.of("a" + nextActivity++)).organisation(OrganisationId.of(organisation))
        .type(type).date(date).build());
    return this;
  }

  final List<org.dangjian.core.dues.DuesBase> bases = new ArrayList<>();
  final List<org.dangjian.core.dues.DuesPayment> payments = new ArrayList<>();

  /** Adds a member with the given history to a branch. */
  MemberId member(String branch, LocalDate birthDate, MemberCategory category, List<MemberEvent> history) {
    MemberId id = MemberId.of(String.format(java.util.Locale.ROOT, "m%03d", nextMember++));
    members.add(Member.builder().id(id).name("党员" + id).gender(Gender.MALE).birthDate(birthDate).category(category)
        .branch(OrganisationId.of(branch)).history(history).build());
    return id;
  }

  Fixture activity(String organisation, ActivityType type, LocalDate date, java.util.function.UnaryOperator<Activity.Builder> details) {
    activities.add(details.apply(Activity.builder().id(ActivityId.of("a" + nextActivity++))
        .organisation(OrganisationId.of(organisation)).type(type).date(date)).build());
    return this;
  }

  Dataset build() {
    return Dataset.builder().region(Region.of("test", "测试县")).units(units).organisations(organisations)
        .members(members).activities(activities).duesBases(bases).duesPayments(payments)
        .addAll(org.dangjian.core.governance.GovernanceDocument.KIND, documents)
        .addAll(org.dangjian.core.governance.LeadershipPost.KIND, posts)
        .addAll(org.dangjian.core.governance.DutyReport.KIND, reports)
        .addAll(org.dangjian.core.supervision.Inspection.KIND, inspections)
        .addAll(org.dangjian.core.supervision.Correction.KIND, corrections)
        .addAll(org.dangjian.core.supervision.Bulletin.KIND, bulletins).build();
  }
}
