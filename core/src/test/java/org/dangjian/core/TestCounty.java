package org.dangjian.core;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.dangjian.core.activity.Absence;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.activity.ActivityId;
import org.dangjian.core.activity.ActivityType;
import org.dangjian.core.activity.AgendaItem;
import org.dangjian.core.assessment.AppraisalBallot;
import org.dangjian.core.assessment.AppraisalGrade;
import org.dangjian.core.assessment.Commitment;
import org.dangjian.core.assessment.CommitmentItem;
import org.dangjian.core.assessment.CommitmentOutcome;
import org.dangjian.core.assessment.LedgerEntry;
import org.dangjian.core.assessment.ReportGrade;
import org.dangjian.core.assessment.ReportRating;
import org.dangjian.core.dues.DuesBase;
import org.dangjian.core.dues.DuesPayment;
import java.util.ArrayList;
import java.util.List;
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

/**
 * A small county for core's tests: a bureau committee over a bureau branch, a high-school committee
 * with two branches (the first with two groups), a primary-school branch and a joint branch over three
 * village units; sixteen members; four activities (one of a declared type, 夜学夜谈) and three months of
 * one member's dues.
 */
public final class TestCounty {
  public static final LocalDate DAY = LocalDate.of(2024, 9, 1);

  public final List<Unit> units = new ArrayList<>();
  public final List<Organisation> organisations = new ArrayList<>();
  public final List<Member> members = new ArrayList<>();
  public final List<ActivityType> activityTypes = new ArrayList<>();
  public final List<Activity> activities = new ArrayList<>();
  public final List<DuesBase> duesBases = new ArrayList<>();
  public final List<DuesPayment> duesPayments = new ArrayList<>();
  public final List<LedgerEntry> ledger = new ArrayList<>();
  public final List<Commitment> commitments = new ArrayList<>();
  public final List<AppraisalBallot> ballots = new ArrayList<>();
  public final List<ReportRating> reportRatings = new ArrayList<>();
  public final List<org.dangjian.core.governance.GovernanceDocument> governanceDocuments = new ArrayList<>();
  public final List<org.dangjian.core.governance.LeadershipPost> leadershipPosts = new ArrayList<>();
  public final List<org.dangjian.core.governance.DutyReport> dutyReports = new ArrayList<>();

  /** 夜学夜谈: a regional activity type the county declares. */
  public static final ActivityType STUDY_NIGHT = ActivityType.of("study-night", new Labels("夜学夜谈", "study night"));

  public TestCounty() {
    unit("u-bureau", "清河县教育局机关", UnitKind.BUREAU_OFFICE);
    unit("u-zx", "清河县第一中学", UnitKind.HIGH_SCHOOL);
    unit("u-xx1", "清河县城关第一小学", UnitKind.PRIMARY_SCHOOL);
    unit("u-cx1", "石门村小学", UnitKind.PRIMARY_SCHOOL);
    unit("u-cx2", "柳树湾小学", UnitKind.PRIMARY_SCHOOL);
    unit("u-yey", "东岭乡中心幼儿园", UnitKind.KINDERGARTEN);

    organisations.add(org("jyj", "中共清河县教育局委员会", OrganisationKind.GRASSROOTS_COMMITTEE, null, "u-bureau")
        .withCommittee(Committee.of(LocalDate.of(2021, 6, 1), 5, List.of(
            Position.of(CommitteeRole.SECRETARY, MemberId.of("m01"), LocalDate.of(2021, 6, 1))))));
    organisations.add(org("jg", "教育局机关支部", OrganisationKind.BRANCH, "jyj", "u-bureau"));
    organisations.add(org("zx", "中共清河县第一中学委员会", OrganisationKind.GRASSROOTS_COMMITTEE, "jyj", "u-zx"));
    organisations.add(org("zx-b1", "第一中学第一支部", OrganisationKind.BRANCH, "zx", "u-zx")
        .withCommittee(Committee.of(LocalDate.of(2022, 9, 1), 3, List.of(
            Position.of(CommitteeRole.SECRETARY, MemberId.of("m03"), LocalDate.of(2022, 9, 1)),
            Position.of(CommitteeRole.ORGANISATION_MEMBER, MemberId.of("m04"), LocalDate.of(2022, 9, 1)),
            Position.of(CommitteeRole.PUBLICITY_MEMBER, MemberId.of("m05"), LocalDate.of(2022, 9, 1))))));
    organisations.add(org("zx-b1-g1", "第一党小组", OrganisationKind.GROUP, "zx-b1"));
    organisations.add(org("zx-b1-g2", "第二党小组", OrganisationKind.GROUP, "zx-b1"));
    organisations.add(org("zx-b2", "第一中学第二支部", OrganisationKind.BRANCH, "zx", "u-zx"));
    organisations.add(org("xx1", "城关第一小学支部", OrganisationKind.BRANCH, "jyj", "u-xx1"));
    organisations.add(org("lh", "东岭片区联合党支部", OrganisationKind.JOINT_BRANCH, "jyj", "u-cx1", "u-cx2", "u-yey"));

    member("m01", "王建国", "jg", null, "u-bureau");
    member("m02", "李秀英", "jg", null, "u-bureau");
    member("m03", "张伟", "zx-b1", "zx-b1-g1", "u-zx");
    member("m04", "刘芳", "zx-b1", "zx-b1-g1", "u-zx");
    member("m05", "陈静", "zx-b1", "zx-b1-g2", "u-zx");
    member("m06", "杨洋", "zx-b1", "zx-b1-g2", "u-zx");
    member("m07", "赵磊", "zx-b1", null, "u-zx");
    member("m08", "黄敏", "zx-b1", null, "u-zx");
    member("m09", "周杰", "zx-b2", null, "u-zx");
    member("m10", "吴霞", "zx-b2", null, "u-zx");
    member("m11", "徐明", "xx1", null, "u-xx1");
    member("m12", "孙丽", "xx1", null, "u-xx1");
    member("m13", "马超", "xx1", null, "u-xx1");
    member("m14", "朱红", "lh", null, "u-cx1");
    member("m15", "胡军", "lh", null, "u-cx2");
    member("m16", "郭燕", "lh", null, "u-yey");

    activityTypes.add(STUDY_NIGHT);
    activities.add(Activity.builder().id(ActivityId.of("a-zx-b1-2024-03-c")).organisation(OrganisationId.of("zx-b1"))
        .type(ActivityType.BRANCH_COMMITTEE_MEETING).date(LocalDate.of(2024, 3, 5))
        .host(MemberId.of("m03")).recorder(MemberId.of("m04"))
        .addAttendees(MemberId.of("m03"), MemberId.of("m04"), MemberId.of("m05"))
        .addAgenda(AgendaItem.firstTopic("学习习近平总书记关于教育的重要论述"), AgendaItem.of("研究发展党员工作"))
        .summary("研究确定第一季度党员大会议题。").build());
    activities.add(Activity.builder().id(ActivityId.of("a-zx-b1-2024-q1-g")).organisation(OrganisationId.of("zx-b1"))
        .type(ActivityType.BRANCH_GENERAL_MEETING).date(LocalDate.of(2024, 3, 20))
        .host(MemberId.of("m03")).recorder(MemberId.of("m05"))
        .addAttendees(MemberId.of("m03"), MemberId.of("m04"), MemberId.of("m05"), MemberId.of("m06"), MemberId.of("m07"))
        .addAbsentees(new Absence(MemberId.of("m08"), Optional.of("外出培训")))
        .addAgenda(AgendaItem.of("通报第一季度支部工作")).build());
    activities.add(Activity.builder().id(ActivityId.of("a-zx-b1-2024-q1-l")).organisation(OrganisationId.of("zx-b1"))
        .type(ActivityType.PARTY_LECTURE).date(LocalDate.of(2024, 3, 28)).lecturer(MemberId.of("m03"))
        .host(MemberId.of("m04")).recorder(MemberId.of("m05"))
        .addAttendees(MemberId.of("m03"), MemberId.of("m04"), MemberId.of("m05"), MemberId.of("m06"))
        .addAbsentees(new Absence(MemberId.of("m07"), Optional.empty())).build());
    activities.add(Activity.builder().id(ActivityId.of("a-lh-2024-04-n")).organisation(OrganisationId.of("lh"))
        .type(STUDY_NIGHT).date(LocalDate.of(2024, 4, 10))
        .addAttendees(MemberId.of("m14"), MemberId.of("m15"), MemberId.of("m16")).build());
    duesBases.add(new DuesBase(MemberId.of("m03"), YearMonth.of(2024, 1), new BigDecimal("5600.00")));
    for (int month = 1; month <= 3; month++) {
      duesPayments.add(new DuesPayment(MemberId.of("m03"), YearMonth.of(2024, month), new BigDecimal("84.00"),
          LocalDate.of(2024, month, 10)));
    }
    ledger.add(new LedgerEntry(LocalDate.of(2024, 3, 5), MemberId.of("m03"), "meeting-attended", new BigDecimal("1"),
        Optional.of("支委会"), Optional.of(MemberId.of("m04"))));
    ledger.add(new LedgerEntry(LocalDate.of(2024, 5, 9), MemberId.of("m03"), "study-missed", new BigDecimal("-3"),
        Optional.empty(), Optional.empty()));
    commitments.add(new Commitment(MemberId.of("m03"), 2024, LocalDate.of(2024, 2, 20), List.of(
        new CommitmentItem("结对帮扶一名青年教师", Optional.of("全年听课20节"), Optional.of(CommitmentOutcome.KEPT)),
        new CommitmentItem("带头开展课后服务", Optional.empty(), Optional.empty()))));
    ballots.add(new AppraisalBallot(MemberId.of("m04"), MemberId.of("m03"), 2024, AppraisalGrade.EXCELLENT));
    ballots.add(new AppraisalBallot(MemberId.of("m03"), MemberId.of("m03"), 2024, AppraisalGrade.QUALIFIED));
    reportRatings.add(new ReportRating(MemberId.of("m05"), MemberId.of("m03"), OrganisationId.of("zx-b1"), 2024, ReportGrade.GOOD));
  }

  /** @return the valid county */
  public static Dataset dataset() {
    return new TestCounty().build();
  }

  public Dataset build() {
    return builder().build();
  }

  public Dataset.Builder builder() {
    return Dataset.builder().region(Region.of("qinghe-test", "清河县（测试）"))
        .units(units).organisations(organisations).members(members).activityTypes(activityTypes)
        .activities(activities).duesBases(duesBases).duesPayments(duesPayments).ledger(ledger).commitments(commitments)
        .ballots(ballots).reportRatings(reportRatings).addAll(org.dangjian.core.governance.GovernanceDocument.KIND, governanceDocuments)
        .addAll(org.dangjian.core.governance.LeadershipPost.KIND, leadershipPosts)
        .addAll(org.dangjian.core.governance.DutyReport.KIND, dutyReports);
  }

  public int indexOfOrganisation(String id) {
    for (int i = 0; i < organisations.size(); i++) {
      if (organisations.get(i).id().value().equals(id)) {
        return i;
      }
    }
    throw new IllegalArgumentException(id);
  }

  public int indexOfMember(String id) {
    for (int i = 0; i < members.size(); i++) {
      if (members.get(i).id().value().equals(id)) {
        return i;
      }
    }
    throw new IllegalArgumentException(id);
  }

  public void replaceOrganisation(String id, java.util.function.UnaryOperator<Organisation> change) {
    int i = indexOfOrganisation(id);
    organisations.set(i, change.apply(organisations.get(i)));
  }

  public void replaceMember(String id, java.util.function.UnaryOperator<Member> change) {
    int i = indexOfMember(id);
    members.set(i, change.apply(members.get(i)));
  }

  /** A history for a full member whose development was recorded elsewhere: one transfer in. */
  public static MemberEvent joinedAsFullMember(LocalDate fullSince) {
    LocalDate received = fullSince.plusYears(2);
    return new MemberEvent.TransferredIn(received, "清河师范学院学生党总支",
        new TransferLetter("QS-" + received.getYear() + "-" + received.getDayOfYear(), received.minusDays(10), received.plusMonths(3)),
        MemberStatus.FULL, java.util.Optional.empty(), java.util.Optional.of(fullSince));
  }

  public void replaceUnit(String id, java.util.function.UnaryOperator<Unit> change) {
    for (int i = 0; i < units.size(); i++) {
      if (units.get(i).id().value().equals(id)) {
        units.set(i, change.apply(units.get(i)));
        return;
      }
    }
    throw new IllegalArgumentException(id);
  }

  public void unit(String id, String name, UnitKind kind) {
    units.add(Unit.of(UnitId.of(id), name, kind));
  }

  public static Organisation org(String id, String name, OrganisationKind kind, String parent, String... units) {
    Organisation.Builder builder = Organisation.builder().id(OrganisationId.of(id)).name(name).kind(kind)
        .established(LocalDate.of(2015, 3, 1));
    if (parent != null) {
      builder.parent(OrganisationId.of(parent));
    }
    for (String unit : units) {
      builder.addUnits(UnitId.of(unit));
    }
    return builder.build();
  }

  private void member(String id, String name, String branch, String group, String unit) {
    Member.Builder builder = Member.builder().id(MemberId.of(id)).name(name)
        .gender(Integer.parseInt(id.substring(1)) % 2 == 0 ? Gender.FEMALE : Gender.MALE)
        .birthDate(LocalDate.of(1980, 1, 1).plusDays(Integer.parseInt(id.substring(1)) * 400L))
        .category(MemberCategory.TEACHER)
        .branch(OrganisationId.of(branch))
        .unit(UnitId.of(unit))
        .addHistory(joinedAsFullMember(LocalDate.of(2010, 9, 1).plusMonths(Integer.parseInt(id.substring(1)))));
    if (group != null) {
      builder.group(OrganisationId.of(group));
    }
    members.add(builder.build());
  }
}
