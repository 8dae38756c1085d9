package org.dangjian.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.dangjian.core.Labels;
import org.dangjian.core.activity.Absence;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.assessment.AppraisalBallot;
import org.dangjian.core.assessment.Commitment;
import org.dangjian.core.assessment.CommitmentItem;
import org.dangjian.core.assessment.LedgerEntry;
import org.dangjian.core.assessment.ReportRating;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dues.DuesPayment;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.member.MemberStatus;
import org.dangjian.core.org.CommitteeRole;
import org.dangjian.core.org.OrgTree;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.org.Position;
import org.dangjian.core.ValidationException;
import org.dangjian.core.time.ReportingPeriod;
import org.dangjian.rules.ComplianceReport;
import org.dangjian.rules.Finding;
import org.dangjian.rules.OrganisationSummary;
import org.dangjian.rules.Subject;
import org.jspecify.annotations.Nullable;

/**
 * Scores every subject of a scheme for a year: {@link #score(Dataset, ScoringScheme, int,
 * ComplianceReport)} gives a {@link ScoreBoard} whose every point is a line item pointing at its
 * evidence. Caps hold each item within its period and yearly limits (an occurrence that would cross a
 * cap adds only up to it); of a non-stacking group only the highest occurrence counts; vetoes zero
 * items or blocks and cap grades; quotas demote, best grade first, in ranking order; ranks break ties
 * by the scheme's blocks and then the subject's id. Exact decimals, to the cent; stateless and
 * thread-safe; the same input gives the same board.
 */
public final class ScoringEngine {
  private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

  private ScoringEngine() {}

  /**
   * @param dataset the records
   * @param scheme the resolved scheme
   * @param year the year to score
   * @param report the compliance report of that year (for findings and compliance rates): its window is the year
   * @return the board
   * @throws ValidationException ({@code wrong-window}) if the report covers another window than the year
   */
  public static ScoreBoard score(Dataset dataset, ScoringScheme scheme, java.time.Year year, ComplianceReport report) {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(report, "report");
    ReportingPeriod whole = ReportingPeriod.year(year.getValue());
    if (!report.window().equals(whole)) {
      throw ValidationException.of("report", "wrong-window", "the compliance report covers " + report.window()
          + ", not the year " + year + " being scored: evaluate the whole year (window " + whole + ") and score with that report");
    }
    return new Run(dataset, year.getValue(), report).board(scheme);
  }

  /**
   * The same as {@link #score(Dataset, ScoringScheme, java.time.Year, ComplianceReport)} with {@code Year.of(year)}.
   *
   * @param dataset the records
   * @param scheme the resolved scheme
   * @param year the year to score
   * @param report the compliance report of that year
   * @return the board
   * @throws ValidationException ({@code wrong-window}) if the report covers another window than the year
   */
  public static ScoreBoard score(Dataset dataset, ScoringScheme scheme, int year, ComplianceReport report) {
    return score(dataset, scheme, java.time.Year.of(year), report);
  }

  /** One scoring: the inputs, and the boards of schemes referred to, computed once. */
  private static final class Run {
    final Dataset dataset;
    final int year;
    final ReportingPeriod period;
    final ComplianceReport report;
    /** The cards of schemes referred to, by scheme, then subject. */
    final Map<String, Map<String, ScoreCard>> nested = new HashMap<>();
    private @Nullable Map<OrganisationId, OrganisationSummary> summaries;
    /** The last day of each month of the year, made once per run. */
    private final LocalDate[] monthEnds = new LocalDate[12];
    /** The records of the member whose card is being made: the items of one card share them. */
    private @Nullable MemberYear memberYear;
    private @Nullable Map<MemberId, List<Activity>> absences;
    private @Nullable Map<String, List<Finding>> findingsByMember;
    private @Nullable Map<OrganisationId, List<Finding>> findingsByOrganisation;

    Run(Dataset dataset, int year, ComplianceReport report) {
      this.dataset = Objects.requireNonNull(dataset, "dataset");
      this.year = year;
      this.period = ReportingPeriod.year(year);
      for (int m = 1; m <= 12; m++) {
        monthEnds[m - 1] = YearMonth.of(year, m).atEndOfMonth();
      }
      this.report = Objects.requireNonNull(report, "report");
    }

    ScoreBoard board(ScoringScheme scheme) {
      List<Draft> drafts = new ArrayList<>();
      for (Target target : targets(scheme)) {
        drafts.add(score(scheme, target));
      }
      applyQuotas(scheme, drafts);
      rank(scheme, drafts);
      OrgTree tree = dataset.tree();
      drafts.sort(Comparator.<Draft, Integer>comparing(d -> d.rank.orElse(Integer.MAX_VALUE))
          .thenComparing(d -> d.target.organisation, tree.pathOrder()).thenComparing(d -> d.target.id));
      return new ScoreBoard(scheme.toString(), year, drafts.stream().map(Draft::card).toList());
    }

    // --- subjects --------------------------------------------------------------------------

    /** Who is scored, with their place and eligibility. */
    record Target(String id, String name, OrganisationId organisation, Optional<Member> member, Optional<Organisation> org,
        Optional<MemberStatus> status, boolean graded, boolean ranked, int months) {}

    List<Target> targets(ScoringScheme scheme) {
      LocalDate end = period.end();
      List<Target> targets = new ArrayList<>();
      switch (scheme.subject()) {
        case MEMBER -> {
          for (Member member : dataset.members()) {
            MemberStatus status = member.factsOn(end).status();
            ScoringScheme.Eligibility e = scheme.eligibility();
            if (e.scored().contains(status)) {
              long months = 0;
              for (int m = 1; m <= 12; m++) {
                if (e.scored().contains(member.factsOn(monthEnds[m - 1]).status())) {
                  months++;
                }
              }
              targets.add(new Target(member.id().value(), member.name(), member.branch(), Optional.of(member), Optional.empty(),
                  Optional.of(status), e.graded().contains(status), e.ranked().contains(status), (int) months));
            }
          }
        }
        case SECRETARY -> {
          for (Organisation org : dataset.organisations()) {
            if (!org.kind().isBranch() || !org.existsOn(end)) {
              continue;
            }
            Optional<Position> secretary = org.committee().stream().flatMap(c -> c.positions().stream())
                .filter(p -> p.role() == CommitteeRole.SECRETARY && p.heldOn(end)).findFirst();
            Optional<Member> member = secretary.flatMap(p -> dataset.member(p.member()));
            if (member.isPresent()) {
              long months = 0;
              for (int m = 1; m <= 12; m++) {
                if (secretary.get().heldOn(YearMonth.of(year, m).atEndOfMonth())) {
                  months++;
                }
              }
              targets.add(new Target(member.get().id().value(), member.get().name(), org.id(), member, Optional.of(org),
                  Optional.of(member.get().factsOn(end).status()), true, true, (int) months));
            }
          }
        }
        case BRANCH, ORGANISATION -> {
          OrgTree tree = dataset.tree();
          for (Organisation org : dataset.organisations()) {
            boolean fits = scheme.subject() == SubjectKind.BRANCH ? org.kind().isBranch()
                : scheme.organisationKinds().contains(org.kind()) && tree.depth(org.id()) == scheme.depth();
            if (fits && org.existsOn(end)) {
              targets.add(new Target(org.id().value(), org.name(), org.id(), Optional.empty(), Optional.of(org), Optional.empty(),
                  true, true, 12));
            }
          }
        }
      }
      return targets;
    }

    // --- one card ----------------------------------------------------------------------------

    /** An occurrence before caps: when, what it is worth, and the record. */
    record Occurrence(Optional<LocalDate> date, BigDecimal worth, String evidence) {}

    /** Lines of one item: by date (undated last), then evidence — the order occurrences are taken in. */
    static final Comparator<LineItem> BY_DATE_THEN_EVIDENCE = Comparator.comparing((LineItem l) -> l.date().orElse(LocalDate.MAX))
        .thenComparing(LineItem::evidence);

    /** A card being built. */
    final class Draft {
      final Target target;
      final List<LineItem> lines = new ArrayList<>();
      final List<BlockScore> blocks = new ArrayList<>();
      final Set<ScoreCard.Flag> flags = EnumSet.noneOf(ScoreCard.Flag.class);
      final List<Labels> reasons = new ArrayList<>();
      BigDecimal total = BigDecimal.ZERO;
      int band = -1;
      Optional<String> grade = Optional.empty();
      Optional<Integer> rank = Optional.empty();
      @Nullable Map<String, BigDecimal> blockScores;
      final ScoringScheme scheme;

      Draft(ScoringScheme scheme, Target target) {
        this.scheme = scheme;
        this.target = target;
      }

      ScoreCard card() {
        // Lines are already in order: made item by item in the scheme's order, each item's by date, then evidence.
        return new ScoreCard(target.id, target.name, target.organisation, target.status.map(MemberStatus::code), target.graded,
            target.ranked, total, blocks, lines, grade, rank, flags, reasons);
      }
    }

    Draft score(ScoringScheme scheme, Target target) {
      Draft draft = new Draft(scheme, target);
      Map<String, List<Occurrence>> occurrences = new LinkedHashMap<>();
      for (ScoringScheme.Item item : scheme.items()) {
        occurrences.put(item.id(), occurrences(item, target));
      }
      // Non-stacking groups: only the highest occurrence of the group's items counts.
      Map<String, Occurrence> best = new HashMap<>();
      Map<String, String> bestItem = new HashMap<>();
      for (ScoringScheme.Item item : scheme.items()) {
        item.group().ifPresent(group -> occurrences.get(item.id()).forEach(o -> {
          Occurrence current = best.get(group);
          if (current == null || o.worth().compareTo(current.worth()) > 0) {
            best.put(group, o);
            bestItem.put(group, item.id());
          }
        }));
      }
      boolean prorated = scheme.prorate() && target.months > 0 && target.months < 12;
      for (ScoringScheme.Item item : scheme.items()) {
        int firstLine = draft.lines.size();
        List<Occurrence> list = new ArrayList<>(occurrences.get(item.id()));
        list.sort(Comparator.comparing((Occurrence o) -> o.date().orElse(LocalDate.MAX)).thenComparing(Occurrence::evidence));
        Optional<BigDecimal> yearCap = item.yearCap();
        Map<ReportingPeriod, BigDecimal> perPeriod = new HashMap<>();
        BigDecimal yearSum = BigDecimal.ZERO;
        for (Occurrence o : list) {
          Labels note = null;
          BigDecimal magnitude = o.worth().abs();
          BigDecimal take = magnitude;
          if (item.group().isPresent() && best.get(item.group().get()) != o) {
            take = BigDecimal.ZERO;
            String group = item.group().get();
            String bestWorth = best.get(group).worth().toPlainString();
            note = new Labels("同组（" + group + "）只计最高一项：" + bestItem.get(group) + "（" + bestWorth + "）",
                "superseded in group " + group + " by " + bestItem.get(group) + " (" + bestWorth + ")");
          }
          ReportingPeriod p = item.periodCap().flatMap(c -> o.date().map(d -> ReportingPeriod.containing(c.per(), d))).orElse(null);
          if (p != null) {
            BigDecimal room = item.periodCap().get().max().subtract(perPeriod.getOrDefault(p, BigDecimal.ZERO)).max(BigDecimal.ZERO);
            if (take.compareTo(room) > 0) {
              take = room;
              ScoringScheme.PeriodCap cap = item.periodCap().get();
              note = new Labels("每" + cap.per().labelZh() + "最多" + cap.max().toPlainString() + "（" + p + "）",
                  "capped at " + cap.max().toPlainString() + " a " + cap.per().code() + " (" + p + ")");
            }
          }
          if (yearCap.isPresent()) {
            BigDecimal room = yearCap.get().subtract(yearSum).max(BigDecimal.ZERO);
            if (take.compareTo(room) > 0) {
              take = room;
              note = new Labels("每年最多" + yearCap.get().toPlainString(), "capped at " + yearCap.get().toPlainString() + " a year");
            }
          }
          if (p != null) {
            perPeriod.merge(p, take, BigDecimal::add);
          }
          yearSum = yearSum.add(take);
          BigDecimal points = o.worth().signum() < 0 ? take.negate() : take;
          draft.lines.add(new LineItem(item.id(), item.block(), o.date(), o.worth(), points, o.evidence(), Optional.ofNullable(note)));
        }
        if (prorated && yearCap.isPresent() && yearSum.signum() > 0 && list.stream().allMatch(o -> o.worth().signum() >= 0)) {
          prorate(draft, item, yearSum, yearCap.get());
          // The extrapolation is undated: it takes its place among the item's undated lines by evidence.
          draft.lines.subList(firstLine, draft.lines.size()).sort(BY_DATE_THEN_EVIDENCE);
        }
      }
      if (draft.lines.stream().anyMatch(l -> l.evidence().startsWith("prorate:"))) {
        draft.flags.add(ScoreCard.Flag.PRORATED);
        draft.reasons.add(new Labels("在册" + target.months + "个月：有年度上限的得分按全年折算",
            "present " + target.months + " of 12 months: yearly-capped earnings extrapolated to a full year"));
      }
      // Vetoes.
      Optional<String> capGrade = Optional.empty();
      List<String> zeroBlocks = new ArrayList<>();
      for (ScoringScheme.Item item : scheme.items()) {
        if (item.veto().isEmpty() || occurrences.get(item.id()).isEmpty()) {
          continue;
        }
        ScoringScheme.Veto veto = item.veto().get();
        draft.flags.add(ScoreCard.Flag.VETOED);
        draft.reasons.add(new Labels("一票否决：" + item.labels().zh(), "veto by " + item.id() + " (" + item.labels().zh() + ")"));
        for (String zeroed : veto.zeroItems()) {
          draft.lines.replaceAll(l -> l.item().equals(zeroed) && l.points().signum() != 0
              ? new LineItem(l.item(), l.block(), l.date(), l.worth(), BigDecimal.ZERO, l.evidence(), Optional.of(new Labels("因" + item.labels().zh() + "一票否决归零", "zeroed by veto " + item.id())))
              : l);
        }
        veto.zeroBlock().ifPresent(zeroBlocks::add);
        if (veto.capGrade().isPresent()) {
          capGrade = worse(scheme, capGrade, veto.capGrade().get());
        }
      }
      // Blocks and total.
      BigDecimal total = BigDecimal.ZERO;
      for (ScoringScheme.Block block : scheme.blocks()) {
        BigDecimal sum = draft.lines.stream().filter(l -> l.block().equals(block.id())).map(LineItem::points)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal score = block.base().add(sum).max(block.floor());
        if (block.cap().isPresent()) {
          score = score.min(block.cap().get());
        }
        if (zeroBlocks.contains(block.id())) {
          score = BigDecimal.ZERO;
        }
        draft.blocks.add(new BlockScore(block.id(), block.base(), sum, score));
        total = total.add(score.multiply(block.weight()));
      }
      total = total.setScale(2, RoundingMode.HALF_UP).max(scheme.floor());
      if (scheme.cap().isPresent()) {
        total = total.min(scheme.cap().get());
      }
      draft.total = total.setScale(2, RoundingMode.HALF_UP);
      // Grade.
      if (target.graded && !scheme.grades().isEmpty()) {
        int band = bandOf(scheme, total);
        if (capGrade.isPresent()) {
          int cap = bandIndex(scheme, capGrade.get());
          if (band < cap) {
            band = cap;
            draft.reasons.add(new Labels("因一票否决，等次最高为" + scheme.grades().get(cap).labels().zh(),
                "grade capped at " + scheme.grades().get(cap).labels().zh() + " by a veto"));
          }
        }
        draft.band = band;
        draft.grade = Optional.of(scheme.grades().get(band).grade());
      }
      return draft;
    }

    /**
     * For a subject present part of the year, extrapolates what a yearly-capped item earned to a full year
     * ({@code earned × 12 / months}, up to the cap) as one more line, so that a member who joined in July
     * and attended every meeting since stands level with one who attended all year.
     */
    private void prorate(Draft draft, ScoringScheme.Item item, BigDecimal earned, BigDecimal cap) {
      Target target = draft.target;
      BigDecimal full = earned.multiply(TWELVE).divide(BigDecimal.valueOf(target.months), 2, RoundingMode.HALF_UP).min(cap);
      BigDecimal extra = full.subtract(earned).setScale(2, RoundingMode.HALF_UP);
      if (extra.signum() > 0) {
        draft.lines.add(new LineItem(item.id(), item.block(), Optional.empty(), extra, extra,
            "prorate:" + target.id + "@" + year + " (" + target.months + " of 12 months)",
            Optional.of(new Labels(target.months + "个月得" + earned.toPlainString() + "，按全年折算为" + full.toPlainString()
                + (full.compareTo(cap) == 0 ? "（年度上限）" : ""), earned.toPlainString() + " earned in " + target.months
                + " months, extrapolated to " + full.toPlainString() + (full.compareTo(cap) == 0 ? " (the yearly cap)" : "")))));
      }
    }

    private static Optional<String> worse(ScoringScheme scheme, Optional<String> current, String candidate) {
      return current.isEmpty() || bandIndex(scheme, candidate) > bandIndex(scheme, current.get()) ? Optional.of(candidate) : current;
    }

    private static int bandIndex(ScoringScheme scheme, String grade) {
      for (int i = 0; i < scheme.grades().size(); i++) {
        if (scheme.grades().get(i).grade().equals(grade)) {
          return i;
        }
      }
      throw new IllegalStateException("no grade " + grade);
    }

    private static int bandOf(ScoringScheme scheme, BigDecimal total) {
      List<ScoringScheme.GradeBand> bands = scheme.grades();
      for (int i = 0; i < bands.size(); i++) {
        if (bands.get(i).min().map(min -> total.compareTo(min) >= 0).orElse(true)) {
          return i;
        }
      }
      return bands.size() - 1;
    }

    // --- evidence ----------------------------------------------------------------------------

    List<Occurrence> occurrences(ScoringScheme.Item item, Target target) {
      List<Occurrence> found = new ArrayList<>();
      BigDecimal points = item.points().orElse(BigDecimal.ZERO);
      Evidence evidence = item.evidence();
      if (evidence instanceof Evidence.Attendance a) {
        if (target.member.isPresent()) {
          // The member's attendance grouped by type once per card, then looked up per type the item names.
          Map<String, List<Activity>> byType = memberYear(target.member.get()).attendedByType();
          for (String type : new java.util.LinkedHashSet<>(a.activityTypes())) { // a type named twice counts once
            for (Activity activity : byType.getOrDefault(type, List.of())) {
              found.add(new Occurrence(Optional.of(activity.date()), points, "activity:" + activity.id()));
            }
          }
        } else {
          for (Activity activity : dataset.activitiesOf(target.organisation, period)) {
            if (a.activityTypes().contains(activity.type().code())) {
              found.add(new Occurrence(Optional.of(activity.date()), points, "activity:" + activity.id()));
            }
          }
        }
      } else if (evidence instanceof Evidence.Absence a && target.member.isPresent()) {
        for (Activity activity : absences().getOrDefault(target.member.get().id(), List.of())) {
          Absence absence = activity.absentees().stream().filter(x -> x.member().equals(target.member.get().id())).findFirst().orElseThrow();
          if (a.activityTypes().contains(activity.type().code()) && (!a.withoutReason() || absence.reason().isEmpty())) {
            found.add(new Occurrence(Optional.of(activity.date()), points, "activity:" + activity.id()));
          }
        }
      } else if (evidence instanceof Evidence.Ledger l && target.member.isPresent()) {
        // The member's entries of the year grouped by category once per card, then looked up per category.
        Map<String, List<LedgerEntry>> byCategory = memberYear(target.member.get()).ledgerByCategory();
        for (String category : new java.util.LinkedHashSet<>(l.categories())) { // a category named twice counts once
          for (LedgerEntry entry : byCategory.getOrDefault(category, List.of())) {
            found.add(new Occurrence(Optional.of(entry.date()), item.points().orElse(entry.points()),
                "ledger:" + entry.member() + "@" + entry.date() + "/" + entry.category()));
          }
        }
      } else if (evidence instanceof Evidence.Findings f) {
        for (Finding finding : findingsAbout(target, f.subtree())) {
          if ((f.rules().isEmpty() || f.rules().contains(finding.ruleId()))
              && (f.severities().isEmpty() || f.severities().contains(finding.severity()))) {
            found.add(new Occurrence(finding.since().or(() -> finding.period().map(ReportingPeriod::start)), points,
                "finding:" + finding.ruleId() + "/" + finding.subject() + finding.period().map(p -> "/" + p).orElse("")));
          }
        }
      } else if (evidence instanceof Evidence.Commitments c && target.member.isPresent()) {
        Optional<Commitment> commitment = dataset.commitmentOf(target.member.get().id(), year);
        if (commitment.isPresent()) {
          List<CommitmentItem> items = commitment.get().items();
          for (int i = 0; i < items.size(); i++) {
            if (items.get(i).outcome().filter(c.outcomes()::contains).isPresent()) {
              found.add(new Occurrence(Optional.of(commitment.get().made()), points,
                  "commitment:" + target.id + "@" + year + "/" + (i + 1)));
            }
          }
        }
      } else if (evidence instanceof Evidence.DuesArrears d && target.member.isPresent()) {
        DuesYear dues = memberYear(target.member.get()).dues();
        for (int m = 1; m <= 12; m++) {
          YearMonth month = YearMonth.of(year, m);
          LocalDate limit = month.plusMonths(d.moreThanMonths()).atEndOfMonth();
          LocalDate paid = dues.paidOn[m - 1] == null ? period.end().plusDays(1) : dues.paidOn[m - 1];
          if (dues.owed[m - 1] && limit.isBefore(period.end()) && paid.isAfter(limit)) {
            found.add(new Occurrence(Optional.of(limit.plusDays(1)), points, "dues:" + target.id + "@" + month));
            break;
          }
        }
      } else if (evidence instanceof Evidence.DuesPaid d && target.member.isPresent()) {
        DuesYear dues = memberYear(target.member.get()).dues();
        for (int m = 1; m <= 12; m++) {
          YearMonth month = YearMonth.of(year, m);
          LocalDate limit = month.plusMonths(d.graceMonths()).atEndOfMonth();
          if (dues.owed[m - 1] && dues.paidOn[m - 1] != null && !dues.paidOn[m - 1].isAfter(limit)) {
            found.add(new Occurrence(Optional.of(monthEnds[m - 1]), points, "dues:" + target.id + "@" + month));
          }
        }
      } else if (evidence instanceof Evidence.Ballots b && target.member.isPresent()) {
        List<BigDecimal> values = new ArrayList<>();
        for (AppraisalBallot ballot : dataset.ballotsAbout(target.member.get().id(), year)) {
          if (!(b.excludeSelf() && ballot.voter().equals(ballot.subject())) && b.values().containsKey(ballot.grade())) {
            values.add(b.values().get(ballot.grade()));
          }
        }
        found.add(amount(values, item, "ballots:" + target.id + "@" + year + " (" + values.size() + ")"));
      } else if (evidence instanceof Evidence.ReportRatings r && target.member.isPresent()) {
        List<BigDecimal> values = new ArrayList<>();
        for (ReportRating rating : dataset.reportRatingsAbout(target.member.get().id(), year)) {
          if (r.values().containsKey(rating.grade())) {
            values.add(r.values().get(rating.grade()));
          }
        }
        found.add(amount(values, item, "report-ratings:" + target.id + "@" + year + " (" + values.size() + ")"));
      } else if (evidence instanceof Evidence.ComplianceRate r && target.org.isPresent()) {
        Optional<OrganisationSummary> summary = Optional.ofNullable(summaries().get(target.org.get().id()));
        BigDecimal rate = summary.flatMap(s -> r.subtree() ? s.subtreeRate() : s.rate()).orElse(BigDecimal.ONE);
        found.add(new Occurrence(Optional.empty(), rate.multiply(item.factor()).setScale(2, RoundingMode.HALF_UP),
            "compliance:" + target.id + "@" + year + " (" + rate.toPlainString() + ")"));
      } else if (evidence instanceof Evidence.AttendanceRate r && target.org.isPresent()) {
        OrganisationId org = target.org.get().id();
        long present = 0;
        long recorded = 0;
        List<OrganisationId> holders = r.subtree() ? dataset.tree().subtree(org).stream().map(Organisation::id).toList() : List.of(org);
        for (Activity activity : holders.stream().flatMap(o -> dataset.activitiesOf(o, period).stream()).toList()) {
          if (r.activityTypes().isEmpty() || r.activityTypes().contains(activity.type().code())) {
            present += activity.attendees().size();
            recorded += activity.attendees().size() + activity.absentees().size();
          }
        }
        BigDecimal rate = recorded == 0 ? BigDecimal.ZERO
            : BigDecimal.valueOf(present).divide(BigDecimal.valueOf(recorded), 4, RoundingMode.HALF_UP);
        found.add(new Occurrence(Optional.empty(), rate.multiply(item.factor()).setScale(2, RoundingMode.HALF_UP),
            "attendance:" + target.id + "@" + year + " (" + present + " of " + recorded + ")"));
      } else if (evidence instanceof Evidence.SchemeTotal s) {
        // Not computeIfAbsent: the nested scheme's board may itself nest a scheme, filling the same map meanwhile.
        Map<String, ScoreCard> other = nested.get(s.scheme().toString());
        if (other == null) {
          other = board(s.scheme()).cards().stream().collect(java.util.stream.Collectors.toMap(ScoreCard::subject, c -> c));
          nested.put(s.scheme().toString(), other);
        }
        BigDecimal total = Optional.ofNullable(other.get(target.id)).map(ScoreCard::total).orElse(BigDecimal.ZERO);
        found.add(new Occurrence(Optional.empty(), total.multiply(item.factor()).setScale(2, RoundingMode.HALF_UP),
            "scheme:" + s.scheme() + "/" + target.id + " (" + total.toPlainString() + ")"));
      }
      return found;
    }

    /** Activities of the year of the given types: those the subject's branch held, or for a person any. */
    /** The report's summaries by organisation, indexed once per run on first use. */
    private Map<OrganisationId, OrganisationSummary> summaries() {
      if (summaries == null) {
        Map<OrganisationId, OrganisationSummary> byOrganisation = new HashMap<>();
        report.summaries().forEach(s -> byOrganisation.put(s.organisation(), s));
        summaries = byOrganisation;
      }
      return summaries;
    }

    /**
     * The year's activities by member recorded absent, indexed once per run on first use (attendance comes
     * from the dataset's own index, {@link Dataset#activitiesAttendedBy}).
     */
    private Map<MemberId, List<Activity>> absences() {
      if (absences == null) {
        Map<MemberId, List<Activity>> absent = new HashMap<>();
        for (Activity activity : dataset.activities()) {
          if (period.contains(activity.date())) {
            activity.absentees().forEach(x -> absent.computeIfAbsent(x.member(), k -> new ArrayList<>()).add(activity));
          }
        }
        absences = absent;
      }
      return absences;
    }

    /**
     * The findings about a subject: for a member, those whose subject is the member; for an organisation
     * (or its secretary), those it is responsible for, with everything beneath it when {@code subtree}.
     */
    private List<Finding> findingsAbout(Target target, boolean subtree) {
      if (findingsByMember == null) {
        findingsByMember = new HashMap<>();
        findingsByOrganisation = new HashMap<>();
        for (Finding finding : report.findings()) {
          if (finding.subject().kind() == Subject.Kind.MEMBER) {
            findingsByMember.computeIfAbsent(finding.subject().id(), k -> new ArrayList<>()).add(finding);
          }
          findingsByOrganisation.computeIfAbsent(finding.organisation(), k -> new ArrayList<>()).add(finding);
        }
      }
      if (target.org.isEmpty()) {
        return target.member.isPresent() ? findingsByMember.getOrDefault(target.id, List.of()) : List.of();
      }
      OrganisationId org = target.org.get().id();
      if (!subtree) {
        return findingsByOrganisation.getOrDefault(org, List.of());
      }
      return dataset.tree().subtree(org).stream().flatMap(o -> findingsByOrganisation.getOrDefault(o.id(), List.of()).stream()).toList();
    }

    private Occurrence amount(List<BigDecimal> values, ScoringScheme.Item item, String evidence) {
      BigDecimal average = values.isEmpty() ? BigDecimal.ZERO
          : values.stream().reduce(BigDecimal.ZERO, BigDecimal::add).divide(BigDecimal.valueOf(values.size()), 4, RoundingMode.HALF_UP);
      return new Occurrence(Optional.empty(), average.multiply(item.factor()).setScale(2, RoundingMode.HALF_UP), evidence);
    }

    /**
     * A member's dues year: for each month, whether dues were owed (a member at the month's end) and the
     * day they were paid (the earliest, if paid in parts), from one pass over the member's payments.
     */
    private record DuesYear(boolean[] owed, LocalDate[] paidOn) {}

    private MemberYear memberYear(Member member) {
      if (memberYear == null || memberYear.member != member) {
        memberYear = new MemberYear(member);
      }
      return memberYear;
    }

    /**
     * One member's records of the year, each worked out on first use from one pass over the member's
     * records: attendance by activity type, ledger entries by category, and the dues year.
     */
    private final class MemberYear {
      final Member member;
      private @Nullable Map<String, List<Activity>> attendedByType;
      private @Nullable Map<String, List<LedgerEntry>> ledgerByCategory;
      private @Nullable DuesYear dues;

      MemberYear(Member member) {
        this.member = member;
      }

      Map<String, List<Activity>> attendedByType() {
        if (attendedByType == null) {
          attendedByType = new HashMap<>();
          for (Activity activity : dataset.activitiesAttendedBy(member.id())) {
            if (period.contains(activity.date())) {
              attendedByType.computeIfAbsent(activity.type().code(), k -> new ArrayList<>()).add(activity);
            }
          }
        }
        return attendedByType;
      }

      Map<String, List<LedgerEntry>> ledgerByCategory() {
        if (ledgerByCategory == null) {
          ledgerByCategory = new HashMap<>();
          for (LedgerEntry entry : dataset.ledgerOf(member.id())) {
            if (period.contains(entry.date())) {
              ledgerByCategory.computeIfAbsent(entry.category(), k -> new ArrayList<>()).add(entry);
            }
          }
        }
        return ledgerByCategory;
      }

      DuesYear dues() {
        if (dues == null) {
          boolean[] owed = new boolean[12];
          LocalDate[] paidOn = new LocalDate[12];
          for (int m = 0; m < 12; m++) {
            owed[m] = member.factsOn(monthEnds[m]).status().isMember();
          }
          for (DuesPayment payment : dataset.duesPaymentsOf(member.id())) {
            YearMonth month = payment.month();
            if (month.getYear() == year) {
              int m = month.getMonthValue() - 1;
              if (paidOn[m] == null || payment.paidOn().isBefore(paidOn[m])) {
                paidOn[m] = payment.paidOn();
              }
            }
          }
          dues = new DuesYear(owed, paidOn);
        }
        return dues;
      }
    }

    // --- quotas, ranks ----------------------------------------------------------------------

    private Comparator<Draft> rankingOrder(ScoringScheme scheme) {
      Comparator<Draft> order = Comparator.comparing((Draft d) -> d.total).reversed();
      for (String block : scheme.tieBreaks()) {
        order = order.thenComparing(Comparator.comparing((Draft d) -> blockScore(d, block)).reversed());
      }
      return order.thenComparing(d -> d.target.id);
    }

    private static BigDecimal blockScore(Draft draft, String block) {
      if (draft.blockScores == null) {
        // Ranking compares block scores on every tie of totals: index them once per card.
        Map<String, BigDecimal> byBlock = new HashMap<>();
        draft.blocks.forEach(b -> byBlock.putIfAbsent(b.block(), b.score()));
        draft.blockScores = byBlock;
      }
      return draft.blockScores.getOrDefault(block, BigDecimal.ZERO);
    }

    private void applyQuotas(ScoringScheme scheme, List<Draft> drafts) {
      long graded = drafts.stream().filter(d -> d.grade.isPresent()).count();
      for (int band = 0; band < scheme.grades().size(); band++) {
        String grade = scheme.grades().get(band).grade();
        Optional<ScoringScheme.Quota> quota = scheme.quotas().stream().filter(q -> q.grade().equals(grade)).findFirst();
        if (quota.isEmpty() || band == scheme.grades().size() - 1) {
          continue;
        }
        int b = band;
        List<Draft> holders = new ArrayList<>(drafts.stream().filter(d -> d.grade.isPresent() && d.band == b).toList());
        int max = quota.get().maxShare().multiply(BigDecimal.valueOf(graded)).setScale(0, quota.get().rounding()).intValueExact();
        if (holders.size() <= max) {
          continue;
        }
        holders.sort(rankingOrder(scheme));
        int keep = max;
        if (quota.get().ties() == ScoringScheme.Ties.DEMOTE_TIED) {
          BigDecimal boundary = holders.get(max).total;
          while (keep > 0 && holders.get(keep - 1).total.compareTo(boundary) == 0) {
            keep--;
          }
        }
        String label = scheme.grades().get(band).labels().zh();
        String next = scheme.grades().get(band + 1).grade();
        for (int i = keep; i < holders.size(); i++) {
          Draft d = holders.get(i);
          d.band = band + 1;
          d.grade = Optional.of(next);
          d.flags.add(ScoreCard.Flag.DEMOTED_BY_QUOTA);
          String percent = quota.get().maxShare().movePointRight(2).stripTrailingZeros().toPlainString();
          d.reasons.add(new Labels(label + "名额限" + percent + "%（" + graded + "人参评，" + max + "个名额）；"
              + (i < max ? "在名额边界并列" : "排第" + (i + 1) + "位，共" + holders.size() + "位"),
              label + " is limited to " + percent + "% of " + graded + " graded (" + max + (max == 1 ? " place" : " places") + "); "
              + (i < max ? "tied at the boundary" : "placed " + (i + 1) + " of " + holders.size())));
        }
      }
    }

    private void rank(ScoringScheme scheme, List<Draft> drafts) {
      List<Draft> ranked = new ArrayList<>(drafts.stream().filter(d -> d.target.ranked).toList());
      ranked.sort(rankingOrder(scheme));
      for (int i = 0; i < ranked.size(); i++) {
        ranked.get(i).rank = Optional.of(i + 1);
      }
      scheme.bottom().ifPresent(bottom -> {
        int n = bottom.count().orElseGet(() -> bottom.share().orElseThrow().multiply(BigDecimal.valueOf(ranked.size()))
            .setScale(0, bottom.rounding()).intValueExact());
        for (int i = Math.max(0, ranked.size() - n); i < ranked.size(); i++) {
          ranked.get(i).flags.add(ScoreCard.Flag.BOTTOM_RANKED);
          ranked.get(i).reasons.add(new Labels("末位：第" + (i + 1) + "名，共" + ranked.size() + "名",
              "bottom-ranked (末位): " + (i + 1) + " of " + ranked.size()));
        }
      });
    }
  }
}
