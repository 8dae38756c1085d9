package org.dangjian.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import org.dangjian.core.Labels;
import org.dangjian.core.activity.Absence;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.activity.ActivityId;
import org.dangjian.core.assessment.AppraisalBallot;
import org.dangjian.core.assessment.Commitment;
import org.dangjian.core.assessment.CommitmentItem;
import org.dangjian.core.assessment.LedgerEntry;
import org.dangjian.core.assessment.ReportRating;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dues.DuesPayment;
import org.dangjian.core.governance.DutyReport;
import org.dangjian.core.governance.DutyReportKind;
import org.dangjian.core.governance.RaterGroup;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.member.MemberStatus;
import org.dangjian.core.org.CommitteeRole;
import org.dangjian.core.org.OrgTree;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.org.Position;
import org.dangjian.core.ValidationException;
import org.dangjian.core.parallel.Fanout;
import org.dangjian.core.time.PeriodKind;
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

  /** Cards are made in at most this many chunks, so that threads taking part share the work evenly. */
  private static final int CHUNKS = 64;
  /** A chunk holds at least this many subjects: fewer are not worth handing to another thread. */
  private static final int MIN_CHUNK = 256;

  /**
   * Scores on the calling thread and the common fork-join pool's ({@link Fanout#defaultExecutor()}).
   *
   * @param dataset the records
   * @param scheme the resolved scheme
   * @param year the year to score
   * @param report the compliance report of that year (for findings and compliance rates): its window is the year
   * @return the board
   * @throws ValidationException ({@code wrong-window}) if the report covers another window than the year
   */
  public static ScoreBoard score(Dataset dataset, ScoringScheme scheme, java.time.Year year, ComplianceReport report) {
    return score(dataset, scheme, year, report, Fanout.defaultExecutor(), Fanout.defaultParallelism());
  }

  /**
   * Scores on the calling thread and up to {@code threads - 1} of the executor's: the cards are made in
   * chunks of subjects, each chunk's cards in place, so the board is the same whatever the threads and
   * however the work fell among them. {@code Runnable::run} with 1 scores on the caller alone.
   *
   * @param dataset the records
   * @param scheme the resolved scheme
   * @param year the year to score
   * @param report the compliance report of that year (for findings and compliance rates): its window is the year
   * @param executor lends threads
   * @param threads how many threads take part at most, the caller's included (1 or more)
   * @return the board
   * @throws ValidationException ({@code wrong-window}) if the report covers another window than the year; ({@code
   *     limit-exceeded}) if a card's amounts leave what exact arithmetic at the scheme's decimals holds
   * @throws IllegalArgumentException if {@code threads} is less than 1
   */
  public static ScoreBoard score(Dataset dataset, ScoringScheme scheme, java.time.Year year, ComplianceReport report,
      Executor executor, int threads) {
    return run(dataset, null, scheme, year, report, executor, threads).board(scheme, true);
  }

  /**
   * Scores one part of a partitioned region ({@link Dataset#partition}): its subjects' cards as {@link
   * #score} makes them, but not yet placed — no quota applied and no rank given, since those hold across
   * the whole region. {@link #place} then places every part's cards together, as {@code score} would have
   * on the whole region. The report is the part's share of the region's ({@link
   * org.dangjian.rules.PartEvaluation#share}), with the region's summaries of the part's organisations.
   *
   * <p>An organisations' scheme picks its subjects by their depth in the region's tree, and reads what lies
   * beneath each: a subject must hold its whole subtree in its part, as when the region is cut at the
   * subjects' depth or above it (by county, for a ranking of the counties' schools). A leader's card is named
   * {@code person@organisation} when the person has several across the region, counted in the region's core.
   * A school head's card goes with the organisation the whole region would give it (the first covering the
   * school), in whichever part holds that organisation.
   *
   * @param part the part
   * @param region the region's core ({@code PartEvaluation.regionCore(parts, ruleSet, regionKinds(scheme))}): its
   *     tree, for the depths and order of the part's organisations; its members, for a leader or secretary the
   *     part does not hold; its leadership posts and reports, to count each person's cards across the region
   * @param scheme the resolved scheme
   * @param year the year to score
   * @param report the compliance report of that year, for the part
   * @param executor lends threads
   * @param threads how many threads take part at most, the caller's included (1 or more)
   * @return the part's cards, by organisation in the region's order, then subject; none ranked
   * @throws ValidationException as {@link #score(Dataset, ScoringScheme, java.time.Year, ComplianceReport, Executor, int)}
   * @throws IllegalArgumentException if an organisation scored has organisations beneath it in other parts, or
   *     {@code threads} is less than 1
   */
  public static ScoreBoard scoreUnplaced(Dataset part, Dataset region, ScoringScheme scheme, java.time.Year year,
      ComplianceReport report, Executor executor, int threads) {
    Objects.requireNonNull(region, "region");
    return run(part, region, scheme, year, report, executor, threads).board(scheme, false);
  }

  /**
   * Checks, before any card is made, that an organisations' scheme can be scored on a part: each organisation it
   * scores there has everything beneath it in the part (the region cut at the subjects' depth or above). Any
   * other scheme passes.
   *
   * @param scheme the resolved scheme
   * @param part a part of the region (or its core: the part's organisations are what counts)
   * @param region the region's core
   * @throws IllegalArgumentException naming the first subject with an organisation beneath it in another part
   */
  public static void requireWholeSubtrees(ScoringScheme scheme, Dataset part, Dataset region) {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(part, "part");
    Objects.requireNonNull(region, "region");
    if (scheme.subject() != SubjectKind.ORGANISATION) {
      return;
    }
    OrgTree tree = region.tree();
    for (Organisation org : part.organisations()) {
      if (scheme.organisationKinds().contains(org.kind()) && tree.depth(org.id()) == scheme.depth()) {
        for (Organisation beneath : tree.subtree(org.id())) {
          if (part.organisation(beneath.id()).isEmpty()) {
            throw new IllegalArgumentException("organisation '" + org.id() + "', a subject of " + scheme + ", has '" + beneath.id()
                + "' beneath it in another part: cut the region at depth " + scheme.depth() + " or above to score it by parts");
          }
        }
      }
    }
  }

  /**
   * Places cards scored part by part ({@link #scoreUnplaced}) as one board: the scheme's quotas applied
   * over all of them (a share of everyone graded in the region, demoting in ranking order across the
   * parts), ranks given across them, the bottom-ranked marked — the same board {@link #score} gives for
   * the whole region.
   *
   * @param scheme the scheme the cards were scored under
   * @param year the year scored
   * @param cards every part's cards, in any order, none placed
   * @param organisationOrder the region's order of organisations ({@code region.tree().pathOrder()}), for
   *     the cards no rank orders
   * @return the board
   * @throws IllegalArgumentException if a card is already ranked or demoted, or one subject has two cards
   */
  public static ScoreBoard place(ScoringScheme scheme, int year, java.util.Collection<ScoreCard> cards,
      Comparator<OrganisationId> organisationOrder) {
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(cards, "cards");
    Objects.requireNonNull(organisationOrder, "organisationOrder");
    List<Run.Draft> drafts = new ArrayList<>(cards.size());
    Set<String> subjects = new java.util.HashSet<>();
    for (ScoreCard card : cards) {
      if (card.rank().isPresent() || card.flags().contains(ScoreCard.Flag.DEMOTED_BY_QUOTA)
          || card.flags().contains(ScoreCard.Flag.BOTTOM_RANKED)) {
        throw new IllegalArgumentException("the card of '" + card.subject() + "' is placed already: place cards scoreUnplaced made");
      }
      if (!subjects.add(card.subject())) {
        throw new IllegalArgumentException("two cards of '" + card.subject() + "': each subject is scored in one part");
      }
      drafts.add(new Run.Draft(scheme, card));
    }
    Run.applyQuotas(scheme, drafts);
    Run.rank(scheme, drafts);
    return Run.boardOf(scheme, year, drafts, organisationOrder, 0, Runnable::run);
  }

  /**
   * @param scheme a resolved scheme
   * @return the record kinds the region's core must hold for the scheme to be scored by parts, beside what the
   *     rule set's region rules read ({@code PartEvaluation.regionCore(parts, ruleSet, regionKinds(scheme))}): for
   *     leaders, the leadership posts and reports, by which a person's cards are counted across the region
   */
  public static List<org.dangjian.core.record.RecordKind<?>> regionKinds(ScoringScheme scheme) {
    Objects.requireNonNull(scheme, "scheme");
    Set<org.dangjian.core.record.RecordKind<?>> kinds = new java.util.LinkedHashSet<>();
    if (scheme.subject() == SubjectKind.LEADER) {
      kinds.add(org.dangjian.core.governance.LeadershipPost.KIND);
      kinds.add(DutyReport.KIND);
    }
    for (ScoringScheme.Item item : scheme.items()) {
      if (item.evidence() instanceof Evidence.SchemeTotal s) {
        kinds.addAll(regionKinds(s.scheme()));
      }
    }
    return List.copyOf(kinds);
  }

  private static Run run(Dataset dataset, @Nullable Dataset region, ScoringScheme scheme, java.time.Year year,
      ComplianceReport report, Executor executor, int threads) {
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(year, "year");
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(executor, "executor");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be 1 or more, not " + threads);
    }
    ReportingPeriod whole = ReportingPeriod.year(year.getValue());
    if (!report.window().equals(whole)) {
      throw ValidationException.of("report", "wrong-window", "the compliance report covers " + report.window()
          + ", not the year " + year + " being scored: evaluate the whole year (window " + whole + ") and score with that report");
    }
    if (region != null) {
      requireWholeSubtrees(scheme, dataset, region);
    }
    return new Run(dataset, region, year.getValue(), report, executor, threads - 1);
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

  /** One scoring: the inputs, the indexes the scheme's evidence needs, and the boards of schemes referred to. */
  private static final class Run {
    final Dataset dataset;
    final int year;
    final ReportingPeriod period;
    final ComplianceReport report;
    final Executor executor;
    final int helpers;
    /** The cards of schemes referred to, by scheme, then subject: made before the cards that read them. */
    final Map<String, Map<String, ScoreCard>> nested = new HashMap<>();
    final OrganisationMeasures measures;
    /** For a part of a region: the region's core, for its organisations' depths and order, and its leaders. */
    final @Nullable Dataset region;
    private @Nullable Map<OrganisationId, OrganisationSummary> summaries;
    private @Nullable Map<MemberId, List<Activity>> absences;
    private @Nullable Map<String, List<Finding>> findingsByMember;
    private @Nullable Map<OrganisationId, List<Finding>> findingsByOrganisation;
    private @Nullable Map<OrganisationId, List<LetterAttainment>> lettersByOrganisation;

    Run(Dataset dataset, @Nullable Dataset region, int year, ComplianceReport report, Executor executor, int helpers) {
      this.dataset = Objects.requireNonNull(dataset, "dataset");
      this.region = region;
      this.year = year;
      this.period = ReportingPeriod.year(year);
      this.report = Objects.requireNonNull(report, "report");
      this.executor = executor;
      this.helpers = helpers;
      this.measures = new OrganisationMeasures(dataset, report, year);
    }

    ScoreBoard board(ScoringScheme scheme) {
      return board(scheme, true);
    }

    /** @param place whether to apply the quotas and rank, or leave the cards as scored (to be placed across parts) */
    ScoreBoard board(ScoringScheme scheme, boolean place) {
      prepare(scheme);
      CardPlan plan = new CardPlan(scheme, year);
      List<Target> targets = targets(scheme, plan);
      Draft[] drafts = new Draft[targets.size()];
      int chunks = Math.max(1, Math.min(CHUNKS, targets.size() / MIN_CHUNK));
      List<String> tieBreaks = scheme.tieBreaks();
      Fanout.run(chunks, helpers, executor, () -> {
        CardMaker maker = new CardMaker(plan);
        return chunk -> {
          for (int i = chunk * targets.size() / chunks, end = (chunk + 1) * targets.size() / chunks; i < end; i++) {
            drafts[i] = maker.score(targets.get(i));
            drafts[i].rankKeys(tieBreaks); // here, on several threads, rather than on the caller while ranking
          }
        };
      });
      List<Draft> list = new ArrayList<>(Arrays.asList(drafts));
      if (place) {
        applyQuotas(scheme, list);
        rank(scheme, list);
      }
      return boardOf(scheme, year, list, (region != null ? region : dataset).tree().pathOrder(), helpers, executor);
    }

    /**
     * The board of placed drafts: by rank, the unranked last, then in the tree's order and by subject; the
     * cards made on the caller and up to {@code helpers} of the executor's threads.
     */
    static ScoreBoard boardOf(ScoringScheme scheme, int year, List<Draft> list, Comparator<OrganisationId> order, int helpers,
        Executor executor) {
      list.sort(Comparator.comparingInt((Draft d) -> d.rank.isPresent() ? d.rank.get() : Integer.MAX_VALUE)
          .thenComparing(d -> d.target.organisation, order).thenComparing(d -> d.target.id));
      ScoreCard[] cards = new ScoreCard[list.size()];
      int chunks = Math.max(1, Math.min(CHUNKS, cards.length / MIN_CHUNK));
      Fanout.run(chunks, helpers, executor, () -> chunk -> {
        for (int i = chunk * cards.length / chunks, end = (chunk + 1) * cards.length / chunks; i < end; i++) {
          cards[i] = list.get(i).card();
        }
      });
      return new ScoreBoard(scheme.toString(), year, Arrays.asList(cards));
    }

    /**
     * Builds, before the cards are made on several threads, what their evidence reads from the whole run:
     * the boards of schemes referred to, the report's findings and summaries by subject, absences by member.
     */
    private void prepare(ScoringScheme scheme) {
      for (ScoringScheme.Item item : scheme.items()) {
        Evidence evidence = item.evidence();
        if (evidence instanceof Evidence.SchemeTotal s && !nested.containsKey(s.scheme().toString())) {
          Map<String, ScoreCard> other = new HashMap<>();
          board(s.scheme()).cards().forEach(c -> other.put(c.subject(), c));
          nested.put(s.scheme().toString(), other);
        } else if (evidence instanceof Evidence.Findings && findingsByMember == null) {
          Map<String, List<Finding>> byMember = new HashMap<>();
          Map<OrganisationId, List<Finding>> byOrganisation = new HashMap<>();
          for (Finding finding : report.findings()) {
            if (finding.subject().kind() == Subject.Kind.MEMBER) {
              byMember.computeIfAbsent(finding.subject().id(), k -> new ArrayList<>()).add(finding);
            }
            byOrganisation.computeIfAbsent(finding.organisation(), k -> new ArrayList<>()).add(finding);
          }
          findingsByMember = byMember;
          findingsByOrganisation = byOrganisation;
        } else if (evidence instanceof Evidence.Absence && absences == null) {
          Map<MemberId, List<Activity>> absent = new HashMap<>();
          for (Activity activity : dataset.activities()) {
            if (period.contains(activity.date())) {
              activity.absentees().forEach(x -> absent.computeIfAbsent(x.member(), k -> new ArrayList<>()).add(activity));
            }
          }
          absences = absent;
        } else if (evidence instanceof Evidence.Letter l && lettersByOrganisation == null) {
          Map<OrganisationId, List<LetterAttainment>> byOrganisation = new HashMap<>();
          for (LetterAttainment attainment : l.letters().assessAll(dataset, report)) {
            byOrganisation.computeIfAbsent(attainment.letter().to(), k -> new ArrayList<>()).add(attainment);
          }
          lettersByOrganisation = byOrganisation;
        } else if (evidence instanceof Evidence.ComplianceRate && summaries == null) {
          Map<OrganisationId, OrganisationSummary> byOrganisation = new HashMap<>();
          report.summaries().forEach(s -> byOrganisation.put(s.organisation(), s));
          summaries = byOrganisation;
        }
      }
    }

    // --- subjects --------------------------------------------------------------------------

    /** Who is scored, with their place, eligibility and (for people) their status at each month's end. */
    record Target(String id, String name, OrganisationId organisation, Optional<Member> member, Optional<Organisation> org,
        Optional<MemberStatus> status, boolean graded, boolean ranked, int months, MemberStatus @Nullable [] monthEnds,
        List<DutyReport> reports) {}

    List<Target> targets(ScoringScheme scheme, CardPlan plan) {
      LocalDate end = period.end();
      List<Target> targets = new ArrayList<>();
      switch (scheme.subject()) {
        case MEMBER -> {
          ScoringScheme.Eligibility e = scheme.eligibility();
          LocalDate[] monthEnds = plan.monthEndDates;
          for (Member member : dataset.members()) {
            MemberStatus status = member.statusOn(end);
            if (e.scored().contains(status)) {
              MemberStatus[] statuses = new MemberStatus[12];
              int months = 0;
              for (int m = 0; m < 12; m++) {
                statuses[m] = m == 11 ? status : member.statusOn(monthEnds[m]);
                months += e.scored().contains(statuses[m]) ? 1 : 0;
              }
              targets.add(new Target(member.id().value(), member.name(), member.branch(), Optional.of(member), Optional.empty(),
                  Optional.of(status), e.graded().contains(status), e.ranked().contains(status), months, statuses, List.of()));
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
            // In a part, a secretary who is a member of another part is found in the region's core.
            Optional<Member> member = secretary.flatMap(p -> dataset.member(p.member())
                .or(() -> region == null ? Optional.empty() : region.member(p.member())));
            if (member.isPresent()) {
              int months = 0;
              MemberStatus[] statuses = new MemberStatus[12];
              for (int m = 0; m < 12; m++) {
                LocalDate monthEnd = plan.monthEndDates[m];
                statuses[m] = member.get().statusOn(monthEnd);
                months += secretary.get().heldOn(monthEnd) ? 1 : 0;
              }
              MemberId id = member.get().id();
              List<DutyReport> reports = dataset.records(DutyReport.KIND).by(DutyReport.BY_ORGANISATION, org.id()).stream()
                  .filter(r -> r.year() == year && r.kind() == DutyReportKind.PARTY_WORK && r.reporter().equals(Optional.of(id))).toList();
              targets.add(new Target(id.value(), member.get().name(), org.id(), member, Optional.of(org),
                  Optional.of(statuses[11]), true, true, months, statuses, reports));
            }
          }
        }
        case LEADER -> {
          for (Leaders.Leader leader : Leaders.of(dataset, year, plan.monthEndDates, region)) {
            MemberStatus @Nullable [] statuses = null;
            if (leader.member().isPresent()) {
              statuses = new MemberStatus[12];
              for (int m = 0; m < 12; m++) {
                statuses[m] = leader.member().get().statusOn(plan.monthEndDates[m]);
              }
            }
            targets.add(new Target(leader.id(), leader.name(), leader.organisation().id(), leader.member(), Optional.of(leader.organisation()),
                statuses == null ? Optional.empty() : Optional.of(statuses[11]), true, true, leader.months(), statuses, leader.reports()));
          }
        }
        case BRANCH, ORGANISATION -> {
          OrgTree tree = (region != null ? region : dataset).tree();
          for (Organisation org : dataset.organisations()) {
            boolean fits = scheme.subject() == SubjectKind.BRANCH ? org.kind().isBranch()
                : scheme.organisationKinds().contains(org.kind()) && tree.depth(org.id()) == scheme.depth();
            if (fits && org.existsOn(end)) {
              targets.add(new Target(org.id().value(), org.name(), org.id(), Optional.empty(), Optional.of(org), Optional.empty(),
                  true, true, 12, null, List.of()));
            }
          }
        }
      }
      return targets;
    }

    // --- one card ----------------------------------------------------------------------------

    /** A card being built: its lines are final; quotas and ranks change its grade, rank, flags and reasons. */
    static final class Draft {
      final Target target;
      /** The card's lines: those made here, or (for a card scored elsewhere) the card's own. */
      final List<LineItem> lines;
      /** The status code of a card scored elsewhere. */
      final @Nullable String statusCode;
      final List<BlockScore> blocks;
      final Set<ScoreCard.Flag> flags;
      final List<Labels> reasons;
      final BigDecimal total;
      int band;
      Optional<String> grade;
      Optional<Integer> rank = Optional.empty();
      /** What the ranking compares, made once: the total, then the score of each tie-break block. */
      BigDecimal @Nullable [] rankKeys;

      Draft(Target target, CompactLines lines, List<BlockScore> blocks, Set<ScoreCard.Flag> flags, List<Labels> reasons,
          BigDecimal total, int band, Optional<String> grade) {
        this.target = target;
        this.lines = lines;
        this.statusCode = null;
        this.blocks = blocks;
        this.flags = flags;
        this.reasons = reasons;
        this.total = total;
        this.band = band;
        this.grade = grade;
      }

      /** A card scored elsewhere (in another part of the region), to be placed with the rest. */
      Draft(ScoringScheme scheme, ScoreCard card) {
        this.target = new Target(card.subject(), card.name(), card.organisation(), Optional.empty(), Optional.empty(),
            Optional.empty(), card.graded(), card.ranked(), 0, null, List.of());
        this.lines = card.lines();
        this.statusCode = card.status().orElse(null);
        this.blocks = card.blocks();
        this.flags = card.flags().isEmpty() ? EnumSet.noneOf(ScoreCard.Flag.class) : EnumSet.copyOf(card.flags());
        this.reasons = new ArrayList<>(card.reasons());
        this.total = card.total();
        this.grade = card.grade();
        this.band = grade.map(g -> bandIndex(scheme, g)).orElse(-1);
      }

      /** @return the block scores by block: ranking compares them on every tie of totals, so they are indexed once per card */
      /**
       * @param tieBreaks the scheme's tie-break blocks
       * @return the total, then each tie-break block's score (zero where the card has no such block)
       */
      BigDecimal[] rankKeys(List<String> tieBreaks) {
        BigDecimal[] keys = rankKeys;
        if (keys == null) {
          keys = new BigDecimal[1 + tieBreaks.size()];
          keys[0] = total;
          for (int i = 0; i < tieBreaks.size(); i++) {
            keys[i + 1] = blockScore(tieBreaks.get(i));
          }
          rankKeys = keys;
        }
        return keys;
      }

      /** @return the score of the card's first block of the name, or zero */
      private BigDecimal blockScore(String block) {
        for (BlockScore b : blocks) {
          if (b.block().equals(block)) {
            return b.score();
          }
        }
        return BigDecimal.ZERO;
      }

      ScoreCard card() {
        ScoreCard.Builder card = ScoreCard.builder(target.id, target.name, target.organisation, total).graded(target.graded)
            .ranked(target.ranked).blocks(blocks).lines(lines).flags(flags).reasons(reasons);
        target.status.ifPresent(status -> card.status(status.code()));
        if (statusCode != null) {
          card.status(statusCode);
        }
        grade.ifPresent(card::grade);
        rank.ifPresent(card::rank);
        return card.build();
      }
    }

    /**
     * Makes cards, one at a time, on one thread: the occurrences of every item of a card gathered into
     * columns of primitives from one pass over each kind of the subject's records, then held within
     * groups, caps and vetoes as whole numbers of units. Its columns are reused from card to card.
     */
    final class CardMaker {
      final CardPlan plan;
      final int itemCount;
      /** The card's occurrences, item by item: [start[i], end[i]) are item i's, in the order found. */
      final Rows found = new Rows();
      final int[] start;
      final int[] end;
      /** The card's lines. */
      final Rows made = new Rows();
      // One pass over the member's attendance and ledger, filed by the plan's type and category numbers.
      final List<List<Activity>> attendedByType = new ArrayList<>();
      /** The member's ledger rows (in {@link #ledger}) by the plan's category number: rowsByCategory[c][0, countByCategory[c]). */
      int[][] rowsByCategory;
      final int[] countByCategory;
      /** The member's ledger entries and their columns; an entry is made only when a line's evidence is rendered. */
      List<LedgerEntry> ledger = List.of();
      List<String> ledgerCategories = List.of();
      List<java.time.LocalDate> ledgerDays = List.of();
      List<BigDecimal> ledgerPoints = List.of();
      /** Ledger points as units, by the very value a column holds (its values are shared): {@link CardPlan#units} once each. */
      final java.util.IdentityHashMap<BigDecimal, Long> units = new java.util.IdentityHashMap<>();
      int[] order = new int[64];
      long[] periodKeys = new long[16];
      long[] periodUsed = new long[16];
      // The member's dues year: owed by month, and the earliest day paid (or NOT_PAID).
      final boolean[] owed = new boolean[12];
      final int[] paidOn = new int[12];
      /** Each month's earliest payment, as its row in {@link #payments}, or -1: the evidence of a dues line. */
      final int[] paymentOf = new int[12];
      /** The member's payments, in the kind's order; a dues line's evidence is made from its row when rendered. */
      List<DuesPayment> payments = List.of();
      private Target target;
      private String subject = "";

      CardMaker(CardPlan plan) {
        this.plan = plan;
        this.itemCount = plan.items.length;
        this.start = new int[itemCount];
        this.end = new int[itemCount];
        for (int i = 0; i < plan.activityTypes.size(); i++) {
          attendedByType.add(new ArrayList<>());
        }
        this.rowsByCategory = new int[plan.categories.size()][8];
        this.countByCategory = new int[plan.categories.size()];
      }

      Draft score(Target target) {
        this.target = target;
        this.subject = target.id;
        found.clear();
        made.clear();
        gather(target);
        ScoringScheme scheme = plan.scheme;
        // Non-stacking groups: only the highest occurrence of the group's items counts (the first found, if tied).
        int[] best = new int[plan.groups.size()];
        Arrays.fill(best, -1);
        for (int i = 0; i < itemCount; i++) {
          int group = plan.groupOf[i];
          if (group >= 0) {
            for (int o = start[i]; o < end[i]; o++) {
              if (best[group] < 0 || found.worth[o] > found.worth[best[group]]) {
                best[group] = o;
              }
            }
          }
        }
        CompactLines.Superseded[] superseded = new CompactLines.Superseded[best.length];
        boolean partYear = scheme.prorate() && target.months > 0 && target.months < 12;
        boolean prorated = false;
        for (int i = 0; i < itemCount; i++) {
          int firstLine = made.size;
          int count = sorted(start[i], end[i]);
          long yearCap = plan.yearCap[i];
          long periodCap = plan.periodCap[i];
          int group = plan.groupOf[i];
          int periods = 0;
          long yearSum = 0;
          boolean allPositive = true;
          for (int k = 0; k < count; k++) {
            int o = order[k];
            byte note = CompactLines.NO_NOTE;
            Object argument = null;
            long magnitude = Math.abs(found.worth[o]);
            long take = magnitude;
            allPositive &= found.worth[o] >= 0;
            if (group >= 0 && best[group] != o) {
              take = 0;
              note = CompactLines.SUPERSEDED;
              if (superseded[group] == null) {
                superseded[group] = new CompactLines.Superseded(plan.groups.get(group), plan.items[found.item[best[group]]].id(), found.worth[best[group]]);
              }
              argument = superseded[group];
            }
            int slot = -1;
            if (periodCap != CardPlan.NONE && found.day[o] != CompactLines.UNDATED) {
              long key = periodKey(Objects.requireNonNull(plan.periodCapPer[i]), found.day[o]);
              for (int p = 0; p < periods && slot < 0; p++) {
                if (periodKeys[p] == key) {
                  slot = p;
                }
              }
              if (slot < 0) {
                if (periods == periodKeys.length) {
                  periodKeys = Arrays.copyOf(periodKeys, periods * 2);
                  periodUsed = Arrays.copyOf(periodUsed, periods * 2);
                }
                slot = periods++;
                periodKeys[slot] = key;
                periodUsed[slot] = 0;
              }
              long room = Math.max(0, periodCap - periodUsed[slot]);
              if (take > room) {
                take = room;
                note = CompactLines.PERIOD_CAP;
                argument = null;
              }
            }
            if (yearCap != CardPlan.NONE) {
              long room = Math.max(0, yearCap - yearSum);
              if (take > room) {
                take = room;
                note = CompactLines.YEAR_CAP;
                argument = null;
              }
            }
            if (slot >= 0) {
              periodUsed[slot] = plan.add(periodUsed[slot], take);
            }
            yearSum = plan.add(yearSum, take);
            made.add(i, found.day[o], found.worth[o], found.worth[o] < 0 ? -take : take, found.kind[o], found.reference[o], note, argument);
          }
          if (partYear && yearCap != CardPlan.NONE && yearSum > 0 && allPositive) {
            long full = Math.min(plan.extrapolated(yearSum, target.months), yearCap);
            long extra = full - yearSum;
            if (extra > 0) {
              prorated = true;
              made.add(i, CompactLines.UNDATED, extra, extra, CompactLines.PRORATE, null, CompactLines.PRORATED,
                  new CompactLines.Extrapolated(yearSum, full, full == yearCap));
              // Undated, it takes its place among the item's undated lines by evidence.
              placeLast(firstLine);
            }
          }
        }
        Set<ScoreCard.Flag> flags = EnumSet.noneOf(ScoreCard.Flag.class);
        List<Labels> reasons = new ArrayList<>(2);
        if (prorated) {
          flags.add(ScoreCard.Flag.PRORATED);
          reasons.add(new Labels("在册" + target.months + "个月：有年度上限的得分按全年折算",
              "present " + target.months + " of 12 months: yearly-capped earnings extrapolated to a full year"));
        }
        // Vetoes.
        Optional<String> capGrade = Optional.empty();
        List<String> zeroBlocks = new ArrayList<>(0);
        for (int i = 0; i < itemCount; i++) {
          ScoringScheme.Item vetoItem = plan.items[i];
          if (vetoItem.veto().isEmpty() || start[i] == end[i]) {
            continue;
          }
          ScoringScheme.Veto veto = vetoItem.veto().get();
          flags.add(ScoreCard.Flag.VETOED);
          reasons.add(new Labels("一票否决：" + vetoItem.labels().zh(), "veto by " + vetoItem.id() + " (" + vetoItem.labels().zh() + ")"));
          for (String zeroed : veto.zeroItems()) {
            for (int l = 0; l < made.size; l++) {
              if (plan.items[made.item[l]].id().equals(zeroed) && made.points[l] != 0) {
                made.points[l] = 0;
                made.note[l] = CompactLines.VETOED;
                made.argument[l] = i;
              }
            }
          }
          veto.zeroBlock().ifPresent(zeroBlocks::add);
          if (veto.capGrade().isPresent()) {
            capGrade = worse(scheme, capGrade, veto.capGrade().get());
          }
        }
        CompactLines compact = made.toLines(plan, subject, target.months);
        // Blocks and total.
        List<ScoringScheme.Block> blockList = scheme.blocks();
        List<BlockScore> blocks = new ArrayList<>(blockList.size());
        BigDecimal total = BigDecimal.ZERO;
        for (int b = 0; b < blockList.size(); b++) {
          ScoringScheme.Block block = blockList.get(b);
          BigDecimal sum = compact.blockSum(b);
          BigDecimal score = block.base().add(sum).max(block.floor());
          if (block.cap().isPresent()) {
            score = score.min(block.cap().get());
          }
          if (zeroBlocks.contains(block.id())) {
            score = BigDecimal.ZERO;
          }
          blocks.add(new BlockScore(block.id(), block.base(), sum, score));
          total = total.add(score.multiply(block.weight()));
        }
        total = total.setScale(2, RoundingMode.HALF_UP).max(scheme.floor());
        if (scheme.cap().isPresent()) {
          total = total.min(scheme.cap().get());
        }
        total = total.setScale(2, RoundingMode.HALF_UP);
        // Grade.
        int band = -1;
        Optional<String> grade = Optional.empty();
        if (target.graded && !scheme.grades().isEmpty()) {
          band = bandOf(scheme, total);
          if (capGrade.isPresent()) {
            int cap = bandIndex(scheme, capGrade.get());
            if (band < cap) {
              band = cap;
              reasons.add(new Labels("因一票否决，等次最高为" + scheme.grades().get(cap).labels().zh(),
                  "grade capped at " + scheme.grades().get(cap).labels().zh() + " by a veto"));
            }
          }
          grade = Optional.of(scheme.grades().get(band).grade());
        }
        return new Draft(target, compact, List.copyOf(blocks), flags, reasons, total, band, grade);
      }

      /** A period's number, the same for every day of the period: the day it starts. */
      private long periodKey(PeriodKind per, int epochDay) {
        int dayOfYear = epochDay - plan.yearStart;
        if (per != PeriodKind.WEEK && dayOfYear >= 0 && dayOfYear < plan.monthOfDay.length) {
          return plan.periodStarts(per)[plan.monthOfDay[dayOfYear]];
        }
        return ReportingPeriod.containing(per, LocalDate.ofEpochDay(epochDay)).start().toEpochDay();
      }

      /**
       * Puts the occurrences of [from, to) in the order they are taken — by day (undated last), then by
       * evidence — into {@link #order}; they mostly come in that order already, so an insertion sort.
       *
       * @return how many
       */
      private int sorted(int from, int to) {
        int count = to - from;
        if (order.length < count) {
          order = new int[Math.max(count, order.length * 2)];
        }
        for (int k = 0; k < count; k++) {
          int o = from + k;
          int at = k;
          while (at > 0 && before(o, order[at - 1])) {
            order[at] = order[at - 1];
            at--;
          }
          order[at] = o;
        }
        return count;
      }

      private boolean before(int a, int b) {
        if (found.day[a] != found.day[b]) {
          return found.day[a] < found.day[b];
        }
        // The same day: by evidence, compared without writing it out where its form allows.
        if (found.kind[a] == CompactLines.ACTIVITY && found.kind[b] == CompactLines.ACTIVITY) {
          return ((ActivityId) found.reference[a]).value().compareTo(((ActivityId) found.reference[b]).value()) < 0;
        }
        if (found.kind[a] == CompactLines.LEDGER && found.kind[b] == CompactLines.LEDGER) {
          // A card's ledger lines are all its member's: by category.
          return ((CompactLines.LedgerRow) found.reference[a]).category().compareTo(((CompactLines.LedgerRow) found.reference[b]).category()) < 0;
        }
        return evidenceOf(found.kind[a], found.reference[a]).compareTo(evidenceOf(found.kind[b], found.reference[b])) < 0;
      }

      private String evidenceOf(byte evidenceKind, @Nullable Object evidenceReference) {
        return CompactLines.evidence(plan, subject, target.months, evidenceKind, evidenceReference);
      }

      /** Moves the item's last line (undated) back past the item's undated lines whose evidence sorts after it. */
      private void placeLast(int firstLine) {
        int at = made.size - 1;
        String evidence = evidenceOf(made.kind[at], made.reference[at]);
        while (at > firstLine && made.day[at - 1] == CompactLines.UNDATED
            && evidenceOf(made.kind[at - 1], made.reference[at - 1]).compareTo(evidence) > 0) {
          made.swap(at, at - 1);
          at--;
        }
      }

      private void occurrence(int itemIndex, int occurrenceDay, long occurrenceWorth, byte evidenceKind, @Nullable Object evidenceReference) {
        found.add(itemIndex, occurrenceDay, occurrenceWorth, 0, evidenceKind, evidenceReference, CompactLines.NO_NOTE, null);
      }

      // --- evidence --------------------------------------------------------------------------

      /** Gathers every item's occurrences, item by item, from one pass over each kind of record the items read. */
      private void gather(Target target) {
        Member member = target.member.orElse(null);
        if (member != null) {
          fileMemberRecords(member);
        }
        for (int i = 0; i < itemCount; i++) {
          start[i] = found.size;
          gather(i, plan.items[i], target, member);
          end[i] = found.size;
        }
      }

      private void fileMemberRecords(Member member) {
        if (!plan.activityTypes.isEmpty()) {
          attendedByType.forEach(List::clear);
          for (Activity activity : dataset.activitiesAttendedBy(member.id())) {
            Integer type = plan.activityTypes.get(activity.type().code());
            if (type != null && period.contains(activity.date())) {
              attendedByType.get(type).add(activity);
            }
          }
        }
        if (!plan.categories.isEmpty()) {
          Arrays.fill(countByCategory, 0);
          // The categories and days read from the ledger's columns, the rows filed by category: no entry is made here.
          org.dangjian.core.record.Records<LedgerEntry> all = dataset.records(LedgerEntry.KIND);
          ledger = all.by(LedgerEntry.BY_MEMBER, member.id());
          ledgerCategories = all.values(ledger, LedgerEntry.CATEGORY);
          ledgerDays = all.values(ledger, LedgerEntry.DATE);
          ledgerPoints = all.values(ledger, LedgerEntry.POINTS);
          for (int e = 0; e < ledger.size(); e++) {
            Integer category = plan.categories.get(ledgerCategories.get(e));
            if (category != null && period.contains(ledgerDays.get(e))) {
              int c = category;
              if (countByCategory[c] == rowsByCategory[c].length) {
                rowsByCategory[c] = Arrays.copyOf(rowsByCategory[c], 2 * countByCategory[c]);
              }
              rowsByCategory[c][countByCategory[c]++] = e;
            }
          }
        }
        if (plan.readsDues) {
          MemberStatus[] statuses = Objects.requireNonNull(target.monthEnds);
          for (int m = 0; m < 12; m++) {
            owed[m] = statuses[m].isMember();
            paidOn[m] = NOT_PAID;
            paymentOf[m] = -1;
          }
          // The months and days read from the payments' columns: no payment record is made here.
          org.dangjian.core.record.Records<DuesPayment> all = dataset.records(DuesPayment.KIND);
          payments = all.by(DuesPayment.BY_MEMBER, member.id());
          List<YearMonth> months = all.values(payments, DuesPayment.MONTH);
          List<java.time.LocalDate> days = all.values(payments, DuesPayment.PAID_ON);
          for (int p = 0; p < months.size(); p++) {
            YearMonth month = months.get(p);
            if (month.getYear() == year) {
              int m = month.getMonthValue() - 1;
              int day = (int) days.get(p).toEpochDay();
              if (day < paidOn[m]) {
                paidOn[m] = day;
                paymentOf[m] = p;
              }
            }
          }
        }
      }

      private long unitsOf(BigDecimal points) {
        Long known = units.get(points);
        if (known == null) {
          known = plan.units(points);
          if (units.size() < 1024) { // a column's few distinct values; a ledger of values all distinct is not kept
            units.put(points, known);
          }
        }
        return known;
      }

      /** @return a dues line's reference: the month's payment, if one was made, else the month's number (1–12) */
      private Object dues(int m) {
        return paymentOf[m] >= 0 ? new CompactLines.PaymentRow(payments, paymentOf[m]) : Integer.valueOf(m + 1);
      }

      private void gather(int i, ScoringScheme.Item item, Target target, @Nullable Member member) {
        long points = plan.points[i] == CardPlan.NONE ? 0 : plan.points[i];
        Evidence evidence = item.evidence();
        if (evidence instanceof Evidence.Attendance a) {
          if (member != null) {
            for (int type : plan.itemActivityTypes[i]) {
              for (Activity activity : attendedByType.get(type)) {
                occurrence(i, (int) activity.date().toEpochDay(), points, CompactLines.ACTIVITY, activity.id());
              }
            }
          } else {
            for (Activity activity : dataset.activitiesOf(target.organisation, period)) {
              if (a.activityTypes().contains(activity.type().code())) {
                occurrence(i, (int) activity.date().toEpochDay(), points, CompactLines.ACTIVITY, activity.id());
              }
            }
          }
        } else if (evidence instanceof Evidence.Absence a && member != null) {
          for (Activity activity : Objects.requireNonNull(absences).getOrDefault(member.id(), List.of())) {
            Absence absence = null;
            for (Absence x : activity.absentees()) { // a loop: for every absence of every member
              if (x.member().equals(member.id())) {
                absence = x;
                break;
              }
            }
            Objects.requireNonNull(absence, "absence");
            if (a.activityTypes().contains(activity.type().code()) && (!a.withoutReason() || absence.reason().isEmpty())) {
              occurrence(i, (int) activity.date().toEpochDay(), points, CompactLines.ACTIVITY, activity.id());
            }
          }
        } else if (evidence instanceof Evidence.Ledger && member != null) {
          for (int category : plan.itemCategories[i]) {
            for (int k = 0; k < countByCategory[category]; k++) {
              int row = rowsByCategory[category][k];
              occurrence(i, (int) ledgerDays.get(row).toEpochDay(), plan.points[i] == CardPlan.NONE ? unitsOf(ledgerPoints.get(row)) : points,
                  CompactLines.LEDGER, new CompactLines.LedgerRow(ledger, ledgerCategories, row));
            }
          }
        } else if (evidence instanceof Evidence.Findings f) {
          for (Finding finding : findingsAbout(target, f.subtree())) {
            if ((f.rules().isEmpty() || f.rules().contains(finding.ruleId()))
                && (f.severities().isEmpty() || f.severities().contains(finding.severity()))) {
              Optional<LocalDate> date = finding.since().or(() -> finding.period().map(ReportingPeriod::start));
              occurrence(i, date.map(d -> (int) d.toEpochDay()).orElse(CompactLines.UNDATED), points, CompactLines.TEXT,
                  "finding:" + finding.id());
            }
          }
        } else if (evidence instanceof Evidence.Commitments c && member != null) {
          Optional<Commitment> commitment = dataset.commitmentOf(member.id(), year);
          if (commitment.isPresent()) {
            List<CommitmentItem> items = commitment.get().items();
            int made = (int) commitment.get().made().toEpochDay();
            for (int k = 0; k < items.size(); k++) {
              if (items.get(k).outcome().filter(c.outcomes()::contains).isPresent()) {
                occurrence(i, made, points, CompactLines.COMMITMENT, commitment.get().evidence() + "/" + (k + 1));
              }
            }
          }
        } else if (evidence instanceof Evidence.DuesArrears && member != null) {
          int[] limits = plan.duesLimits[i];
          for (int m = 0; m < 12; m++) {
            int paid = paidOn[m] == NOT_PAID ? plan.yearEnd + 1 : paidOn[m];
            if (owed[m] && limits[m] < plan.yearEnd && paid > limits[m]) {
              occurrence(i, limits[m] + 1, points, CompactLines.DUES, dues(m));
              break;
            }
          }
        } else if (evidence instanceof Evidence.DuesPaid && member != null) {
          int[] limits = plan.duesLimits[i];
          for (int m = 0; m < 12; m++) {
            if (owed[m] && paidOn[m] != NOT_PAID && paidOn[m] <= limits[m]) {
              occurrence(i, plan.monthEnds[m], points, CompactLines.DUES, dues(m));
            }
          }
        } else if (evidence instanceof Evidence.Ballots b && member != null) {
          List<BigDecimal> values = new ArrayList<>();
          for (AppraisalBallot ballot : dataset.ballotsAbout(member.id(), year)) {
            if (!(b.excludeSelf() && ballot.voter().equals(ballot.subject())) && b.values().containsKey(ballot.grade())) {
              values.add(b.values().get(ballot.grade()));
            }
          }
          amount(i, OrganisationMeasures.average(values).multiply(item.factor()), "ballots:" + target.id + "@" + year + " (" + values.size() + ")");
        } else if (evidence instanceof Evidence.ReportRatings r && target.org.isPresent()) {
          RatingTally tally = new RatingTally(r);
          boolean countedByGroup = target.reports.stream().anyMatch(DutyReport::countsTheMembersPoll);
          if (member != null && !countedByGroup) {
            OrganisationId org = target.org.get().id();
            for (ReportRating rating : dataset.reportRatingsAbout(member.id(), year)) {
              if (rating.organisation().equals(org)) {
                tally.add(RaterGroup.MEMBERS, rating.grade(), 1);
              }
            }
          }
          for (DutyReport report : target.reports) {
            tally.add(report);
          }
          amount(i, tally.mean().multiply(item.factor()), "report-ratings:" + target.id + "@" + year + " (" + tally + ")");
        } else if (evidence instanceof Evidence.ComplianceRate r && target.org.isPresent()) {
          measured(i, item, OrganisationMeasures.complianceRate(target.id, year,
              Optional.ofNullable(Objects.requireNonNull(summaries).get(target.org.get().id())), r.subtree()));
        } else if (evidence instanceof Evidence.CorrectionRate r && target.org.isPresent()) {
          measured(i, item, measures.correctionRate(target.id, target.org.get().id(), r.subtree()));
        } else if (evidence instanceof Evidence.InspectionScore r && target.org.isPresent()) {
          measured(i, item, measures.inspectionScore(target.id, target.org.get().id(), r.kinds(), r.subtree()));
        } else if (evidence instanceof Evidence.AttendanceRate r && target.org.isPresent()) {
          measured(i, item, measures.attendanceRate(target.id, target.org.get().id(), r.activityTypes(), r.subtree()));
        } else if (evidence instanceof Evidence.Letter l && target.org.isPresent()) {
          for (LetterAttainment letter : Objects.requireNonNull(lettersByOrganisation).getOrDefault(target.org.get().id(), List.of())) {
            if (l.template().map(letter.letter().template()::equals).orElse(true)) {
              BigDecimal weight = letter.weight();
              for (LetterAttainment.ItemAttainment attained : letter.items()) {
                amount(i, attained.earned().multiply(item.factor()).divide(weight, 4, RoundingMode.HALF_UP),
                    letter.letter().evidence() + "/" + attained.item().id() + " (" + attained.explanation() + ")");
              }
            }
          }
        } else if (evidence instanceof Evidence.SchemeTotal s) {
          Map<String, ScoreCard> other = Objects.requireNonNull(nested.get(s.scheme().toString()));
          BigDecimal total = Optional.ofNullable(other.get(target.id)).map(ScoreCard::total).orElse(BigDecimal.ZERO);
          amount(i, total.multiply(item.factor()), "scheme:" + s.scheme() + "/" + target.id + " (" + total.toPlainString() + ")");
        }
      }

      /** A measure's value (0 where there is none) times the item's factor, as an amount. */
      private void measured(int i, ScoringScheme.Item item, Measurement measurement) {
        amount(i, measurement.value().orElse(BigDecimal.ZERO).multiply(item.factor()), measurement.evidence());
      }

      /** An amount's one undated occurrence, to the cent. */
      private void amount(int i, BigDecimal value, String evidence) {
        occurrence(i, CompactLines.UNDATED, plan.units(value.setScale(2, RoundingMode.HALF_UP)), CompactLines.TEXT, evidence);
      }
    }

    /**
     * Growable columns of a card's occurrences or lines: item, day, worth, points, the evidence's kind and
     * reference, and the note's kind and argument (occurrences leave points and notes unset). Reused from card
     * to card by one thread.
     */
    static final class Rows {
      int size;
      int[] item = new int[64];
      int[] day = new int[64];
      long[] worth = new long[64];
      long[] points = new long[64];
      byte[] kind = new byte[64];
      @Nullable Object[] reference = new Object[64];
      byte[] note = new byte[64];
      @Nullable Object[] argument = new Object[64];

      void clear() {
        Arrays.fill(reference, 0, size, null);
        Arrays.fill(argument, 0, size, null);
        size = 0;
      }

      void add(int itemIndex, int rowDay, long rowWorth, long rowPoints, byte evidenceKind, @Nullable Object evidenceReference, byte noteKind,
          @Nullable Object noteArgument) {
        if (size == item.length) {
          int grown = size * 2;
          item = Arrays.copyOf(item, grown);
          day = Arrays.copyOf(day, grown);
          worth = Arrays.copyOf(worth, grown);
          points = Arrays.copyOf(points, grown);
          kind = Arrays.copyOf(kind, grown);
          reference = Arrays.copyOf(reference, grown);
          note = Arrays.copyOf(note, grown);
          argument = Arrays.copyOf(argument, grown);
        }
        item[size] = itemIndex;
        day[size] = rowDay;
        worth[size] = rowWorth;
        points[size] = rowPoints;
        kind[size] = evidenceKind;
        reference[size] = evidenceReference;
        note[size] = noteKind;
        argument[size] = noteArgument;
        size++;
      }

      void swap(int a, int b) {
        int i = item[a]; item[a] = item[b]; item[b] = i;
        int d = day[a]; day[a] = day[b]; day[b] = d;
        long w = worth[a]; worth[a] = worth[b]; worth[b] = w;
        long p = points[a]; points[a] = points[b]; points[b] = p;
        byte k = kind[a]; kind[a] = kind[b]; kind[b] = k;
        Object r = reference[a]; reference[a] = reference[b]; reference[b] = r;
        byte n = note[a]; note[a] = note[b]; note[b] = n;
        Object g = argument[a]; argument[a] = argument[b]; argument[b] = g;
      }

      /** @return the rows as a card's lines, each column trimmed to its size */
      CompactLines toLines(CardPlan plan, String subject, int months) {
        return new CompactLines(plan, subject, months, Arrays.copyOf(item, size), Arrays.copyOf(day, size), Arrays.copyOf(worth, size),
            Arrays.copyOf(points, size), Arrays.copyOf(kind, size), Arrays.copyOf(reference, size), Arrays.copyOf(note, size),
            Arrays.copyOf(argument, size));
      }
    }

    /** No payment recorded for the month. */
    private static final int NOT_PAID = Integer.MAX_VALUE;

    /**
     * The findings about a subject: for a member, those whose subject is the member; for an organisation
     * (or its secretary), those it is responsible for, with everything beneath it when {@code subtree}.
     */
    private List<Finding> findingsAbout(Target target, boolean subtree) {
      Map<String, List<Finding>> byMember = Objects.requireNonNull(findingsByMember);
      Map<OrganisationId, List<Finding>> byOrganisation = Objects.requireNonNull(findingsByOrganisation);
      if (target.org.isEmpty()) {
        return target.member.isPresent() ? byMember.getOrDefault(target.id, List.of()) : List.of();
      }
      OrganisationId org = target.org.get().id();
      if (!subtree) {
        return byOrganisation.getOrDefault(org, List.of());
      }
      return dataset.tree().subtree(org).stream().flatMap(o -> byOrganisation.getOrDefault(o.id(), List.of()).stream()).toList();
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

    // --- quotas, ranks ----------------------------------------------------------------------

    /** @return the ranking's order: by total, then by each tie-break block's score, highest first; then by subject */
    private static Comparator<Draft> rankingOrder(ScoringScheme scheme) {
      List<String> tieBreaks = scheme.tieBreaks();
      return (a, b) -> {
        BigDecimal[] ka = a.rankKeys(tieBreaks);
        BigDecimal[] kb = b.rankKeys(tieBreaks);
        for (int i = 0; i < ka.length; i++) {
          int c = kb[i].compareTo(ka[i]);
          if (c != 0) {
            return c;
          }
        }
        return a.target.id.compareTo(b.target.id);
      };
    }

    private static void applyQuotas(ScoringScheme scheme, List<Draft> drafts) {
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

    private static void rank(ScoringScheme scheme, List<Draft> drafts) {
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
