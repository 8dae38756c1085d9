package org.dangjian.scoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.activity.ActivityId;
import org.dangjian.core.activity.ActivityType;
import org.dangjian.core.assessment.AppraisalBallot;
import org.dangjian.core.assessment.AppraisalGrade;
import org.dangjian.core.assessment.Commitment;
import org.dangjian.core.assessment.CommitmentItem;
import org.dangjian.core.assessment.CommitmentOutcome;
import org.dangjian.core.assessment.LedgerEntry;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dataset.Region;
import org.dangjian.core.dues.DuesPayment;
import org.dangjian.core.json.Syntax;
import org.dangjian.core.member.Gender;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberCategory;
import org.dangjian.core.member.MemberEvent;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.member.MemberStatus;
import org.dangjian.core.member.TransferLetter;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.org.OrganisationKind;
import org.dangjian.core.time.ReportingPeriod;
import org.dangjian.rules.ComplianceReport;
import org.dangjian.rules.Finding;

/**
 * Small datasets for scoring tests, in a few lines: a root committee with branches {@code b1} and
 * {@code b2}, members, and the evidence a test needs; schemes written inline after a standard header.
 */
final class Fixture {
  static final int YEAR = 2024;
  static final String HEADER = """
      schema: dangjian/scoring-scheme@1
      id: test
      version: "1"
      title: 测试方案
      effective: {from: 2024-01-01}
      """;

  final List<Organisation> organisations = new ArrayList<>();
  final List<Member> members = new ArrayList<>();
  final List<Activity> activities = new ArrayList<>();
  final List<LedgerEntry> ledger = new ArrayList<>();
  final List<Commitment> commitments = new ArrayList<>();
  final List<AppraisalBallot> ballots = new ArrayList<>();
  final List<DuesPayment> payments = new ArrayList<>();
  final List<Finding> findings = new ArrayList<>();
  private int nextMember = 1;
  private int nextActivity = 1;

  Fixture() {
    LocalDate established = LocalDate.of(2010, 1, 1);
    organisations.add(Organisation.builder().id(OrganisationId.of("root")).name("县教育局党委")
        .kind(OrganisationKind.GRASSROOTS_COMMITTEE).established(established).build());
    for (String branch : List.of("b1", "b2")) {
      organisations.add(Organisation.builder().id(OrganisationId.of(branch)).name("支部" + branch).kind(OrganisationKind.BRANCH)
          .parent(OrganisationId.of("root")).established(established).build());
    }
  }

  /** A full member (full since 2015) of a branch. */
  MemberId full(String branch) {
    return member(branch, transferredIn(LocalDate.of(2015, 9, 1), MemberStatus.FULL));
  }

  /** A full member transferred in from outside the county on the given day. */
  MemberId joined(String branch, LocalDate on) {
    return member(branch, transferredIn(on, MemberStatus.FULL));
  }

  /** A probationary member all year (admitted in December of the year before). */
  MemberId probationary(String branch) {
    LocalDate received = LocalDate.of(YEAR - 1, 12, 20);
    return member(branch, new MemberEvent.TransferredIn(received, "外县党支部", letter(received), MemberStatus.PROBATIONARY,
        Optional.of(LocalDate.of(YEAR - 1, 12, 1)), Optional.empty()));
  }

  MemberId member(String branch, MemberEvent... history) {
    MemberId id = MemberId.of(String.format(Locale.ROOT, "m%02d", nextMember++));
    members.add(Member.builder().id(id).name("党员" + id).gender(Gender.FEMALE).birthDate(LocalDate.of(1985, 3, 1))
        .category(MemberCategory.TEACHER).branch(OrganisationId.of(branch)).history(Arrays.asList(history)).build());
    return id;
  }

  static MemberEvent transferredIn(LocalDate on, MemberStatus status) {
    return new MemberEvent.TransferredIn(on, "师范学院党委", letter(on), status, Optional.of(LocalDate.of(2014, 9, 1)),
        Optional.of(LocalDate.of(2015, 9, 1)));
  }

  private static TransferLetter letter(LocalDate received) {
    return new TransferLetter("L-" + received, received.minusDays(5), received.plusMonths(3));
  }

  /** An activity of a branch with those present. */
  Fixture held(String branch, ActivityType type, LocalDate date, MemberId... present) {
    activities.add(Activity.builder().id(ActivityId.of(String.format(Locale.ROOT, "a%03d", nextActivity++)))
        .organisation(OrganisationId.of(branch)).type(type).date(date).attendees(Arrays.asList(present)).build());
    return this;
  }

  Fixture ledger(MemberId member, LocalDate date, String category, String points) {
    LedgerEntry entry = new LedgerEntry(date, member, category, new BigDecimal(points), Optional.empty(), Optional.empty());
    // The same entry again is a second one: it carries an id, as a dataset must give it.
    ledger.add(ledger.contains(entry) ? entry.withId(org.dangjian.core.record.RecordId.of("l" + ledger.size())) : entry);
    return this;
  }

  Fixture commitment(MemberId member, CommitmentOutcome... outcomes) {
    List<CommitmentItem> items = new ArrayList<>();
    for (int i = 0; i < outcomes.length; i++) {
      items.add(new CommitmentItem("承诺" + (i + 1), Optional.empty(), Optional.of(outcomes[i])));
    }
    commitments.add(new Commitment(member, YEAR, LocalDate.of(YEAR, 2, 20), items));
    return this;
  }

  Fixture ballot(MemberId voter, MemberId subject, AppraisalGrade grade) {
    ballots.add(new AppraisalBallot(voter, subject, YEAR, grade));
    return this;
  }

  /** Dues paid on time for the given months of the year. */
  Fixture paid(MemberId member, int... months) {
    for (int month : months) {
      YearMonth ym = YearMonth.of(YEAR, month);
      payments.add(new DuesPayment(member, ym, new BigDecimal("10.00"), ym.atDay(10)));
    }
    return this;
  }

  Dataset dataset() {
    return Dataset.builder().region(Region.of("test", "测试县")).organisations(organisations).members(members)
        .activities(activities).ledger(ledger).commitments(commitments).ballots(ballots).duesPayments(payments).build();
  }

  /** A compliance report of the year with the fixture's findings and nothing else. */
  ComplianceReport report() {
    return new ComplianceReport("test", ReportingPeriod.year(YEAR), LocalDate.of(YEAR, 12, 31), findings, List.of(),
        List.of(), List.of());
  }

  ScoreBoard score(ScoringScheme scheme) {
    return ScoringEngine.score(dataset(), scheme, YEAR, report());
  }

  /** Resolves a scheme written as the standard header followed by {@code body}. */
  static ScoringScheme scheme(String body) {
    return SchemeRegistry.builder().definition(SchemeDefinition.parse(HEADER + body, "test.yaml", Syntax.YAML)).build()
        .resolve("test", LocalDate.of(YEAR, 12, 31));
  }

  static LocalDate day(int month, int day) {
    return LocalDate.of(YEAR, month, day);
  }
}
