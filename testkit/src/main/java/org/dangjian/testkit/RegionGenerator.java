package org.dangjian.testkit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;
import java.util.SplittableRandom;
import org.dangjian.core.activity.Absence;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.activity.ActivityId;
import org.dangjian.core.activity.ActivityType;
import org.dangjian.core.assessment.AppraisalBallot;
import org.dangjian.core.assessment.AppraisalGrade;
import org.dangjian.core.assessment.Commitment;
import org.dangjian.core.assessment.CommitmentItem;
import org.dangjian.core.assessment.CommitmentOutcome;
import org.dangjian.core.assessment.LedgerEntry;
import org.dangjian.core.assessment.ReportGrade;
import org.dangjian.core.assessment.ReportRating;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dataset.Region;
import org.dangjian.core.dues.DuesBase;
import org.dangjian.core.dues.DuesPayment;
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
import org.dangjian.core.governance.AdministrativePost;
import org.dangjian.core.governance.ApprovingBody;
import org.dangjian.core.governance.LeadershipPost;
import org.dangjian.core.governance.Decision;
import org.dangjian.core.governance.DutyReport;
import org.dangjian.core.governance.GroupRating;
import org.dangjian.core.governance.MatterCategory;
import org.dangjian.core.governance.RaterGroup;
import org.dangjian.core.activity.AgendaItem;
import org.dangjian.core.member.VoteTally;
import org.dangjian.core.governance.GovernanceDocument;
import org.dangjian.core.governance.GovernanceDocumentKind;
import org.dangjian.core.org.Governance;
import org.dangjian.core.org.GovernanceModel;
import org.dangjian.core.org.UnitId;
import org.dangjian.core.org.UnitKind;
import org.dangjian.rules.RuleSetRegistry;
import org.dangjian.rules.dues.DuesSchedule;

/**
 * Whole regions for tests and benchmarks, generated from a seed: an education bureau's committee over
 * schools (large ones with a school committee over several branches), branches with groups and
 * committees, members with histories, and a year of records — activities with attendance, monthly dues,
 * point-ledger entries, commitments, ballots and ratings of secretaries' reports — with imperfections at
 * stated rates (a branch skipping a month's 支委会, a term run out, a member in arrears or drifting away).
 * The same seed and size always give the same dataset. Framework-neutral: any property-testing library
 * can drive it with its own seeds.
 */
public final class RegionGenerator {

  /**
   * The sizes of the benchmark workloads (county, city, province).
   *
   * @param members about how many members
   * @param branches about how many branches
   */
  public record Size(int members, int branches) {
    /** A county: about 5,000 members in 250 branches. */
    public static final Size COUNTY = new Size(5_000, 250);
    /** A city: about 50,000 members in 2,500 branches. */
    public static final Size CITY = new Size(50_000, 2_500);
    /** A province: about 500,000 members in 25,000 branches. */
    public static final Size PROVINCE = new Size(500_000, 25_000);

    /** Checks the figures. */
    public Size {
      if (branches < 1 || members < branches) {
        throw new IllegalArgumentException("a region needs a branch and at least one member per branch, not " + members + "/" + branches);
      }
    }

    /**
     * @param name {@code county}, {@code city} or {@code province}
     * @return the size
     * @throws IllegalArgumentException for another name
     */
    public static Size named(String name) {
      return switch (name) {
        case "county" -> COUNTY;
        case "city" -> CITY;
        case "province" -> PROVINCE;
        default -> throw new IllegalArgumentException("sizes are county, city and province, not " + name);
      };
    }
  }

  /** The year of records generated. */
  public static final int YEAR = 2024;

  /** Share of branches that skip one month's 支委会. */
  static final double SKIPPED_COMMITTEE_MEETING = 0.05;
  /** Share of branch committees whose term ran out without an election. */
  static final double EXPIRED_TERM = 0.03;
  /** Share of members who stop paying dues in June. */
  static final double STOPS_PAYING = 0.01;
  /** Share of members who stop attending in June. */
  static final double DRIFTS_AWAY = 0.01;

  private static final String[] SURNAMES = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭",
      "何", "高", "林", "罗"};
  private static final String[] GIVEN = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明",
      "超", "霞", "平", "刚", "华", "红", "建国", "秀英", "志强", "海燕", "文博", "晓东"};
  private static final String[] REASONS = {"病假", "事假", "外出培训", "公差"};
  private static final BigDecimal[] LEDGER_POINTS = {new BigDecimal("0.5"), BigDecimal.ONE, new BigDecimal("2")};

  private final Size size;
  private final long seed;
  /** The principals' reports (述职述廉), kept until the organisations are built. */
  private final List<DutyReport> principalReports = new ArrayList<>();

  private RegionGenerator(Size size, long seed) {
    this.size = Objects.requireNonNull(size, "size");
    this.seed = seed;
  }

  /**
   * @param size the region's size
   * @param seed the seed
   * @return the region
   */
  public static Dataset generate(Size size, long seed) {
    return new RegionGenerator(size, seed).build();
  }

  private Dataset build() {
    RandomGenerator random = new SplittableRandom(seed);
    Dataset.Builder dataset = Dataset.builder().region(Region.of("gen-" + seed, "生成地区" + seed));
    LocalDate established = LocalDate.of(2000, 1, 1);
    OrganisationId root = OrganisationId.of("root");
    List<Member> members = new ArrayList<>();
    List<Organisation> organisations = new ArrayList<>();
    Days days = new Days();
    int perBranch = size.members() / size.branches();
    int branch = 0;
    int school = 0;
    int nextMember = 0;
    BranchRecords records = new BranchRecords(random, days, dataset);
    List<MemberId> rootCommittee = new ArrayList<>();
    while (branch < size.branches()) {
      school++;
      // One school in ten is large: a school committee over three to six branches.
      int branches = random.nextInt(10) == 0 ? Math.min(3 + random.nextInt(4), size.branches() - branch) : 1;
      UnitId unit = UnitId.of(String.format(Locale.ROOT, "u%05d", school));
      UnitKind kind = branches > 1 ? UnitKind.HIGH_SCHOOL : random.nextInt(3) == 0 ? UnitKind.MIDDLE_SCHOOL : UnitKind.PRIMARY_SCHOOL;
      String schoolName = "第" + school + (branches > 1 ? "中学" : kind == UnitKind.MIDDLE_SCHOOL ? "初级中学" : "小学");
      Unit governed = governance(Unit.of(unit, schoolName, kind), school, dataset);
      dataset.addUnit(governed);
      List<MemberId> schoolFull = new ArrayList<>();
      OrganisationId parent = root;
      Organisation.Builder schoolCommittee = null;
      if (branches > 1) {
        parent = OrganisationId.of(String.format(Locale.ROOT, "s%05d", school));
        schoolCommittee = Organisation.builder().id(parent).name("中共" + schoolName + "委员会").kind(OrganisationKind.GRASSROOTS_COMMITTEE)
            .parent(root).addUnits(unit).established(established);
      }
      List<MemberId> schoolSecretaries = new ArrayList<>();
      for (int b = 0; b < branches; b++, branch++) {
        OrganisationId id = OrganisationId.of(String.format(Locale.ROOT, "b%05d", branch + 1));
        String name = schoolName + (branches > 1 ? "第" + (b + 1) + "党支部" : "党支部");
        // Each branch about the average; every later branch keeps at least one member; the last takes the rest.
        int left = size.branches() - branch - 1;
        int count = Math.min(Math.max(1, perBranch - 4 + random.nextInt(9)), size.members() - nextMember - left);
        if (left == 0) {
          count = size.members() - nextMember;
        }
        List<Member> branchMembers = new ArrayList<>();
        int groups = count >= 15 ? 2 + count / 20 : 0;
        for (int i = 0; i < count; i++) {
          MemberId memberId = MemberId.of(String.format(Locale.ROOT, "m%07d", ++nextMember));
          Optional<OrganisationId> group = groups == 0 ? Optional.empty()
              : Optional.of(OrganisationId.of(id.value() + "-g" + (i % groups + 1)));
          branchMembers.add(member(random, memberId, id, group, unit));
        }
        members.addAll(branchMembers);
        List<MemberId> full = branchMembers.stream().filter(m -> m.history().get(0) instanceof MemberEvent.TransferredIn t
            && t.status() == MemberStatus.FULL).map(Member::id).toList();
        Organisation.Builder organisation = Organisation.builder().id(id).name(name).kind(OrganisationKind.BRANCH).parent(parent)
            .addUnits(unit).established(established);
        if (full.size() >= 3) {
          LocalDate elected = random.nextDouble() < EXPIRED_TERM ? LocalDate.of(2020, 9, 1)
              : LocalDate.of(2022 + random.nextInt(3), 1 + random.nextInt(12), 1);
          List<Position> positions = new ArrayList<>();
          positions.add(Position.of(CommitteeRole.SECRETARY, full.get(0), elected));
          if (full.size() >= 7) {
            positions.add(Position.of(CommitteeRole.ORGANISATION_MEMBER, full.get(1), elected));
            positions.add(Position.of(CommitteeRole.PUBLICITY_MEMBER, full.get(2), elected));
          }
          organisation.committee(Committee.of(elected, 3, positions));
          schoolSecretaries.add(full.get(0));
        }
        Organisation built = organisation.build();
        organisations.add(built);
        for (int g = 1; g <= groups; g++) {
          organisations.add(Organisation.builder().id(OrganisationId.of(id.value() + "-g" + g)).name(name + "第" + g + "党小组")
              .kind(OrganisationKind.GROUP).parent(id).established(established).build());
        }
        records.branch(built, branchMembers, groups, full);
        schoolFull.addAll(full);
      }
      if (schoolCommittee != null) {
        if (schoolSecretaries.size() >= 3) {
          LocalDate elected = LocalDate.of(2021, 12, 1);
          schoolCommittee.committee(Committee.of(elected, 5, List.of(Position.of(CommitteeRole.SECRETARY, schoolSecretaries.get(0), elected),
              Position.of(CommitteeRole.ORGANISATION_MEMBER, schoolSecretaries.get(1), elected),
              Position.of(CommitteeRole.DISCIPLINE_MEMBER, schoolSecretaries.get(2), elected))));
        }
        organisations.add(schoolCommittee.build());
      }
      OrganisationId own = branches > 1 ? parent : OrganisationId.of(String.format(Locale.ROOT, "b%05d", branch));
      leadership(governed, school, own, schoolSecretaries, schoolFull, dataset);
      if (rootCommittee.size() < 5 && !schoolSecretaries.isEmpty()) {
        rootCommittee.add(schoolSecretaries.get(0));
      }
    }
    Organisation.Builder bureau = Organisation.builder().id(root).name("教育局党委").kind(OrganisationKind.GRASSROOTS_COMMITTEE)
        .established(established);
    if (rootCommittee.size() >= 3) {
      LocalDate elected = LocalDate.of(2022, 1, 10);
      List<Position> positions = new ArrayList<>();
      positions.add(Position.of(CommitteeRole.SECRETARY, rootCommittee.get(0), elected));
      for (int i = 1; i < rootCommittee.size(); i++) {
        positions.add(Position.of(CommitteeRole.COMMITTEE_MEMBER, rootCommittee.get(i), elected));
      }
      bureau.committee(Committee.of(elected, 5, positions));
    }
    organisations.add(0, bureau.build());
    dutyReports(organisations, dataset);
    return dataset.organisations(organisations).members(members).build();
  }

  /**
   * A school's governance: about three in five run the Party-led model (from September 2023 or March 2024),
   * most of those with their four documents, a few documents late or missing; the others have an old
   * charter at most. Drawn from a stream of the school's own, so that the rest of the region is as before.
   */
  private Unit governance(Unit school, int number, Dataset.Builder dataset) {
    RandomGenerator random = new SplittableRandom(seed * 31 + number);
    if (random.nextInt(5) >= 3) {
      if (random.nextBoolean()) {
        dataset.add(GovernanceDocument.KIND, GovernanceDocument.of(school.id(), GovernanceDocumentKind.CHARTER, LocalDate.of(2015, 9, 1)));
      }
      return school.withGovernance(Governance.of(GovernanceModel.PRINCIPAL_RESPONSIBILITY, LocalDate.of(2010, 9, 1)));
    }
    LocalDate since = random.nextBoolean() ? LocalDate.of(2023, 9, 1) : LocalDate.of(2024, 3, 1);
    for (GovernanceDocumentKind kind : List.of(GovernanceDocumentKind.CHARTER, GovernanceDocumentKind.PARTY_MEETING_RULES,
        GovernanceDocumentKind.PRINCIPAL_MEETING_RULES, GovernanceDocumentKind.POWERS_LIST)) {
      int draw = random.nextInt(20);
      if (draw == 0) {
        continue; // one document in twenty is missing
      }
      // Most are adopted in the months before the model; one in ten after the half-year's deadline.
      LocalDate adopted = draw == 1 || draw == 2 ? LocalDate.of(2024, 7, 1).plusDays(random.nextInt(150)) : since.minusDays(1 + random.nextInt(180));
      GovernanceDocument document = GovernanceDocument.of(school.id(), kind, adopted);
      dataset.add(GovernanceDocument.KIND, kind == GovernanceDocumentKind.CHARTER ? document.withApprovedBy(ApprovingBody.BUREAU) : document);
    }
    return school.withGovernance(Governance.of(GovernanceModel.PARTY_LED_PRINCIPAL_RESPONSIBILITY, since));
  }

  /**
   * The leadership team of a school under the Party-led model: its principal — the committee's second member
   * in a school with a committee, its branch secretary in a school with a branch only, someone who is not a
   * Party member in one school in ten — and a member vice-principal. From a stream of the school's own.
   */
  private void leadership(Unit school, int number, OrganisationId own, List<MemberId> secretaries, List<MemberId> full,
      Dataset.Builder dataset) {
    if (school.governance().filter(g -> g.model().isPartyLed()).isEmpty() || secretaries.isEmpty()) {
      return;
    }
    RandomGenerator random = new SplittableRandom(seed * 37 + number);
    LocalDate from = LocalDate.of(2018 + random.nextInt(6), 9, 1);
    MemberId principal = secretaries.size() > 1 ? secretaries.get(1) : secretaries.get(0);
    boolean member = random.nextInt(10) != 0;
    dataset.add(LeadershipPost.KIND, member ? LeadershipPost.ofMember(school.id(), AdministrativePost.PRINCIPAL, principal, from)
        : LeadershipPost.ofNonMember(school.id(), AdministrativePost.PRINCIPAL, from));
    Optional<MemberId> vice = full.stream().filter(m -> !secretaries.contains(m)).findFirst();
    vice.ifPresent(m -> dataset.add(LeadershipPost.KIND, LeadershipPost.ofMember(school.id(), AdministrativePost.VICE_PRINCIPAL, m, from)));
    majorMatter(random, school, own, secretaries, member ? Optional.of(principal) : Optional.empty(), vice, dataset);
    // The principal's 述职述廉 to the bureau's committee, rated by the members and the teachers who are not.
    DutyReport report = DutyReport.dutyAndIntegrity(member ? Optional.of(principal) : Optional.empty(), school.id(), own,
        OrganisationId.of("root"), YEAR, LocalDate.of(YEAR, 12, 18));
    principalReports.add(report.withRatings(ratings(random, true)));
  }

  /**
   * One 三重一大 matter of the year: a large purchase, an appointment, a project or a plan, decided by the
   * school's Party organisation's meeting with its committee present and then by the principal's office
   * meeting. In one school in eight the office meeting decides it with no Party meeting first.
   */
  private static void majorMatter(RandomGenerator random, Unit school, OrganisationId own, List<MemberId> secretaries,
      Optional<MemberId> principal, Optional<MemberId> vice, Dataset.Builder dataset) {
    MatterCategory category = List.of(MatterCategory.MAJOR_DECISION, MatterCategory.APPOINTMENT, MatterCategory.MAJOR_PROJECT,
        MatterCategory.LARGE_FUNDS).get(random.nextInt(4));
    String matter = school.id().value() + "-" + YEAR + "-" + category.code();
    String title = switch (category) {
      case APPOINTMENT -> "聘任年级主任和教研组长";
      case MAJOR_PROJECT -> "改建学校运动场";
      case LARGE_FUNDS -> "购置多媒体教学设备";
      default -> "制定学校三年发展规划";
    };
    LocalDate day = LocalDate.of(YEAR, 3 + random.nextInt(8), 3 + random.nextInt(20));
    boolean skipped = random.nextInt(8) == 0;
    if (!skipped) {
      int committee = secretaries.size();
      dataset.addActivity(Activity.builder().id(ActivityId.of(school.id().value() + "-po")).organisation(own).unit(school.id())
          .type(ActivityType.PARTY_ORGANISATION_MEETING).date(day).attendees(secretaries).host(secretaries.get(0)).recorder(secretaries.get(0))
          .agenda(List.of(AgendaItem.firstTopic("学习习近平总书记关于教育的重要论述"),
              AgendaItem.decided(title, Decision.of(category, matter, VoteTally.of(committee, committee, committee, 0, 0)).withPriorAgreement())))
          .build());
    }
    List<MemberId> office = new ArrayList<>();
    principal.ifPresent(office::add);
    vice.ifPresent(office::add);
    if (office.isEmpty()) {
      office.add(secretaries.get(0));
    }
    dataset.addActivity(Activity.builder().id(ActivityId.of(school.id().value() + "-pom")).organisation(own).unit(school.id())
        .type(ActivityType.PRINCIPAL_OFFICE_MEETING).date(day.plusDays(3)).attendees(office).host(office.get(0)).recorder(office.get(0))
        .agenda(List.of(AgendaItem.decided(title, Decision.of(category, matter, VoteTally.of(5, 4, 4, 0, 0))))).build());
  }

  /**
   * 述职: the secretary on the year's last day of every organisation with a committee reports on the year's
   * Party work on 2024-12-16, rated by the members and, in the schools, by the teachers who are not members;
   * one in twenty reports late (2024-12-27), one in twenty not at all. Then the principals' reports. Each
   * organisation's draws from a stream of its own, so that the rest of the region is as before.
   */
  private void dutyReports(List<Organisation> organisations, Dataset.Builder dataset) {
    LocalDate end = LocalDate.of(YEAR, 12, 31);
    for (int i = 0; i < organisations.size(); i++) {
      Organisation org = organisations.get(i);
      Optional<Position> secretary = org.committee().stream().flatMap(c -> c.positions().stream())
          .filter(p -> p.role() == CommitteeRole.SECRETARY && p.heldOn(end)).findFirst();
      if (secretary.isEmpty()) {
        continue;
      }
      RandomGenerator random = new SplittableRandom(seed * 41 + i);
      int draw = random.nextInt(20);
      if (draw == 0) {
        continue;
      }
      dataset.add(DutyReport.KIND, DutyReport.partyWork(secretary.get().member(), org.id(), YEAR,
          LocalDate.of(YEAR, 12, draw == 1 ? 27 : 16), ratings(random, !org.id().equals(OrganisationId.of("root")))));
    }
    principalReports.forEach(report -> dataset.add(DutyReport.KIND, report));
  }

  /** Ratings by the members (five to twenty) and, in a school, by the teachers who are not members. */
  private static List<GroupRating> ratings(RandomGenerator random, boolean teachers) {
    List<GroupRating> ratings = new ArrayList<>();
    ratings.add(new GroupRating(RaterGroup.MEMBERS, 3 + random.nextInt(15), random.nextInt(4), random.nextInt(2), 0));
    if (teachers) {
      ratings.add(new GroupRating(RaterGroup.NON_MEMBER_TEACHERS, 5 + random.nextInt(20), random.nextInt(8), random.nextInt(3), random.nextInt(2)));
    }
    return ratings;
  }

  private static Member member(RandomGenerator random, MemberId id, OrganisationId branch, Optional<OrganisationId> group, UnitId unit) {
    int kind = random.nextInt(100);
    List<MemberEvent> history = new ArrayList<>();
    if (kind < 3) {
      // Admitted in March of the year elsewhere and transferred in during probation: present from April.
      LocalDate received = LocalDate.of(YEAR, 4, 1 + random.nextInt(28));
      history.add(new MemberEvent.TransferredIn(received, "师范学院学生党委", letter(id, received), MemberStatus.PROBATIONARY,
          Optional.of(LocalDate.of(YEAR, 3, 1)), Optional.empty()));
      // Reviewed five months later (预备期考察, every half-year); no draw, so the rest of the region is unchanged.
      history.add(new MemberEvent.ProbationReviewed(received.plusMonths(5)));
    } else if (kind < 5) {
      LocalDate applied = LocalDate.of(YEAR, 1 + random.nextInt(9), 1 + random.nextInt(28));
      history.add(new MemberEvent.Applied(applied));
      history.add(new MemberEvent.FirstTalkHeld(applied.plusDays(7 + random.nextInt(14)), Optional.empty()));
    } else {
      LocalDate fullSince = LocalDate.of(1990 + random.nextInt(32), 1 + random.nextInt(12), 1);
      LocalDate received = fullSince.plusMonths(2);
      history.add(new MemberEvent.TransferredIn(received, "师范学院党委", letter(id, received), MemberStatus.FULL,
          Optional.of(fullSince.minusYears(1)), Optional.of(fullSince)));
    }
    int birthYear = kind < 5 ? 1994 + random.nextInt(8) : 1962 + random.nextInt(35);
    Member.Builder member = Member.builder().id(id).name(SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)])
        .gender(random.nextBoolean() ? Gender.FEMALE : Gender.MALE)
        .birthDate(bornBefore(LocalDate.of(birthYear, 1 + random.nextInt(12), 1 + random.nextInt(28)), history.get(0).date()))
        .category(random.nextInt(10) == 0 ? MemberCategory.STAFF : MemberCategory.TEACHER).unit(unit).branch(branch).history(history);
    group.ifPresent(member::group);
    return member.build();
  }

  /**
   * @return the drawn birth date, or an earlier one where the first event would come before the twentieth birthday
   *     (nobody is admitted before eighteen): the draws stay the same, so the rest of the region is unchanged
   */
  private static LocalDate bornBefore(LocalDate drawn, LocalDate firstEvent) {
    LocalDate latest = firstEvent.minusYears(20);
    return drawn.isAfter(latest) ? latest : drawn;
  }

  private static TransferLetter letter(MemberId member, LocalDate received) {
    return new TransferLetter("L-" + member.value(), received.minusDays(10), received.plusMonths(3));
  }

  /** Shared day values, so a province's millions of records do not each hold their own. */
  private static final class Days {
    private final LocalDate[] days = new LocalDate[367];

    LocalDate of(int month, int day) {
      LocalDate date = LocalDate.of(YEAR, month, Math.min(day, YearMonth.of(YEAR, month).lengthOfMonth()));
      int index = date.getDayOfYear();
      if (days[index] == null) {
        days[index] = date;
      }
      return days[index];
    }
  }

  /** The first day a member counts as a member (the day of the transfer in), or empty for applicants. */
  private static Optional<LocalDate> memberSince(Member member) {
    return member.history().stream().filter(e -> e instanceof MemberEvent.TransferredIn).map(MemberEvent::date).findFirst();
  }

  /** A branch's year of records. */
  private static final class BranchRecords {
    private final RandomGenerator random;
    private final Days days;
    private final Dataset.Builder dataset;
    private final DuesSchedule schedule;
    private final java.util.Map<MemberId, LocalDate> since = new java.util.HashMap<>();
    private long nextActivity;

    BranchRecords(RandomGenerator random, Days days, Dataset.Builder dataset) {
      this.random = random;
      this.days = days;
      this.dataset = dataset;
      this.schedule = DuesSchedule.of(RuleSetRegistry.standard().resolve("cn-national", LocalDate.of(YEAR, 12, 31)));
    }

    void branch(Organisation branch, List<Member> members, int groups, List<MemberId> full) {
      List<Member> counted = members.stream().filter(m -> memberSince(m).isPresent()).toList();
      since.clear();
      counted.forEach(m -> since.put(m.id(), memberSince(m).orElseThrow()));
      List<MemberId> driftsAway = new ArrayList<>();
      for (Member member : counted) {
        if (random.nextDouble() < DRIFTS_AWAY) {
          driftsAway.add(member.id());
        }
      }
      Optional<MemberId> host = full.isEmpty() ? counted.stream().findFirst().map(Member::id) : Optional.of(full.get(0));
      int skipped = branch.committee().isPresent() && random.nextDouble() < SKIPPED_COMMITTEE_MEETING ? 1 + random.nextInt(12) : 0;
      for (int month = 1; month <= 12; month++) {
        if (branch.committee().isPresent() && month != skipped) {
          List<MemberId> committee = branch.committee().get().holdersOn(days.of(month, 5)).stream().sorted().toList();
          if (!committee.isEmpty()) {
            activity(branch, ActivityType.BRANCH_COMMITTEE_MEETING, days.of(month, 5), host, committee, List.of());
          }
        }
        meeting(branch, ActivityType.THEME_PARTY_DAY, days.of(month, 15), host, counted, driftsAway);
        for (int g = 1; g <= groups; g++) {
          String groupId = branch.id().value() + "-g" + g;
          List<Member> inGroup = counted.stream().filter(m -> m.group().map(x -> x.value().equals(groupId)).orElse(false)).toList();
          meeting(OrganisationId.of(groupId), ActivityType.GROUP_MEETING, days.of(month, 22), host, inGroup, driftsAway);
        }
        if (month % 3 == 0) {
          meeting(branch, ActivityType.BRANCH_GENERAL_MEETING, days.of(month, 20), host, counted, driftsAway);
          meeting(branch, ActivityType.PARTY_LECTURE, days.of(month, 25), host, counted, driftsAway);
        }
      }
      meeting(branch, ActivityType.ORGANISATIONAL_LIFE_MEETING, days.of(12, 18), host, counted, driftsAway);
      meeting(branch, ActivityType.DEMOCRATIC_APPRAISAL, days.of(12, 27), host, counted, driftsAway);
      activity(branch, ActivityType.HEART_TO_HEART_TALK, days.of(11, 8), host,
          counted.stream().map(Member::id).filter(m -> !driftsAway.contains(m)).toList(), List.of());
      for (Member member : counted) {
        memberRecords(member, counted, host);
      }
      host.ifPresent(secretary -> {
        for (int i = 0; i < Math.min(3, counted.size()); i++) {
          MemberId rater = counted.get(i).id();
          if (!rater.equals(secretary)) {
            dataset.addReportRating(new ReportRating(rater, secretary, branch.id(), YEAR, ReportGrade.values()[random.nextInt(3)]));
          }
        }
      });
    }

    private boolean isMember(Member member, LocalDate date) {
      LocalDate first = since.get(member.id());
      return first != null && !date.isBefore(first);
    }

    private void meeting(Organisation branch, ActivityType type, LocalDate date, Optional<MemberId> host, List<Member> members,
        List<MemberId> driftsAway) {
      meeting(branch.id(), type, date, host, members, driftsAway);
    }

    private void meeting(OrganisationId organisation, ActivityType type, LocalDate date, Optional<MemberId> host, List<Member> members,
        List<MemberId> driftsAway) {
      List<MemberId> present = new ArrayList<>();
      List<Absence> absent = new ArrayList<>();
      for (Member member : members) {
        if (!isMember(member, date)) {
          continue;
        }
        if (date.getMonthValue() >= 6 && driftsAway.contains(member.id())) {
          continue; // drifted away: neither present nor on leave, and left out of the record
        }
        if (random.nextInt(100) < 92) {
          present.add(member.id());
        } else {
          absent.add(new Absence(member.id(), Optional.of(REASONS[random.nextInt(REASONS.length)])));
        }
      }
      activity(organisation, type, date, host, present, absent);
    }

    private void activity(Organisation branch, ActivityType type, LocalDate date, Optional<MemberId> host, List<MemberId> present,
        List<Absence> absent) {
      activity(branch.id(), type, date, host, present, absent);
    }

    private void activity(OrganisationId organisation, ActivityType type, LocalDate date, Optional<MemberId> host, List<MemberId> present,
        List<Absence> absent) {
      Activity.Builder activity = Activity.builder().id(ActivityId.of("a" + (++nextActivity))).organisation(organisation).type(type)
          .date(date).attendees(present).absentees(absent);
      host.ifPresent(h -> activity.host(h).recorder(h));
      if (type.equals(ActivityType.PARTY_LECTURE)) {
        host.ifPresent(activity::lecturer);
      }
      dataset.addActivity(activity.build());
    }

    private void memberRecords(Member member, List<Member> branch, Optional<MemberId> secretary) {
      MemberId id = member.id();
      boolean full = member.history().stream().anyMatch(e -> e instanceof MemberEvent.TransferredIn t && t.status() == MemberStatus.FULL);
      BigDecimal base = BigDecimal.valueOf(3000 + 100L * random.nextInt(60));
      dataset.addDuesBase(new DuesBase(id, YearMonth.of(YEAR, 1), base));
      BigDecimal dues = schedule.monthlyDues(member.category(), base);
      boolean stops = random.nextDouble() < STOPS_PAYING;
      for (int month = 1; month <= 12; month++) {
        if (isMember(member, YearMonth.of(YEAR, month).atEndOfMonth()) && !(stops && month >= 6)) {
          dataset.addDuesPayment(new DuesPayment(id, YearMonth.of(YEAR, month), dues, days.of(month, 10)));
        }
      }
      int entries = 25 + random.nextInt(11);
      String[] categories = {"study", "study", "study", "volunteer-service", "pioneer-post"};
      java.util.Set<LedgerEntry> drawn = new java.util.HashSet<>();
      for (int i = 0; i < entries; i++) {
        LocalDate date = days.of(1 + random.nextInt(12), 1 + random.nextInt(28));
        if (isMember(member, date)) {
          LedgerEntry entry = new LedgerEntry(date, id, categories[random.nextInt(categories.length)],
              LEDGER_POINTS[random.nextInt(LEDGER_POINTS.length)], Optional.empty(), secretary);
          // The same service twice on a day is two entries: a second one carries an id, as a source would give it.
          dataset.addLedgerEntry(drawn.add(entry) ? entry : entry.withId(org.dangjian.core.record.RecordId.of("l-" + id + "-" + i)));
        }
      }
      if (full) {
        dataset.addCommitment(new Commitment(id, YEAR, days.of(2, 20), List.of(
            new CommitmentItem("教学质量提升", Optional.of("所带班级成绩提升"), Optional.of(random.nextInt(10) == 0 ? CommitmentOutcome.BROKEN
                : CommitmentOutcome.KEPT)),
            new CommitmentItem("志愿服务", Optional.of("全年不少于4次"), Optional.of(CommitmentOutcome.KEPT)))));
        // Three peers' ballots: the members after this one in the branch's list.
        int self = branch.indexOf(member);
        for (int i = 1; i <= Math.min(3, branch.size() - 1); i++) {
          Member voter = branch.get((self + i) % branch.size());
          AppraisalGrade grade = random.nextInt(4) == 0 ? AppraisalGrade.EXCELLENT : AppraisalGrade.QUALIFIED;
          dataset.addBallot(new AppraisalBallot(voter.id(), id, YEAR, grade));
        }
      }
    }
  }
}
