package org.dangjian.cli.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dangjian.core.Labels;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.OrganisationKind;
import org.dangjian.core.time.ReportingPeriod;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.ComplianceReport;
import org.dangjian.rules.DueItem;
import org.dangjian.rules.Finding;
import org.dangjian.rules.OrganisationSummary;
import org.dangjian.rules.RuleSet;
import org.dangjian.rules.Severity;
import org.dangjian.scoring.ScoreBoard;
import org.dangjian.scoring.ScoreCard;
import org.dangjian.scoring.ScoringEngine;
import org.dangjian.scoring.ScoringScheme;

/**
 * Everything the demo shows, computed once: the year's compliance report under a rule set as of a day,
 * four boards — the year-end appraisal of members, the branch stars, the organisation ranking and the
 * rating of the leaders' yearly reports (述职评议) — and the responsibility letters (目标责任书) assessed.
 * The text and the HTML report are two views of the same figures.
 */
final class DemoFigures {
  /** How many findings the text lists. */
  static final int SERIOUS_FINDINGS_SHOWN = 10;

  final Dataset dataset;
  final RuleSet ruleSet;
  final LocalDate asOf;
  final int year;
  final ComplianceReport report;
  final Scored appraisal;
  final Scored stars;
  final Scored ranking;
  final Scored reports;
  /** The year's responsibility letters, assessed as of the day against the standard templates. */
  final List<org.dangjian.scoring.LetterAttainment> letters;
  /** The year's Party statistics (党内统计, as of 31 December), and the year before's. */
  final org.dangjian.core.statistics.StatisticsReport statistics;
  final org.dangjian.core.statistics.StatisticsReport lastYear;
  private final List<SchoolStatus> schools;

  /** A scheme with its board. */
  record Scored(ScoringScheme scheme, ScoreBoard board) {
    /** @return for each of the scheme's grades, best first: how many cards have it, and the quota's limit if any */
    List<GradeCount> distribution() {
      long graded = board.cards().stream().filter(ScoreCard::graded).count();
      List<GradeCount> counts = new ArrayList<>();
      for (ScoringScheme.GradeBand band : scheme.grades()) {
        long count = board.cards().stream().filter(c -> c.grade().filter(band.grade()::equals).isPresent()).count();
        Optional<ScoringScheme.Quota> quota = scheme.quotas().stream().filter(q -> q.grade().equals(band.grade())).findFirst();
        counts.add(new GradeCount(band, (int) count, quota.map(ScoringScheme.Quota::maxShare),
            quota.map(q -> q.maxShare().multiply(BigDecimal.valueOf(graded)).setScale(0, q.rounding()).intValueExact())));
      }
      return counts;
    }
  }

  /** A grade's count on a board, with its quota's share and the most cards that share allows on this board. */
  record GradeCount(ScoringScheme.GradeBand band, int count, Optional<BigDecimal> share, Optional<Integer> limit) {}

  /** One kind of thing owed by one deadline, with the organisations that owe it. */
  record DueGroup(LocalDate deadline, Labels type, List<Organisation> organisations) {}

  DemoFigures(Dataset dataset, RuleSet ruleSet, ScoringScheme appraisal, ScoringScheme stars, ScoringScheme ranking, ScoringScheme reports,
      LocalDate asOf) {
    this.dataset = Objects.requireNonNull(dataset, "dataset");
    this.ruleSet = Objects.requireNonNull(ruleSet, "ruleSet");
    this.asOf = Objects.requireNonNull(asOf, "asOf");
    this.year = asOf.getYear();
    this.report = ComplianceEngine.evaluate(dataset, ruleSet, ReportingPeriod.year(year), asOf);
    this.appraisal = new Scored(appraisal, ScoringEngine.score(dataset, appraisal, year, report));
    this.stars = new Scored(stars, ScoringEngine.score(dataset, stars, year, report));
    this.ranking = new Scored(ranking, ScoringEngine.score(dataset, ranking, year, report));
    this.reports = new Scored(reports, ScoringEngine.score(dataset, reports, year, report));
    this.letters = org.dangjian.scoring.LetterRegistry.standard().assessAll(dataset, report);
    this.statistics = org.dangjian.core.statistics.Statistics.of(dataset, year);
    this.lastYear = org.dangjian.core.statistics.Statistics.of(dataset, year - 1);
    this.schools = schoolStatuses();
  }

  /** @return the branches and joint branches that exist on the day, in tree order */
  List<Organisation> branches() {
    return dataset.tree().organisations().stream()
        .filter(o -> (o.kind() == OrganisationKind.BRANCH || o.kind() == OrganisationKind.JOINT_BRANCH) && o.existsOn(asOf))
        .toList();
  }

  /** @return the organisation's summary; all zero when the report has none */
  OrganisationSummary summary(Organisation organisation) {
    return report.summaryOf(organisation.id()).orElse(new OrganisationSummary(organisation.id(), 0, 0, 0, 0, 0, 0));
  }

  /** @return every finding, most serious first, the report's order within a severity */
  List<Finding> bySeverity() {
    return report.findings().stream().sorted(Comparator.comparing(Finding::severity)).toList();
  }

  /** @return how many findings of a severity */
  long count(Severity severity) {
    return report.findings().stream().filter(f -> f.severity() == severity).count();
  }

  /** @return the branch-stars grade of an organisation, if it has a card */
  Optional<ScoreCard> starsOf(Organisation organisation) {
    return stars.board().card(organisation.id().value());
  }

  /** @return what is still owed, grouped by deadline and kind of activity, in the report's order */
  List<DueGroup> dueGroups() {
    Map<String, List<DueItem>> groups = new LinkedHashMap<>();
    for (DueItem item : report.due()) {
      groups.computeIfAbsent(item.deadline() + "|" + item.type().code(), k -> new ArrayList<>()).add(item);
    }
    List<DueGroup> result = new ArrayList<>();
    for (List<DueItem> items : groups.values()) {
      DueItem first = items.get(0);
      result.add(new DueGroup(first.deadline(), first.type().labels(),
          items.stream().map(DueItem::organisation).distinct().map(dataset.tree()::get).toList()));
    }
    return result;
  }

  /**
   * A school's governance on the day: its model (with a pilot's mark), its principal or director where the
   * leadership team is recorded, which of the reform's four documents it has adopted, and the governance
   * findings about it (the register's and the leadership team's).
   */
  record SchoolStatus(org.dangjian.core.org.Unit unit, Optional<org.dangjian.core.org.Governance> governance,
      boolean teamRecorded, Optional<org.dangjian.core.governance.LeadershipPost> head, Optional<String> headMember,
      List<org.dangjian.core.governance.GovernanceDocumentKind> missing, long findings) {
    boolean partyLed() {
      return governance.filter(g -> g.model().isPartyLed()).isPresent();
    }

    boolean complete() {
      return partyLed() && missing.isEmpty();
    }
  }

  /** @return every school and kindergarten, by id, with its governance on the day */
  List<SchoolStatus> schools() {
    return schools;
  }

  private List<SchoolStatus> schoolStatuses() {
    // The governance findings about each unit, counted in one pass over the report.
    Map<String, Long> findingsBySubject = new java.util.HashMap<>();
    for (Finding f : report.findings()) {
      if (ruleSet.entry(f.ruleId()).map(e -> e.type().startsWith("governance-") || e.type().equals("leadership-team")).orElse(false)) {
        findingsBySubject.merge(f.subject().toString(), 1L, Long::sum);
      }
    }
    List<SchoolStatus> schools = new ArrayList<>();
    for (org.dangjian.core.org.Unit unit : dataset.units()) {
      if (!unit.kind().isSchool()) {
        continue;
      }
      List<org.dangjian.core.governance.GovernanceDocument> documents = dataset.records(org.dangjian.core.governance.GovernanceDocument.KIND)
          .by(org.dangjian.core.governance.GovernanceDocument.BY_UNIT, unit.id());
      List<org.dangjian.core.governance.GovernanceDocumentKind> missing = org.dangjian.core.governance.GovernanceDocumentKind
          .requiredByTheReform().stream().filter(kind -> documents.stream().noneMatch(d -> d.kind() == kind && d.inPlaceOn(asOf))).toList();
      long findings = findingsBySubject.getOrDefault("unit:" + unit.id(), 0L);
      List<org.dangjian.core.governance.LeadershipPost> team = dataset.records(org.dangjian.core.governance.LeadershipPost.KIND)
          .by(org.dangjian.core.governance.LeadershipPost.BY_UNIT, unit.id());
      Optional<org.dangjian.core.governance.LeadershipPost> head = team.stream().filter(p -> p.post().isHead() && p.heldOn(asOf)).findFirst();
      Optional<String> headMember = head.flatMap(org.dangjian.core.governance.LeadershipPost::member).flatMap(dataset::member)
          .map(org.dangjian.core.member.Member::name);
      schools.add(new SchoolStatus(unit, unit.governance().filter(g -> g.inForceOn(asOf)), !team.isEmpty(), head, headMember, missing,
          findings));
    }
    return List.copyOf(schools);
  }

  /**
   * A leader's card on the 述职评议 board with what it counted: the reports about the year for the card's
   * organisation, by the card's member (or, for a head who is not a member, about the card's school), and
   * how many members rated the member one by one.
   */
  record LeaderReport(ScoreCard card, List<org.dangjian.core.governance.DutyReport> reports, int ratedOneByOne) {
    /** @return how many of a group rated, over the reports and, for members, one by one */
    int raters(org.dangjian.core.governance.RaterGroup group) {
      int counted = reports.stream().flatMap(r -> r.rating(group).stream()).mapToInt(org.dangjian.core.governance.GroupRating::raters).sum();
      return counted + (group == org.dangjian.core.governance.RaterGroup.MEMBERS ? ratedOneByOne : 0);
    }
  }

  /** @return every card of the 述职评议 board, in its order, with what it counted */
  List<LeaderReport> leaderReports() {
    List<LeaderReport> leaders = new ArrayList<>();
    for (ScoreCard card : reports.board().cards()) {
      String person = card.subject().contains("@") ? card.subject().substring(0, card.subject().indexOf('@')) : card.subject();
      List<org.dangjian.core.governance.DutyReport> given = dataset.records(org.dangjian.core.governance.DutyReport.KIND)
          .by(org.dangjian.core.governance.DutyReport.BY_ORGANISATION, card.organisation()).stream().filter(r -> r.year() == year)
          .filter(r -> r.reporter().map(m -> m.value().equals(person)).orElseGet(() -> r.unit().orElseThrow().value().equals(person)))
          .toList();
      // As the scheme counts them: a members' count on the report on Party work stands for the ratings one by one.
      boolean counted = given.stream().anyMatch(org.dangjian.core.governance.DutyReport::countsTheMembersPoll);
      int oneByOne = counted ? 0 : (int) dataset.reportRatingsAbout(org.dangjian.core.member.MemberId.of(person), year).stream()
          .filter(r -> r.organisation().equals(card.organisation())).count();
      leaders.add(new LeaderReport(card, given, oneByOne));
    }
    return leaders;
  }

  /**
   * The bureau's spot checks on the day: of the schools' Party organisations directly under it, how many
   * were checked in each half of the year so far, and every correction opened by the day with its state.
   *
   * @param schools the schools' Party organisations directly under the bureau
   * @param checked for each half-year, how many of them had a spot check in it by the day
   * @param corrections the corrections opened by the day, by organisation and deadline
   */
  record Supervision(int schools, List<Integer> checked, List<org.dangjian.core.supervision.Correction> corrections) {}

  /** @return the bureau's supervision on the day */
  Supervision supervision() {
    org.dangjian.core.org.OrgTree tree = dataset.tree();
    List<Organisation> schools = tree.organisations().stream().filter(o -> tree.depth(o.id()) == 1 && o.existsOn(asOf))
        .filter(o -> dataset.coversASchool(o.id()))
        .toList();
    List<Integer> checked = new ArrayList<>();
    for (int half = 1; half <= 2; half++) {
      ReportingPeriod period = ReportingPeriod.halfYear(year, half);
      checked.add((int) schools.stream().filter(o -> tree.subtree(o.id()).stream().anyMatch(s -> dataset
          .records(org.dangjian.core.supervision.Inspection.KIND).by(org.dangjian.core.supervision.Inspection.BY_ORGANISATION, s.id()).stream()
          .anyMatch(i -> i.kind().equals(org.dangjian.core.supervision.InspectionKind.SPOT_CHECK) && period.contains(i.date())
              && !i.date().isAfter(asOf)))).count());
    }
    List<org.dangjian.core.supervision.Correction> corrections = dataset.records(org.dangjian.core.supervision.Correction.KIND).all().stream()
        .filter(c -> !c.opened().isAfter(asOf)).toList();
    return new Supervision(schools.size(), checked, corrections);
  }

  /** @return the organisation's name */
  String name(org.dangjian.core.org.OrganisationId id) {
    return dataset.organisation(id).map(Organisation::name).orElse(id.value());
  }
}
