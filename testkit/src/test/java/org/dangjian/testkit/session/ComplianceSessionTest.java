package org.dangjian.testkit.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.dangjian.core.DangjianException;
import org.dangjian.core.ValidationException;
import org.dangjian.core.activity.Absence;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.activity.ActivityId;
import org.dangjian.core.activity.ActivityType;
import org.dangjian.core.activity.AgendaItem;
import org.dangjian.core.assessment.LedgerEntry;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dataset.DatasetChange;
import org.dangjian.core.dues.DuesPayment;
import org.dangjian.core.member.Lifecycle;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberCategory;
import org.dangjian.core.member.MemberEvent;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.time.ReportingPeriod;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.ComplianceReport;
import org.dangjian.rules.ComplianceSession;
import org.dangjian.rules.RuleEntry;
import org.dangjian.rules.RuleSet;
import org.dangjian.rules.RuleSetRegistry;
import org.dangjian.rules.Subject;
import org.dangjian.rules.spi.Dependencies;
import org.dangjian.testkit.RegionGenerator;
import org.dangjian.testkit.SampleCounty;
import org.junit.jupiter.api.Test;

/**
 * A compliance session's report equals a full evaluation of its dataset after any sequence of changes,
 * while re-running only the rules and branches a change touches.
 */
class ComplianceSessionTest {
  private static final Dataset COUNTY = SampleCounty.dataset();
  private static final LocalDate YEAR_END = LocalDate.of(2024, 12, 31);
  private static final RuleSet RULES = RuleSetRegistry.standard().resolve("county-first-topic", YEAR_END);
  private static final ReportingPeriod YEAR = ReportingPeriod.year(2024);
  private static final List<ActivityType> TYPES = List.of(ActivityType.BRANCH_COMMITTEE_MEETING, ActivityType.BRANCH_GENERAL_MEETING,
      ActivityType.GROUP_MEETING, ActivityType.PARTY_LECTURE, ActivityType.THEME_PARTY_DAY, ActivityType.ORGANISATIONAL_LIFE_MEETING,
      ActivityType.DEMOCRATIC_APPRAISAL, ActivityType.HEART_TO_HEART_TALK, ActivityType.THEORY_STUDY, ActivityType.COMMITTEE_MEETING);
  private static final List<LocalDate> DAYS_OF_EVALUATION = List.of(YEAR_END, LocalDate.of(2024, 11, 15),
      LocalDate.of(2024, 6, 30), LocalDate.of(2024, 2, 29));

  private static ComplianceReport full(Dataset dataset, LocalDate asOf) {
    return full(dataset, asOf, RULES);
  }

  private static ComplianceReport full(Dataset dataset, LocalDate asOf, RuleSet rules) {
    return ComplianceEngine.evaluate(dataset, rules, YEAR, asOf);
  }

  @Test
  void afterEveryChangeTheSessionsReportIsAFullEvaluationsAndItsDatasetABuiltOnes() {
    checkSessions(COUNTY, 40, "sample county");
  }

  @Test
  void theSameHoldsOnAGeneratedRegion() {
    // The generator's shapes (joint branches over village schools, groups, retirees' branches) at a size
    // a full evaluation per step can afford.
    checkSessions(RegionGenerator.generate(new RegionGenerator.Size(400, 20), 11), 15, "generated region");
  }

  private static void checkSessions(Dataset base, int examples, String what) {
    AtomicInteger applied = new AtomicInteger();
    AtomicInteger refused = new AtomicInteger();
    AtomicInteger changedReport = new AtomicInteger();
    qt().withExamples(examples).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      LocalDate asOf = DAYS_OF_EVALUATION.get(random.nextInt(DAYS_OF_EVALUATION.size()));
      ComplianceSession session = ComplianceSession.start(base, RULES, YEAR, asOf);
      Records records = new Records(base);
      int steps = 1 + random.nextInt(5);
      for (int step = 0; step < steps; step++) {
        // Members some finding is about: changes naming them are the ones that can change findings elsewhere.
        List<MemberId> judged = session.report().findings().stream().filter(f -> f.subject().kind() == Subject.Kind.MEMBER)
            .map(f -> MemberId.of(f.subject().id())).distinct().sorted().toList();
        DatasetChange change = randomChange(random, session.dataset(), judged, seed + "-" + step);
        ComplianceReport before = session.report();
        Dataset datasetBefore = session.dataset();
        ComplianceSession.Update update;
        try {
          update = session.apply(change);
        } catch (DangjianException e) {
          // Refused: the session is as it was.
          assertThat(session.dataset()).isSameAs(datasetBefore);
          assertThat(session.report()).isSameAs(before);
          refused.incrementAndGet();
          continue;
        }
        applied.incrementAndGet();
        records.add(change);
        assertThat(session.dataset()).as("dataset after %s", change).isEqualTo(records.build());
        ComplianceReport expected = full(session.dataset(), asOf);
        assertThat(session.report()).as("report after %s (seed %s, as of %s)", change, seed, asOf).isEqualTo(expected);
        assertThat(update.isEmpty()).isEqualTo(expected.findings().equals(before.findings())
            && expected.requirements().equals(before.requirements()));
        if (!update.isEmpty()) {
          changedReport.incrementAndGet();
        }
      }
    });
    System.out.printf(java.util.Locale.ROOT, "session property, %s: %d changes applied (%d changed the report), %d refused%n",
        what, applied.get(), changedReport.get(), refused.get());
    assertThat(applied.get()).as("changes applied").isGreaterThan(examples);
    assertThat(changedReport.get()).as("changes that changed the report").isGreaterThan(examples / 4);
    assertThat(refused.get()).as("changes refused").isGreaterThan(0);
  }

  @Test
  void memberEventsOfTheMembersOrganisationsNameKeepTheReportAFullEvaluationsUnderEveryRuleSet() {
    // Secretaries and committee members, contacts and introducers, school heads, report-givers and
    // correction owners: the members a per-organisation rule reads from outside their own branch.
    for (String ruleSet : List.of("county-supervision", "county-study-training")) {
      RuleSet rules = RuleSetRegistry.standard().resolve(ruleSet, YEAR_END);
      assertThat(rules.entries()).as("per-organisation entries of %s", ruleSet)
          .anyMatch(e -> e.rule().dependencies().isPerOrganisation());
      List<MemberId> named = namedMembers(COUNTY);
      AtomicInteger changedReport = new AtomicInteger();
      AtomicInteger applied = new AtomicInteger();
      qt().withExamples(25).forAll(longs().all()).checkAssert(seed -> {
        SplittableRandom random = new SplittableRandom(seed);
        LocalDate asOf = DAYS_OF_EVALUATION.get(random.nextInt(DAYS_OF_EVALUATION.size()));
        ComplianceSession session = ComplianceSession.start(COUNTY, rules, YEAR, asOf);
        for (int step = 0; step < 3; step++) {
          MemberId member = named.get(random.nextInt(named.size()));
          DatasetChange change = DatasetChange.memberEvent(member, randomEvent(random, session.dataset()));
          ComplianceReport before = session.report();
          ComplianceSession.Update update;
          try {
            update = session.apply(change);
          } catch (DangjianException e) {
            continue; // refused by the lifecycle: the other test checks a refusal leaves the session as it was
          }
          applied.incrementAndGet();
          assertThat(update.rerunWhole()).as("entries re-run whole after %s", change).isEmpty();
          ComplianceReport expected = full(session.dataset(), asOf, rules);
          assertThat(session.report()).as("report under %s after %s (seed %s, as of %s)", ruleSet, change, seed, asOf)
              .isEqualTo(expected);
          assertThat(update.findingsAdded().size() - update.findingsRemoved().size())
              .isEqualTo(expected.findings().size() - before.findings().size());
          if (!expected.findings().equals(before.findings())) {
            changedReport.incrementAndGet();
          }
        }
      });
      assertThat(applied.get()).as("member events applied under %s", ruleSet).isGreaterThan(25);
      assertThat(changedReport.get()).as("member events that changed the report under %s", ruleSet).isGreaterThan(5);
    }
  }

  @Test
  void anIntroducersSanctionReEvaluatesTheBranchOfTheMemberSheIntroducedInAnotherSchool() {
    // development-rights judges m0046 (introducers named 2024-02-07, admitted 2024-03-06; moved here to
    // another school's branch) by the rights of her introducer m0043, who stays in yz-b1: nothing but the
    // introduction relates m0043 to zj-b1.
    MemberId introduced = MemberId.of("m0046");
    MemberId introducer = MemberId.of("m0043");
    OrganisationId elsewhere = OrganisationId.of("zj-b1");
    assertThat(COUNTY.member(introduced).orElseThrow().history()).anyMatch(e -> e instanceof MemberEvent.IntroducersNamed named
        && named.date().equals(LocalDate.of(2024, 2, 7)) && named.introducers().contains(introducer));
    ComplianceSession session = ComplianceSession.start(COUNTY, RULES, YEAR, YEAR_END);
    session.apply(DatasetChange.memberEvent(introduced, new MemberEvent.Moved(LocalDate.of(2024, 9, 2), elsewhere, Optional.empty())));
    assertThat(session.report().findings()).noneMatch(f -> f.ruleId().equals("development-rights")
        && f.subject().id().equals(introduced.value()));

    // Placed under 留党察看 before she was named: she did not hold full rights on the days she acted.
    ComplianceSession.Update update = session.apply(DatasetChange.memberEvent(introducer,
        new MemberEvent.Sanctioned(LocalDate.of(2024, 2, 1), org.dangjian.core.member.SanctionKind.PROBATION_WITHIN_PARTY, Optional.of(12))));

    assertThat(update.reevaluated()).contains(OrganisationId.of("yz-b1"), elsewhere);
    assertThat(update.rerunPerOrganisation()).contains("development-rights", "committee-size", "organisation-size");
    assertThat(update.rerunWhole()).isEmpty();
    assertThat(update.findingsAdded()).anySatisfy(f -> {
      assertThat(f.ruleId()).isEqualTo("development-rights");
      assertThat(f.subject().id()).isEqualTo(introduced.value());
      assertThat(f.organisation()).isEqualTo(elsewhere);
    });
    assertThat(session.report()).isEqualTo(full(session.dataset(), YEAR_END));
  }

  @Test
  void aMemberEventReEvaluatesTheOrganisationsCoveringTheMembersSchoolAndThoseHerRecordsName() {
    // m0001 belongs to yz-b1 and works at u-yz, which yz-b2 and yz-b3 cover too; here she is also the
    // vice-principal of another school, u-ez (ez's), by a leadership post.
    MemberId teacher = MemberId.of("m0001");
    org.dangjian.core.org.UnitId elsewhere = org.dangjian.core.org.UnitId.of("u-ez");
    Dataset dataset = COUNTY.toBuilder().add(org.dangjian.core.governance.LeadershipPost.KIND, org.dangjian.core.governance.LeadershipPost.ofMember(
        elsewhere, org.dangjian.core.governance.AdministrativePost.VICE_PRINCIPAL, teacher, LocalDate.of(2023, 9, 1))).build();
    assertThat(COUNTY.member(teacher).orElseThrow().branch()).isEqualTo(OrganisationId.of("yz-b1"));
    assertThat(dataset.organisationsCovering(elsewhere)).extracting(Organisation::id).contains(OrganisationId.of("ez"));
    ComplianceSession session = ComplianceSession.start(dataset, RULES, YEAR, YEAR_END);

    ComplianceSession.Update update = session.apply(DatasetChange.memberEvent(teacher,
        new MemberEvent.CategoryChanged(LocalDate.of(2024, 9, 1), MemberCategory.STAFF)));

    assertThat(update.reevaluated()).contains(OrganisationId.of("yz-b1"), OrganisationId.of("yz-b2"), OrganisationId.of("yz-b3"),
        OrganisationId.of("ez"));
    assertThat(update.rerunPerOrganisation()).contains("leadership-team", "work-coverage", "unit-own-organisation");
    assertThat(session.report()).isEqualTo(ComplianceEngine.evaluate(session.dataset(), RULES, YEAR, YEAR_END));
  }

  /** The members that organisations, records and other members' histories name, sorted. */
  private static List<MemberId> namedMembers(Dataset dataset) {
    java.util.Set<MemberId> named = new java.util.TreeSet<>();
    dataset.organisations().forEach(o -> o.committee().ifPresent(c -> c.positions().forEach(p -> named.add(p.member()))));
    for (Member member : dataset.members()) {
      for (MemberEvent event : member.history()) {
        if (event instanceof MemberEvent.ActivistDesignated designated) {
          named.addAll(designated.contacts());
        } else if (event instanceof MemberEvent.IntroducersNamed introduced) {
          named.addAll(introduced.introducers());
        }
      }
    }
    for (org.dangjian.core.record.RecordKind<?> kind : dataset.kinds().all()) {
      if (kind != Activity.KIND && kind != DuesPayment.KIND && kind != LedgerEntry.KIND) {
        addNamed(dataset, kind, named);
      }
    }
    return List.copyOf(named);
  }

  private static <T> void addNamed(Dataset dataset, org.dangjian.core.record.RecordKind<T> kind, java.util.Set<MemberId> named) {
    dataset.records(kind).all().forEach(record -> named.addAll(kind.touches(record).members()));
  }

  /** The records a full rebuild starts from, grown change by change. */
  private static final class Records {
    final Dataset base;
    final List<Member> members;
    final List<Activity> activities;
    final List<DuesPayment> payments;
    final List<LedgerEntry> ledger;

    Records(Dataset base) {
      this.base = base;
      this.members = new ArrayList<>(base.members());
      this.activities = new ArrayList<>(base.activities());
      this.payments = new ArrayList<>(base.duesPayments());
      this.ledger = new ArrayList<>(base.ledger());
    }

    void add(DatasetChange change) {
      if (change instanceof DatasetChange.ActivityAdded a) {
        activities.add(a.activity());
      } else if (change instanceof DatasetChange.DuesPaymentAdded p) {
        payments.add(p.payment());
      } else if (change instanceof DatasetChange.LedgerEntryAdded l) {
        ledger.add(l.entry());
      } else {
        DatasetChange.MemberEventAdded e = (DatasetChange.MemberEventAdded) change;
        members.replaceAll(m -> m.id().equals(e.member()) ? Lifecycle.apply(m, e.event()) : m);
      }
    }

    Dataset build() {
      Dataset.Builder builder = Dataset.builder().region(base.region()).units(base.units()).organisations(base.organisations())
          .members(members).activityTypes(base.declaredActivityTypes()).activities(activities).duesPayments(payments).ledger(ledger);
      // Every other kind as the base holds it.
      for (org.dangjian.core.record.RecordKind<?> kind : base.kinds().all()) {
        if (kind != Activity.KIND && kind != DuesPayment.KIND && kind != LedgerEntry.KIND) {
          addAll(builder, kind);
        }
      }
      return builder.build();
    }

    private <T> void addAll(Dataset.Builder builder, org.dangjian.core.record.RecordKind<T> kind) {
      builder.addAll(kind, base.records(kind).all());
    }
  }

  private static DatasetChange randomChange(SplittableRandom random, Dataset dataset, List<MemberId> judged, String id) {
    List<Member> members = dataset.members();
    Member someone = judged.isEmpty() || random.nextBoolean() ? members.get(random.nextInt(members.size()))
        : dataset.member(judged.get(random.nextInt(judged.size()))).orElseThrow();
    return switch (random.nextInt(10)) {
      case 0, 1, 2, 3, 4 -> DatasetChange.activity(randomActivity(random, dataset, judged, id));
      case 5, 6 -> DatasetChange.duesPayment(new DuesPayment(someone.id(), YearMonth.of(2023 + random.nextInt(2), 1 + random.nextInt(12)),
          new BigDecimal(List.of("0.20", "15.00", "30.00", "1.00").get(random.nextInt(4))),
          LocalDate.of(2024, 1 + random.nextInt(12), 1 + random.nextInt(28))));
      case 7, 8 -> DatasetChange.ledgerEntry(new LedgerEntry(LocalDate.of(2024, 1 + random.nextInt(12), 1 + random.nextInt(28)),
          random.nextInt(20) == 0 ? MemberId.of("m-nobody") : someone.id(), "volunteer-service", BigDecimal.valueOf(random.nextInt(5)),
          Optional.empty(), random.nextBoolean() ? Optional.of(members.get(random.nextInt(members.size())).id()) : Optional.empty()));
      default -> DatasetChange.memberEvent(someone.id(), randomEvent(random, dataset));
    };
  }

  private static MemberEvent randomEvent(SplittableRandom random, Dataset dataset) {
    LocalDate date = LocalDate.of(2024, 1 + random.nextInt(12), 1 + random.nextInt(28));
    return switch (random.nextInt(7)) {
      case 5 -> new MemberEvent.Sanctioned(date, org.dangjian.core.member.SanctionKind.PROBATION_WITHIN_PARTY, Optional.of(12));
      case 6 -> new MemberEvent.CategoryChanged(date, MemberCategory.values()[random.nextInt(MemberCategory.values().length)]);
      case 0 -> {
        List<Organisation> branches = dataset.organisations().stream().filter(o -> o.kind().isBranch() && o.existsOn(date)).toList();
        yield new MemberEvent.Moved(date, branches.get(random.nextInt(branches.size())).id(), Optional.empty());
      }
      case 1 -> new MemberEvent.Suspended(date, "未按规定参加组织生活");
      case 2 -> new MemberEvent.CategoryChanged(date, MemberCategory.RETIRED);
      case 3 -> new MemberEvent.Died(date);
      default -> new MemberEvent.Reinstated(date);
    };
  }

  private static Activity randomActivity(SplittableRandom random, Dataset dataset, List<MemberId> judged, String id) {
    List<Organisation> organisations = dataset.organisations();
    Organisation organisation = organisations.get(random.nextInt(organisations.size()));
    // Mostly in 2024; sometimes before every record (the first activity moves) or after the day of evaluation.
    LocalDate date = random.nextInt(8) == 0 ? LocalDate.of(2023, 1 + random.nextInt(12), 1 + random.nextInt(28))
        : LocalDate.of(2024, 1 + random.nextInt(12), 1 + random.nextInt(28));
    List<Member> own = organisation.kind().isBranch() ? dataset.membersOf(organisation.id()) : List.of();
    List<Member> everyone = dataset.members();
    List<MemberId> attendees = new ArrayList<>();
    int count = random.nextInt(12);
    for (int i = 0; i < count; i++) {
      // Mostly the organisation's own members, sometimes someone from another branch.
      List<Member> pool = own.isEmpty() || random.nextInt(5) == 0 ? everyone : own;
      MemberId pick = pool.get(random.nextInt(pool.size())).id();
      if (!attendees.contains(pick)) {
        attendees.add(pick);
      }
    }
    if (!judged.isEmpty() && random.nextInt(3) == 0) {
      MemberId pick = judged.get(random.nextInt(judged.size())); // often of another branch
      if (!attendees.contains(pick)) {
        attendees.add(pick);
      }
    }
    if (random.nextInt(25) == 0) {
      attendees.add(MemberId.of("m-nobody")); // refused: not a member
    }
    Activity.Builder builder = Activity.builder().id(ActivityId.of(random.nextInt(25) == 0
            ? dataset.activities().get(0).id().value() // refused: the id is taken
            : "s-" + id))
        .organisation(organisation.id()).type(TYPES.get(random.nextInt(TYPES.size()))).date(date).attendees(attendees);
    if (random.nextBoolean() && !attendees.isEmpty()) {
      builder.host(attendees.get(0)).recorder(attendees.get(attendees.size() - 1));
    }
    if (random.nextBoolean()) {
      builder.addAgenda(random.nextBoolean() ? AgendaItem.firstTopic("学习习近平总书记重要讲话精神") : AgendaItem.of("研究发展党员工作"));
    }
    Member absent = everyone.get(random.nextInt(everyone.size()));
    if (random.nextInt(3) == 0 && !attendees.contains(absent.id())) {
      builder.addAbsentees(new Absence(absent.id(), random.nextBoolean() ? Optional.of("病假") : Optional.empty()));
    }
    return builder.build();
  }

  @Test
  void holdingCheng1sMissingJulyCommitteeMeetingClearsItsFindingAndReRunsOnlyActivityRulesForThatBranch() {
    ComplianceSession session = ComplianceSession.start(COUNTY, RULES, YEAR, YEAR_END);
    OrganisationId cg1 = OrganisationId.of("cg1");
    assertThat(session.report().findings()).anyMatch(f -> f.ruleId().equals("branch-committee-meeting-monthly")
        && f.organisation().equals(cg1));
    List<MemberId> committee = COUNTY.organisation(cg1).orElseThrow().committee().orElseThrow().holdersOn(LocalDate.of(2024, 7, 10))
        .stream().sorted().toList();
    Activity july = Activity.builder().id(ActivityId.of("cg1-c-2024-07")).organisation(cg1).type(ActivityType.BRANCH_COMMITTEE_MEETING)
        .date(LocalDate.of(2024, 7, 10)).host(committee.get(0)).recorder(committee.get(1)).attendees(committee)
        .addAgenda(AgendaItem.firstTopic("学习贯彻党的二十届三中全会精神")).summary("研究暑期党员志愿服务安排").build();

    ComplianceSession.Update update = session.apply(DatasetChange.activity(july));

    assertThat(update.reevaluated()).containsExactly(cg1);
    assertThat(update.rerunWhole()).isEmpty();
    List<String> readingActivities = RULES.entries().stream()
        .filter(e -> e.rule().dependencies().reads(Dependencies.Records.ACTIVITIES)).map(RuleEntry::id).toList();
    assertThat(update.rerunPerBranch()).containsExactlyElementsOf(readingActivities).contains("branch-committee-meeting-monthly")
        .doesNotContain("dues-arrears", "branch-size");
    assertThat(update.findingsRemoved()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("branch-committee-meeting-monthly");
      assertThat(f.period()).contains(ReportingPeriod.month(2024, 7));
    });
    assertThat(update.findingsAdded()).isEmpty();
    assertThat(update.requirementsAdded()).singleElement().satisfies(r -> {
      assertThat(r.organisation()).isEqualTo(cg1);
      assertThat(r.held()).isEqualTo(1);
    });
    assertThat(session.report()).isEqualTo(full(session.dataset(), YEAR_END));
  }

  @Test
  void attendingAnotherBranchsMeetingReEvaluatesTheAttendeesBranchToo() {
    ComplianceSession session = ComplianceSession.start(COUNTY, RULES, YEAR, YEAR_END);
    MemberId absent = MemberId.of("m0513");
    assertThat(session.report().findings()).anyMatch(f -> f.ruleId().equals("organisational-life-absence")
        && f.subject().id().equals(absent.value()));
    OrganisationId home = COUNTY.member(absent).orElseThrow().branch();
    Organisation elsewhere = COUNTY.organisations().stream()
        .filter(o -> o.kind().isBranch() && o.existsOn(YEAR_END) && !o.id().equals(home)).findFirst().orElseThrow();
    Activity visit = Activity.builder().id(ActivityId.of("visit-1")).organisation(elsewhere.id()).type(ActivityType.THEME_PARTY_DAY)
        .date(LocalDate.of(2024, 9, 20)).addAttendees(absent).build();

    ComplianceSession.Update update = session.apply(DatasetChange.activity(visit));

    assertThat(update.reevaluated()).containsExactlyInAnyOrder(elsewhere.id(), home);
    assertThat(update.findingsRemoved()).anyMatch(f -> f.ruleId().equals("organisational-life-absence")
        && f.subject().id().equals(absent.value()));
    assertThat(session.report()).isEqualTo(full(session.dataset(), YEAR_END));
  }

  @Test
  void anActivityBeforeTheFirstRecordReRunsTheRulesThatJudgeFromTheFirstMonthWhole() {
    ComplianceSession session = ComplianceSession.start(COUNTY, RULES, YEAR, YEAR_END);
    LocalDate first = COUNTY.firstActivityDate().orElseThrow();
    Activity earlier = Activity.builder().id(ActivityId.of("early-1")).organisation(OrganisationId.of("cg1"))
        .type(ActivityType.THEME_PARTY_DAY).date(first.minusMonths(7)).build();
    ComplianceSession.Update update = session.apply(DatasetChange.activity(earlier));
    assertThat(session.dataset().firstActivityDate()).contains(first.minusMonths(7));
    assertThat(update.rerunWhole()).contains("organisational-life-absence").doesNotContain("branch-size");
    assertThat(update.rerunPerBranch()).isEmpty();
    assertThat(session.report()).isEqualTo(full(session.dataset(), YEAR_END));
  }

  @Test
  void aLedgerEntryReRunsOnlyThePointsRuleForTheMembersBranch() {
    ComplianceSession session = ComplianceSession.start(COUNTY, RULES, YEAR, YEAR_END);
    Member member = COUNTY.members().get(3);
    ComplianceSession.Update update = session.apply(DatasetChange.ledgerEntry(new LedgerEntry(LocalDate.of(2024, 5, 6), member.id(),
        "volunteer-service", BigDecimal.valueOf(2), Optional.of("支教"), Optional.empty())));
    List<String> readingLedger = RULES.entries().stream()
        .filter(e -> e.rule().dependencies().reads(Dependencies.Records.LEDGER)).map(RuleEntry::id).toList();
    assertThat(readingLedger).isNotEmpty();
    assertThat(update.rerunPerBranch()).containsExactlyElementsOf(readingLedger);
    assertThat(update.rerunWhole()).isEmpty();
    assertThat(update.reevaluated()).containsExactly(member.branch());
    assertThat(session.report()).isEqualTo(full(session.dataset(), YEAR_END));
  }

  @Test
  void aMoveBetweenBranchesReEvaluatesBothAndTheOrganisationsAboveThemForTheRulesThatCountMembers() {
    ComplianceSession session = ComplianceSession.start(COUNTY, RULES, YEAR, YEAR_END);
    Member member = COUNTY.members().stream().filter(m -> m.group().isEmpty() && m.status().isMember()
        && COUNTY.organisations().stream().flatMap(o -> o.committee().stream()).flatMap(c -> c.positions().stream())
            .noneMatch(p -> p.member().equals(m.id()))).findFirst().orElseThrow();
    Organisation other = COUNTY.organisations().stream()
        .filter(o -> o.kind().isBranch() && o.existsOn(YEAR_END) && !o.id().equals(member.branch())).findFirst().orElseThrow();
    ComplianceSession.Update update = session.apply(DatasetChange.memberEvent(member.id(),
        new MemberEvent.Moved(LocalDate.of(2024, 9, 1), other.id(), Optional.empty())));
    // Both branches, and for the rules that count members per organisation those above them too.
    assertThat(update.reevaluated()).contains(member.branch(), other.id())
        .containsAll(COUNTY.tree().ancestors(other.id()).stream().map(Organisation::id).toList());
    assertThat(update.rerunPerOrganisation()).contains("organisation-size", "committee-size", "work-coverage");
    assertThat(update.rerunWhole()).isEmpty();
    assertThat(update.rerunPerBranch()).contains("branch-size", "dues-arrears");
    assertThat(session.dataset().member(member.id()).orElseThrow().branch()).isEqualTo(other.id());
    assertThat(session.report()).isEqualTo(full(session.dataset(), YEAR_END));
  }

  @Test
  void aRefusedChangeNamesTheFieldAndLeavesTheSessionAsItWas() {
    ComplianceSession session = ComplianceSession.start(COUNTY, RULES, YEAR, YEAR_END);
    ComplianceReport before = session.report();
    Activity stranger = Activity.builder().id(ActivityId.of("x-1")).organisation(OrganisationId.of("cg1"))
        .type(ActivityType.THEME_PARTY_DAY).date(LocalDate.of(2024, 3, 1)).addAttendees(MemberId.of("m-nobody")).build();
    assertThatThrownBy(() -> session.apply(DatasetChange.activity(stranger))).isInstanceOf(ValidationException.class)
        .hasMessageContaining("activity.attendees[0]").hasMessageContaining("dangling-reference");
    Activity taken = Activity.builder().id(COUNTY.activities().get(0).id()).organisation(OrganisationId.of("cg1"))
        .type(ActivityType.THEME_PARTY_DAY).date(LocalDate.of(2024, 3, 1)).build();
    assertThatThrownBy(() -> session.apply(DatasetChange.activity(taken))).isInstanceOf(ValidationException.class)
        .hasMessageContaining("activity.id").hasMessageContaining("duplicate-id");
    assertThatThrownBy(() -> session.apply(DatasetChange.memberEvent(MemberId.of("m-nobody"), new MemberEvent.Died(YEAR_END))))
        .isInstanceOf(ValidationException.class).hasMessageContaining("memberEvent.member");
    assertThat(session.dataset()).isSameAs(COUNTY);
    assertThat(session.report()).isSameAs(before);
  }

  @Test
  void everyBuiltInRuleDeclaresWhatItReadsSoNoneIsReRunAfterEveryChange() {
    assertThat(RULES.entries()).allSatisfy(entry ->
        assertThat(entry.rule().dependencies()).as(entry.id()).isNotEqualTo(Dependencies.everything()));
    assertThat(RULES.entries().stream().filter(e -> e.rule().dependencies().isPerBranch()).count())
        .as("per-branch entries").isGreaterThan(RULES.entries().size() / 2);
  }

  @Test
  void aPartyMeetingDecidingAMatterFirstClearsTheOfficeMeetingsFindingWithoutReRunningAnyRuleWhole() {
    ComplianceSession session = ComplianceSession.start(COUNTY, RULES, YEAR, YEAR_END);
    OrganisationId ez = OrganisationId.of("ez");
    assertThat(session.report().findings()).anyMatch(f -> f.ruleId().equals("major-matters") && f.organisation().equals(ez));
    List<MemberId> committee = COUNTY.organisation(ez).orElseThrow().committee().orElseThrow().holdersOn(LocalDate.of(2024, 5, 6))
        .stream().sorted().toList();
    Activity decided = Activity.builder().id(ActivityId.of("ez-po-2024-05-06")).organisation(ez).type(ActivityType.PARTY_ORGANISATION_MEETING)
        .unit(org.dangjian.core.org.UnitId.of("u-ez")).date(LocalDate.of(2024, 5, 6)).host(committee.get(0)).recorder(committee.get(1))
        .attendees(committee).addAgenda(AgendaItem.firstTopic("学习贯彻党的二十届三中全会精神"), AgendaItem.decided("改建学校运动场",
            org.dangjian.core.governance.Decision.of(org.dangjian.core.governance.MatterCategory.MAJOR_PROJECT, "ez-2024-playground",
                org.dangjian.core.member.VoteTally.of(committee.size(), committee.size(), committee.size(), 0, 0)).withPriorAgreement()))
        .build();

    ComplianceSession.Update update = session.apply(DatasetChange.activity(decided));

    assertThat(update.rerunWhole()).isEmpty();
    // The general branch, and the branches of the committee members who attended.
    assertThat(update.reevaluated()).containsExactly(ez, OrganisationId.of("ez-b1"), OrganisationId.of("ez-b2"));
    assertThat(update.findingsRemoved()).singleElement().satisfies(f -> {
      assertThat(f.ruleId()).isEqualTo("major-matters");
      assertThat(f.messageCode()).isEqualTo("major-matters.not-decided-first");
    });
    assertThat(session.report()).isEqualTo(ComplianceEngine.evaluate(session.dataset(), RULES, YEAR, YEAR_END));
  }
}
