package org.dangjian.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.dangjian.core.activity.Activity;
import org.dangjian.core.activity.ActivityType;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.member.MemberId;
import org.junit.jupiter.api.Test;

/**
 * Properties of the engine over generated datasets (QuickTheories draws the seed; the seed draws the
 * dataset, so a failure names a seed that reproduces it).
 */
class ScoringPropertiesTest {
  private static final int EXAMPLES = 300;

  /** Every feature at once: weights, caps per month and year, a group, a zeroing veto, floors, quotas in both tie modes. */
  private static final String SCHEME = """
      subject: member
      total: {floor: 10, cap: 100}
      blocks:
        - {id: a, zh: 甲, en: a, base: 30, cap: 45, weight: 1.2}
        - {id: b, zh: 乙, en: b, base: 40, floor: 5, weight: 0.8}
      items:
        - {id: meetings, block: a, zh: 会议, en: meetings, evidence: {attendance: {activityTypes: [branch-general-meeting]}},
           points: 1.5, cap: {per: month, max: 2}, capPerYear: 12}
        - {id: service, block: a, zh: 服务, en: service, evidence: {ledger: {categories: [service]}}, capPerYear: 9}
        - {id: school, block: b, zh: 校级表彰, en: school, evidence: {ledger: {categories: [school]}}, points: 2, group: honour}
        - {id: county, block: b, zh: 县级表彰, en: county, evidence: {ledger: {categories: [county]}}, points: 5, group: honour}
        - {id: missed, block: b, zh: 缺席, en: missed, evidence: {ledger: {categories: [missed]}}, points: -3, cap: {per: quarter, max: 4}}
        - {id: breach, block: b, zh: 违纪, en: breach, evidence: {ledger: {categories: [breach]}}, points: -10,
           veto: {zeroItems: [service], capGrade: basic}}
      grades:
        - {grade: excellent, zh: 优秀, en: excellent, min: 90}
        - {grade: qualified, zh: 合格, en: qualified, min: 75}
        - {grade: basic, zh: 基本合格, en: basically qualified, min: 60}
        - {grade: unqualified, zh: 不合格, en: unqualified}
      quotas:
        - {grade: excellent, maxShare: 0.3, rounding: %s, ties: %s}
        - {grade: qualified, maxShare: 0.5, rounding: %s, ties: %s}
      eligibility: {scored: [full, probationary], graded: [full], ranked: [full]}
      ranking: {tieBreaks: [b]}
      bottom: {share: 0.1}
      """;

  private static final List<String> CATEGORIES = List.of("service", "school", "county", "missed", "breach", "other");

  /** The scheme with tie mode and rounding drawn from the seed. */
  private static ScoringScheme scheme(SplittableRandom random) {
    String rounding = List.of("down", "half-up", "up").get(random.nextInt(3));
    String ties = random.nextBoolean() ? "demote-tied" : "tie-break";
    return Fixture.scheme(SCHEME.formatted(rounding, ties, rounding, ties));
  }

  /** A dataset of up to 14 members with meetings and ledger entries, some on the year's edges, many tied. */
  private static Fixture fixture(SplittableRandom random) {
    Fixture f = new Fixture();
    int members = random.nextInt(15);
    List<MemberId> ids = new ArrayList<>();
    for (int i = 0; i < members; i++) {
      String branch = random.nextBoolean() ? "b1" : "b2";
      ids.add(switch (random.nextInt(5)) {
        case 0 -> f.probationary(branch);
        case 1 -> f.joined(branch, LocalDate.of(Fixture.YEAR, 1 + random.nextInt(12), 1 + random.nextInt(28)));
        default -> f.full(branch);
      });
    }
    if (ids.isEmpty()) {
      return f;
    }
    int meetings = random.nextInt(30);
    for (int i = 0; i < meetings; i++) {
      List<MemberId> present = new ArrayList<>();
      ids.forEach(id -> {
        if (random.nextInt(3) > 0) {
          present.add(id);
        }
      });
      f.held(random.nextBoolean() ? "b1" : "b2", ActivityType.BRANCH_GENERAL_MEETING, day(random), present.toArray(MemberId[]::new));
    }
    int entries = random.nextInt(40);
    for (int i = 0; i < entries; i++) {
      BigDecimal points = BigDecimal.valueOf(random.nextInt(-300, 1000), 2);
      f.ledger(ids.get(random.nextInt(ids.size())), day(random), CATEGORIES.get(random.nextInt(CATEGORIES.size())), points.toPlainString());
    }
    return f;
  }

  private static LocalDate day(SplittableRandom random) {
    return switch (random.nextInt(10)) {
      case 0 -> LocalDate.of(Fixture.YEAR, 12, 31);
      case 1 -> LocalDate.of(Fixture.YEAR, 2, 29);
      case 2 -> LocalDate.of(Fixture.YEAR + 1, 1, 1);
      default -> LocalDate.of(Fixture.YEAR, 1, 1).plusDays(random.nextInt(366));
    };
  }

  @Test
  void aCardsTotalIsItsBasePlusItsLineItemsWithinFloorsAndCaps() {
    AtomicInteger cards = new AtomicInteger();
    qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      ScoringScheme scheme = scheme(random);
      ScoreBoard board = fixture(random).score(scheme);
      for (ScoreCard card : board.cards()) {
        BigDecimal total = BigDecimal.ZERO;
        for (ScoringScheme.Block block : scheme.blocks()) {
          BigDecimal lines = card.lines().stream().filter(l -> l.block().equals(block.id())).map(LineItem::points)
              .reduce(BigDecimal.ZERO, BigDecimal::add);
          BigDecimal floored = block.base().add(lines).max(block.floor());
          BigDecimal expected = block.cap().map(floored::min).orElse(floored);
          assertThat(card.blockScore(block.id())).as("seed %s, %s, block %s", seed, card.subject(), block.id())
              .hasValueSatisfying(score -> assertThat(score).isEqualByComparingTo(expected));
          total = total.add(expected.multiply(block.weight()));
        }
        BigDecimal expectedTotal = total.setScale(2, RoundingMode.HALF_UP).max(scheme.floor()).min(scheme.cap().orElseThrow())
            .setScale(2, RoundingMode.HALF_UP);
        assertThat(card.total()).as("seed %s, %s", seed, card.subject()).isEqualTo(expectedTotal);
        for (LineItem line : card.lines()) {
          if (!line.evidence().startsWith("prorate:")) {
            assertThat(line.points().abs()).as("seed %s: %s", seed, line).isLessThanOrEqualTo(line.worth().abs());
            assertThat(line.points().signum() * line.worth().signum()).as("seed %s: %s", seed, line).isGreaterThanOrEqualTo(0);
          }
        }
        for (ScoringScheme.Item item : scheme.items()) {
          item.yearCap().ifPresent(cap -> assertThat(card.lines().stream().filter(l -> l.item().equals(item.id()))
              .map(LineItem::points).reduce(BigDecimal.ZERO, BigDecimal::add).abs()).as("seed %s: %s", seed, item.id())
              .isLessThanOrEqualTo(cap));
        }
        cards.incrementAndGet();
      }
    });
    assertThat(cards.get()).as("cards checked").isGreaterThan(EXAMPLES);
  }

  @Test
  void permutingTheInputNeverChangesTheBoard() {
    qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      ScoringScheme scheme = scheme(random);
      Fixture f = fixture(random);
      Dataset dataset = f.dataset();
      ScoreBoard board = ScoringEngine.score(dataset, scheme, Fixture.YEAR, f.report());

      Random shuffler = new Random(seed);
      List<Activity> activities = new ArrayList<>();
      for (Activity activity : dataset.activities()) {
        List<MemberId> attendees = new ArrayList<>(activity.attendees());
        Collections.shuffle(attendees, shuffler);
        activities.add(Activity.builder().from(activity).attendees(attendees).build());
      }
      Collections.shuffle(activities, shuffler);
      List<org.dangjian.core.member.Member> members = new ArrayList<>(dataset.members());
      Collections.shuffle(members, shuffler);
      List<org.dangjian.core.assessment.LedgerEntry> ledger = new ArrayList<>(dataset.ledger());
      Collections.shuffle(ledger, shuffler);
      List<org.dangjian.core.org.Organisation> organisations = new ArrayList<>(dataset.organisations());
      Collections.shuffle(organisations, shuffler);
      Dataset shuffled = Dataset.builder().region(dataset.region()).organisations(organisations).members(members)
          .activities(activities).ledger(ledger).build();

      assertThat(ScoringEngine.score(shuffled, scheme, Fixture.YEAR, f.report())).as("seed %s", seed).isEqualTo(board);
    });
  }

  @Test
  void noQuotaIsEverExceeded() {
    AtomicInteger full = new AtomicInteger();
    qt().withExamples(EXAMPLES).forAll(longs().all()).checkAssert(seed -> {
      SplittableRandom random = new SplittableRandom(seed);
      ScoringScheme scheme = scheme(random);
      ScoreBoard board = fixture(random).score(scheme);
      long graded = board.cards().stream().filter(c -> c.grade().isPresent()).count();
      for (ScoringScheme.Quota quota : scheme.quotas()) {
        long places = quota.maxShare().multiply(BigDecimal.valueOf(graded)).setScale(0, quota.rounding()).longValueExact();
        long holders = board.cards().stream().filter(c -> c.grade().equals(Optional.of(quota.grade()))).count();
        assertThat(holders).as("seed %s: %s of %s graded", seed, quota, graded).isLessThanOrEqualTo(places);
        if (holders == places && places > 0) {
          full.incrementAndGet();
        }
      }
      assertThat(board.cards().stream().filter(c -> c.flags().contains(ScoreCard.Flag.DEMOTED_BY_QUOTA)))
          .as("seed %s", seed).allSatisfy(c -> assertThat(c.reasons()).anyMatch(r -> r.en().contains("is limited to") && r.zh().contains("名额限")));
    });
    assertThat(full.get()).as("boards where a quota was exactly filled").isPositive();
  }
}
