package org.dangjian.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.dangjian.scoring.Fixture.day;
import static org.dangjian.scoring.Fixture.scheme;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.dangjian.core.activity.ActivityType;
import org.dangjian.core.assessment.CommitmentOutcome;
import org.dangjian.core.member.MemberEvent;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.org.OrganisationId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The engine's arithmetic at its edges: caps, groups, vetoes, floors, eligibility, part years. */
class ScoringEngineTest {

  /** One block of base 80, capped at 100; items as given. */
  static ScoringScheme oneBlock(String items) {
    return scheme("""
        subject: member
        blocks: [{id: all, zh: 总分, en: total, base: 80, cap: 100}]
        items:
        """ + items.indent(2) + """
        grades:
          - {grade: excellent, zh: 优, en: excellent, min: 95}
          - {grade: good, zh: 良, en: good, min: 85}
          - {grade: average, zh: 一般, en: average, min: 60}
          - {grade: poor, zh: 差, en: poor}
        eligibility: {scored: [full, probationary, activist], graded: [full], ranked: [full]}
        """);
  }

  static final String MEETINGS = """
      - {id: meetings, block: all, zh: 参加会议, en: meetings, evidence: {attendance: {activityTypes: [branch-general-meeting]}},
         points: 1, cap: {per: month, max: 2}, capPerYear: 12}
      """;

  static final String SERVICE = """
      - {id: service, block: all, zh: 志愿服务, en: service, evidence: {ledger: {categories: [volunteer-service]}}, capPerYear: 9}
      """;

  static List<BigDecimal> points(ScoreCard card, String item) {
    return card.lines().stream().filter(l -> l.item().equals(item)).map(LineItem::points).toList();
  }

  static List<BigDecimal> decimals(String... values) {
    return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
  }

  static ScoreCard card(ScoreBoard board, MemberId member) {
    return board.card(member.value()).orElseThrow(() -> new AssertionError("no card for " + member + " in " + board.cards()));
  }

  @Nested
  class Precision {
    @Test
    void figuresWithSixDecimalsAreAddedExactlyAndTheTotalRoundedOnce() {
      Fixture f = new Fixture();
      MemberId m = f.full("b1");
      f.held("b1", ActivityType.BRANCH_GENERAL_MEETING, day(1, 5), m)
          .held("b1", ActivityType.BRANCH_GENERAL_MEETING, day(2, 5), m)
          .held("b1", ActivityType.BRANCH_GENERAL_MEETING, day(3, 5), m);

      ScoreCard card = card(f.score(oneBlock("""
          - {id: meetings, block: all, zh: 参加会议, en: meetings, evidence: {attendance: {activityTypes: [branch-general-meeting]}},
             points: 0.333335, capPerYear: 0.666669}
          """)), m);

      // 0.333335 twice is 0.66667; the third takes what is left of the cap, 0.000001 short of another.
      assertThat(points(card, "meetings")).isEqualTo(decimals("0.333335", "0.333334", "0"));
      assertThat(card.lines().get(1).note()).hasValueSatisfying(n -> assertThat(n.en()).isEqualTo("capped at 0.666669 a year"));
      assertThat(card.blocks().get(0).lines()).isEqualTo(new BigDecimal("0.666669"));
      assertThat(card.total()).isEqualTo(new BigDecimal("80.67"));
    }

    @Test
    void sumsBeyondWhatExactArithmeticHoldsAreRefusedNamingTheScheme() {
      CardPlan plan = new CardPlan(oneBlock(MEETINGS), 2024);
      assertThat(plan.add(Long.MAX_VALUE - 1, 1)).isEqualTo(Long.MAX_VALUE);
      assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(org.dangjian.core.ValidationException.class,
          () -> plan.add(Long.MAX_VALUE, 1)).problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("limit-exceeded");
            assertThat(p.message()).contains("at 2 decimals");
          });
    }
  }

  @Nested
  class Caps {
    @Test
    void aMonthlyCapStopsAtItsLimitAndStartsAgainNextMonth() {
      Fixture f = new Fixture();
      MemberId m = f.full("b1");
      f.held("b1", ActivityType.BRANCH_GENERAL_MEETING, day(1, 5), m)
          .held("b1", ActivityType.BRANCH_GENERAL_MEETING, day(1, 20), m)
          .held("b1", ActivityType.BRANCH_GENERAL_MEETING, day(1, 31), m)
          .held("b1", ActivityType.BRANCH_GENERAL_MEETING, day(2, 1), m);

      ScoreCard card = card(f.score(oneBlock(MEETINGS)), m);

      assertThat(points(card, "meetings")).isEqualTo(decimals("1", "1", "0", "1"));
      assertThat(card.lines().get(2).note()).hasValueSatisfying(n -> {
        assertThat(n.en()).contains("capped at 2 a month");
        assertThat(n.zh()).startsWith("每月最多2");
      });
      assertThat(card.lines().get(3).note()).isEmpty();
      assertThat(card.total()).isEqualByComparingTo("83");
    }

    @Test
    void aLeapDayFallsInFebruary() {
      Fixture f = new Fixture();
      MemberId m = f.full("b1");
      f.held("b1", ActivityType.BRANCH_GENERAL_MEETING, day(2, 28), m)
          .held("b1", ActivityType.BRANCH_GENERAL_MEETING, day(2, 29), m)
          .held("b1", ActivityType.BRANCH_GENERAL_MEETING, day(2, 29), m)
          .held("b1", ActivityType.BRANCH_GENERAL_MEETING, day(3, 1), m);

      assertThat(points(card(f.score(oneBlock(MEETINGS)), m), "meetings")).isEqualTo(decimals("1", "1", "0", "1"));
    }

    @Test
    void anEntryThatWouldCrossTheYearlyCapAddsOnlyUpToIt() {
      Fixture f = new Fixture();
      MemberId m = f.full("b1");
      f.ledger(m, day(3, 1), "volunteer-service", "4").ledger(m, day(5, 1), "volunteer-service", "4")
          .ledger(m, day(7, 1), "volunteer-service", "3").ledger(m, day(9, 1), "volunteer-service", "2");

      ScoreCard card = card(f.score(oneBlock(SERVICE)), m);

      assertThat(points(card, "service")).isEqualTo(decimals("4", "4", "1", "0"));
      assertThat(card.lines().get(2).worth()).isEqualByComparingTo("3");
      assertThat(card.lines().get(2).note().map(org.dangjian.core.Labels::en)).contains("capped at 9 a year");
      assertThat(card.total()).isEqualByComparingTo("89");
    }

    @Test
    void exactlyReachingTheCapIsNotCapped() {
      Fixture f = new Fixture();
      MemberId m = f.full("b1");
      f.ledger(m, day(3, 1), "volunteer-service", "4.5").ledger(m, day(5, 1), "volunteer-service", "4.5");

      ScoreCard card = card(f.score(oneBlock(SERVICE)), m);

      assertThat(points(card, "service")).isEqualTo(decimals("4.5", "4.5"));
      assertThat(card.lines()).allSatisfy(l -> assertThat(l.note()).isEmpty());
    }

    @Test
    void deductionsAreCappedByTheirSize() {
      Fixture f = new Fixture();
      MemberId m = f.full("b1");
      f.ledger(m, day(1, 1), "study-missed", "-1").ledger(m, day(4, 1), "study-missed", "-1").ledger(m, day(12, 31), "study-missed", "-1");

      ScoreCard card = card(f.score(oneBlock("""
          - {id: missed, block: all, zh: 缺席, en: missed, evidence: {ledger: {categories: [study-missed]}}, points: -4, capPerYear: 10}
          """)), m);

      assertThat(points(card, "missed")).isEqualTo(decimals("-4", "-4", "-2"));
      assertThat(card.total()).isEqualByComparingTo("70");
    }

    @Test
    void evidenceOutsideTheYearDoesNotCount() {
      Fixture f = new Fixture();
      MemberId m = f.full("b1");
      f.ledger(m, java.time.LocalDate.of(2023, 12, 31), "volunteer-service", "4")
          .ledger(m, java.time.LocalDate.of(2025, 1, 1), "volunteer-service", "4");

      assertThat(card(f.score(oneBlock(SERVICE)), m).lines()).isEmpty();
    }
  }

  @Nested
  class BlocksAndFloors {
    static final String TWO_BLOCKS = """
        subject: member
        total: {floor: 10, cap: 100}
        blocks:
          - {id: politics, zh: 讲政治, en: politics, base: 20, cap: 25}
          - {id: rules, zh: 讲规矩, en: rules, base: 20, floor: 5}
        items:
          - {id: service, block: politics, zh: 服务, en: service, evidence: {ledger: {categories: [volunteer-service]}}}
          - {id: missed, block: rules, zh: 缺席, en: missed, evidence: {ledger: {categories: [study-missed]}}, points: -3}
        """;

    @Test
    void aBlockIsHeldWithinItsCapAndFloorWhileItsLinesShowEverything() {
      Fixture f = new Fixture();
      MemberId m = f.full("b1");
      f.ledger(m, day(3, 1), "volunteer-service", "8");
      for (int month = 1; month <= 7; month++) {
        f.ledger(m, day(month, 15), "study-missed", "0");
      }

      ScoreCard card = card(f.score(scheme(TWO_BLOCKS)), m);

      assertThat(card.blocks()).containsExactly(
          new BlockScore("politics", new BigDecimal("20"), new BigDecimal("8"), new BigDecimal("25")),
          new BlockScore("rules", new BigDecimal("20"), new BigDecimal("-21"), new BigDecimal("5")));
      assertThat(card.total()).isEqualByComparingTo("30");
    }

    @Test
    void aBlockFallingExactlyToItsFloorStaysThere() {
      Fixture f = new Fixture();
      MemberId m = f.full("b1");
      for (int month = 1; month <= 5; month++) {
        f.ledger(m, day(month, 15), "study-missed", "0");
      }

      ScoreCard card = card(f.score(scheme(TWO_BLOCKS)), m);

      assertThat(card.blockScore("rules")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("5"));
    }

    @Test
    void theTotalIsHeldAboveTheSchemesFloor() {
      Fixture f = new Fixture();
      MemberId m = f.full("b1");
      ScoringScheme scheme = scheme("""
          subject: member
          total: {floor: 10}
          blocks: [{id: rules, zh: 讲规矩, en: rules, base: 20, floor: -100}]
          items:
            - {id: missed, block: rules, zh: 缺席, en: missed, evidence: {ledger: {categories: [study-missed]}}, points: -6}
          """);
      for (int month = 1; month <= 3; month++) {
        f.ledger(m, day(month, 15), "study-missed", "0");
      }

      ScoreCard card = card(f.score(scheme), m);

      assertThat(card.blockScore("rules")).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("2"));
      assertThat(card.total()).isEqualTo(new BigDecimal("10.00"));
    }

    @Test
    void weightsAreAppliedToTheCent() {
      Fixture f = new Fixture();
      MemberId m = f.full("b1");
      f.ledger(m, day(3, 1), "volunteer-service", "0.01");
      ScoringScheme scheme = scheme("""
          subject: member
          blocks:
            - {id: a, zh: 甲, en: a, base: 70, weight: 0.333}
            - {id: b, zh: 乙, en: b, base: 90, weight: 0.667}
          items:
            - {id: service, block: a, zh: 服务, en: service, evidence: {ledger: {categories: [volunteer-service]}}}
          """);

      // 70.01 × 0.333 + 90 × 0.667 = 23.31333 + 60.03 = 83.34333 → 83.34
      assertThat(card(f.score(scheme), m).total()).isEqualTo(new BigDecimal("83.34"));
    }
  }

  @Nested
  class NonStackingGroups {
    static final String COMMENDATIONS = """
        - {id: school, block: all, zh: 校级表彰, en: school, evidence: {ledger: {categories: [commendation-school]}}, points: 2, group: commendation}
        - {id: county, block: all, zh: 县级表彰, en: county, evidence: {ledger: {categories: [commendation-county]}}, points: 5, group: commendation}
        - {id: city, block: all, zh: 市级表彰, en: city, evidence: {ledger: {categories: [commendation-city]}}, points: 8, group: commendation}
        """;

    @Test
    void onlyTheHighestOfAGroupCounts() {
      Fixture f = new Fixture();
      MemberId m = f.full("b1");
      f.ledger(m, day(4, 1), "commendation-school", "0").ledger(m, day(6, 1), "commendation-county", "0")
          .ledger(m, day(9, 1), "commendation-school", "0");

      ScoreCard card = card(f.score(oneBlock(COMMENDATIONS)), m);

      assertThat(points(card, "school")).isEqualTo(decimals("0", "0"));
      assertThat(points(card, "county")).isEqualTo(decimals("5"));
      assertThat(card.lines()).filteredOn(l -> l.item().equals("school"))
          .allSatisfy(l -> assertThat(l.note().map(org.dangjian.core.Labels::en)).contains("superseded in group commendation by county (5)"));
      assertThat(card.total()).isEqualByComparingTo("85");
    }

    @Test
    void ofEqualOccurrencesTheFirstCountsAndTheRestAreSuperseded() {
      Fixture f = new Fixture();
      MemberId m = f.full("b1");
      f.ledger(m, day(10, 1), "commendation-city", "0").ledger(m, day(2, 1), "commendation-city", "0");

      ScoreCard card = card(f.score(oneBlock(COMMENDATIONS)), m);

      assertThat(points(card, "city")).isEqualTo(decimals("8", "0"));
      assertThat(card.lines().get(0).date()).contains(day(2, 1));
    }

    @Test
    void itemsOutsideTheGroupStillStack() {
      Fixture f = new Fixture();
      MemberId m = f.full("b1");
      f.ledger(m, day(4, 1), "commendation-school", "0").ledger(m, day(5, 1), "volunteer-service", "3");

      ScoreCard card = card(f.score(oneBlock(COMMENDATIONS + SERVICE)), m);

      assertThat(card.total()).isEqualByComparingTo("85");
    }
  }

  @Nested
  class Vetoes {
    static String scheme(String veto) {
      return SERVICE + """
          - {id: breach, block: all, zh: 违反八项规定, en: breach, evidence: {ledger: {categories: [eight-rules-breach]}}, points: 0,
             veto: %s}
          """.formatted(veto);
    }

    @Test
    void aVetoCapsTheGradeWhateverTheTotal() {
      Fixture f = new Fixture();
      MemberId m = f.full("b1");
      f.ledger(m, day(3, 1), "volunteer-service", "9").ledger(m, day(8, 1), "eight-rules-breach", "0");

      ScoreCard card = card(f.score(oneBlock(scheme("{capGrade: average}"))), m);

      assertThat(card.total()).isEqualByComparingTo("89");
      assertThat(card.grade()).contains("average");
      assertThat(card.flags()).containsExactly(ScoreCard.Flag.VETOED);
      assertThat(card.reasons()).extracting(org.dangjian.core.Labels::en).contains("veto by breach (违反八项规定)", "grade capped at 一般 by a veto");
      assertThat(card.reasons()).extracting(org.dangjian.core.Labels::zh).contains("一票否决：违反八项规定", "因一票否决，等次最高为一般");
    }

    @Test
    void aVetoNeverRaisesAGrade() {
      Fixture f = new Fixture();
      MemberId m = f.full("b1");
      f.ledger(m, day(8, 1), "eight-rules-breach", "0");
      ScoringScheme scheme = oneBlock(scheme("{capGrade: good}") + """
          - {id: missed, block: all, zh: 缺席, en: missed, evidence: {ledger: {categories: [study-missed]}}, points: -25}
          """);
      f.ledger(m, day(2, 1), "study-missed", "0");

      ScoreCard card = card(f.score(scheme), m);

      assertThat(card.grade()).contains("poor");
      assertThat(card.reasons()).noneMatch(r -> r.en().startsWith("grade capped"));
    }

    @Test
    void aVetoZeroesTheItemsItNames() {
      Fixture f = new Fixture();
      MemberId m = f.full("b1");
      f.ledger(m, day(3, 1), "volunteer-service", "4").ledger(m, day(4, 1), "volunteer-service", "4")
          .ledger(m, day(8, 1), "eight-rules-breach", "0");

      ScoreCard card = card(f.score(oneBlock(scheme("{zeroItems: [service]}"))), m);

      assertThat(points(card, "service")).isEqualTo(decimals("0", "0"));
      assertThat(card.lines()).filteredOn(l -> l.item().equals("service"))
          .allSatisfy(l -> assertThat(l.note().map(org.dangjian.core.Labels::en)).contains("zeroed by veto breach"));
      assertThat(card.total()).isEqualByComparingTo("80");
    }

    @Test
    void aVetoZeroesABlock() {
      Fixture f = new Fixture();
      MemberId m = f.full("b1");
      f.ledger(m, day(8, 1), "eight-rules-breach", "0");

      ScoreCard card = card(f.score(oneBlock(scheme("{zeroBlock: all}"))), m);

      assertThat(card.total()).isEqualByComparingTo("0");
      assertThat(card.grade()).contains("poor");
    }

    @Test
    void withoutItsEvidenceAVetoDoesNothing() {
      Fixture f = new Fixture();
      MemberId m = f.full("b1");
      f.ledger(m, day(3, 1), "volunteer-service", "9");

      ScoreCard card = card(f.score(oneBlock(scheme("{capGrade: poor, zeroBlock: all}"))), m);

      assertThat(card.flags()).isEmpty();
      assertThat(card.grade()).contains("good");
    }

    @Test
    void aFindingAgainstTheMemberTriggersAVeto() {
      Fixture f = new Fixture();
      MemberId m = f.full("b1");
      MemberId other = f.full("b1");
      f.findings.add(org.dangjian.rules.Finding.builder("organisational-life-absence", org.dangjian.rules.Severity.VIOLATION,
          OrganisationId.of("b1"), new org.dangjian.rules.Subject(org.dangjian.rules.Subject.Kind.MEMBER, m.value()),
          "organisational-life-absence", new org.dangjian.rules.Citation("中国共产党章程", Optional.of("第九条")))
          .since(day(7, 1)).build());
      ScoringScheme scheme = oneBlock("""
          - {id: absence, block: all, zh: 连续六个月不参加组织生活, en: six months absent,
             evidence: {findings: {rules: [organisational-life-absence]}}, points: -5, veto: {capGrade: poor}}
          """);

      ScoreBoard board = f.score(scheme);

      assertThat(card(board, m).lines()).singleElement().satisfies(l -> {
        assertThat(l.points()).isEqualByComparingTo("-5");
        assertThat(l.date()).contains(day(7, 1));
        // The finding by its stable id: rule, organisation, subject, message and start.
        assertThat(l.evidence()).isEqualTo("finding:organisational-life-absence/b1/member:" + m + "/organisational-life-absence@2024-07-01");
      });
      assertThat(card(board, m).grade()).contains("poor");
      assertThat(card(board, other).flags()).isEmpty();
    }
  }

  /** A line names its record by the record's id where it was given one, and by its natural key where not. */
  @Nested
  class EvidenceByRecordId {
    private final String items = """
        - {id: service, block: all, zh: 志愿服务, en: service, evidence: {ledger: {categories: [volunteer-service]}}}
        - {id: kept, block: all, zh: 践诺, en: kept, evidence: {commitments: {outcomes: [kept]}}, points: 2}
        - {id: dues, block: all, zh: 按时交纳党费, en: dues, evidence: {duesPaid: {graceMonths: 0}}, points: 0.5}
        """;

    @Test
    void recordsWithIdsAreNamedByThem() {
      Fixture f = new Fixture();
      MemberId m = f.full("b1");
      org.dangjian.core.record.RecordId ledgerId = org.dangjian.core.record.RecordId.of("erp-ledger-17");
      f.ledger.add(new org.dangjian.core.assessment.LedgerEntry(day(3, 5), m, "volunteer-service", new BigDecimal("2"),
          Optional.empty(), Optional.empty()).withId(ledgerId));
      f.commitment(m, org.dangjian.core.assessment.CommitmentOutcome.KEPT);
      f.commitments.set(0, f.commitments.get(0).withId(org.dangjian.core.record.RecordId.of("c-2024-7")));
      f.payments.add(new org.dangjian.core.dues.DuesPayment(m, java.time.YearMonth.of(2024, 4), BigDecimal.TEN, day(4, 10))
          .withId(org.dangjian.core.record.RecordId.of("pay:0042")));

      ScoreCard card = card(f.score(oneBlock(items)), m);

      assertThat(card.lines()).extracting(LineItem::evidence)
          .containsExactly("ledger:erp-ledger-17", "commitment:c-2024-7/1", "dues:pay:0042");
    }

    @Test
    void recordsWithoutIdsAreNamedByTheirNaturalKeys() {
      Fixture f = new Fixture();
      MemberId m = f.full("b1");
      f.ledger(m, day(3, 5), "volunteer-service", "2");
      f.commitment(m, org.dangjian.core.assessment.CommitmentOutcome.KEPT);
      f.paid(m, 4);

      ScoreCard card = card(f.score(oneBlock(items)), m);

      assertThat(card.lines()).extracting(LineItem::evidence)
          .containsExactly("ledger:" + m + "@2024-03-05/volunteer-service", "commitment:" + m + "@2024/1", "dues:" + m + "@2024-04");
    }
  }

  @Nested
  class EligibilityAndPartYears {
    @Test
    void probationaryMembersAndActivistsAreScoredButNeitherGradedNorRanked() {
      Fixture f = new Fixture();
      MemberId full = f.full("b1");
      MemberId probationary = f.probationary("b1");
      MemberId activist = f.member("b1", new MemberEvent.Applied(java.time.LocalDate.of(2022, 3, 1)),
          new MemberEvent.ActivistDesignated(java.time.LocalDate.of(2022, 9, 1), List.of(full)));
      MemberId applicant = f.member("b1", new MemberEvent.Applied(java.time.LocalDate.of(2024, 3, 1)));

      ScoreBoard board = f.score(oneBlock(SERVICE));

      assertThat(card(board, full).grade()).contains("average");
      assertThat(card(board, full).rank()).contains(1);
      for (MemberId ungraded : List.of(probationary, activist)) {
        ScoreCard card = card(board, ungraded);
        assertThat(card.total()).isEqualByComparingTo("80");
        assertThat(card.graded()).isFalse();
        assertThat(card.grade()).isEmpty();
        assertThat(card.rank()).isEmpty();
      }
      assertThat(card(board, probationary).status()).contains("probationary");
      assertThat(board.card(applicant.value())).isEmpty();
      assertThat(board.cards()).extracting(ScoreCard::subject).containsExactly(full.value(), probationary.value(), activist.value());
    }

    @Test
    void aMemberWhoJoinedMidYearHasCappedEarningsExtrapolatedToAFullYear() {
      Fixture f = new Fixture();
      MemberId joined = f.joined("b1", day(7, 15));
      for (int month = 7; month <= 12; month++) {
        f.held("b1", ActivityType.BRANCH_GENERAL_MEETING, day(month, 20), joined);
      }
      ScoreCard card = card(f.score(schemeWithProrate(MEETINGS)), joined);

      assertThat(points(card, "meetings")).isEqualTo(decimals("1", "1", "1", "1", "1", "1", "6"));
      LineItem extrapolated = card.lines().get(6);
      assertThat(extrapolated.evidence()).isEqualTo("prorate:" + joined + "@2024 (6 of 12 months)");
      assertThat(extrapolated.note().map(org.dangjian.core.Labels::en)).contains("6 earned in 6 months, extrapolated to 12 (the yearly cap)");
      assertThat(extrapolated.note().map(org.dangjian.core.Labels::zh)).contains("6个月得6，按全年折算为12（年度上限）");
      assertThat(card.flags()).containsExactly(ScoreCard.Flag.PRORATED);
      assertThat(card.total()).isEqualByComparingTo("92");
    }

    @Test
    void extrapolationStopsAtTheYearlyCap() {
      Fixture f = new Fixture();
      MemberId joined = f.joined("b1", day(10, 1));
      f.ledger(joined, day(10, 5), "volunteer-service", "2").ledger(joined, day(11, 5), "volunteer-service", "2");

      ScoreCard card = card(f.score(schemeWithProrate(SERVICE)), joined);

      // 4 earned in 3 months would be 16 a year; the cap is 9
      assertThat(points(card, "service")).isEqualTo(decimals("2", "2", "5"));
      assertThat(card.total()).isEqualByComparingTo("89");
    }

    @Test
    void joiningOnTheLastDayOfTheYearCountsAsOneMonth() {
      Fixture f = new Fixture();
      MemberId joined = f.joined("b1", day(12, 31));
      f.ledger(joined, day(12, 31), "volunteer-service", "0.5");

      ScoreCard card = card(f.score(schemeWithProrate(SERVICE)), joined);

      assertThat(points(card, "service")).isEqualTo(decimals("0.5", "5.5"));
      assertThat(card.reasons()).extracting(org.dangjian.core.Labels::en)
          .contains("present 1 of 12 months: yearly-capped earnings extrapolated to a full year");
    }

    @Test
    void deductionsAndUncappedItemsAreNeverExtrapolated() {
      Fixture f = new Fixture();
      MemberId joined = f.joined("b1", day(7, 1));
      f.ledger(joined, day(8, 1), "study-missed", "0").ledger(joined, day(9, 1), "commendation-school", "3");

      ScoreCard card = card(f.score(schemeWithProrate("""
          - {id: missed, block: all, zh: 缺席, en: missed, evidence: {ledger: {categories: [study-missed]}}, points: -2, capPerYear: 10}
          - {id: commended, block: all, zh: 表彰, en: commended, evidence: {ledger: {categories: [commendation-school]}}}
          """)), joined);

      assertThat(card.lines()).extracting(LineItem::points).containsExactly(new BigDecimal("-2"), new BigDecimal("3"));
      assertThat(card.flags()).isEmpty();
    }

    @Test
    void aSchemeThatDoesNotProrateLeavesPartYearsAlone() {
      Fixture f = new Fixture();
      MemberId joined = f.joined("b1", day(7, 15));
      f.ledger(joined, day(8, 1), "volunteer-service", "3");

      ScoreCard card = card(f.score(oneBlock(SERVICE)), joined);

      assertThat(points(card, "service")).isEqualTo(decimals("3"));
      assertThat(card.flags()).isEmpty();
    }

    @Test
    void aMemberWhoMovedBranchMidYearKeepsEveryMeetingAndIsNotProrated() {
      Fixture f = new Fixture();
      MemberId moved = f.member("b2", Fixture.transferredIn(java.time.LocalDate.of(2015, 9, 1), org.dangjian.core.member.MemberStatus.FULL),
          new MemberEvent.Moved(day(6, 30), OrganisationId.of("b2"), Optional.empty()));
      for (int month = 1; month <= 12; month++) {
        f.held(month <= 6 ? "b1" : "b2", ActivityType.BRANCH_GENERAL_MEETING, day(month, 10), moved);
      }

      ScoreCard card = card(f.score(schemeWithProrate(MEETINGS)), moved);

      assertThat(points(card, "meetings")).hasSize(12).allSatisfy(p -> assertThat(p).isEqualByComparingTo("1"));
      assertThat(card.organisation()).isEqualTo(OrganisationId.of("b2"));
      assertThat(card.flags()).isEmpty();
    }

    @Test
    void aMemberWhoTransferredOutBeforeYearEndIsScoredByTheReceivingOrganisationNotHere() {
      Fixture f = new Fixture();
      MemberId stays = f.full("b1");
      MemberId left = f.member("b1", Fixture.transferredIn(java.time.LocalDate.of(2015, 9, 1), org.dangjian.core.member.MemberStatus.FULL),
          new MemberEvent.TransferredOut(day(9, 1), "外县党委",
              new org.dangjian.core.member.TransferLetter("L-out", day(9, 1), day(12, 1))));

      ScoreBoard board = f.score(oneBlock(SERVICE));

      assertThat(board.cards()).extracting(ScoreCard::subject).containsExactly(stays.value());
      assertThat(board.card(left.value())).isEmpty();
    }

    @Test
    void commitmentsKeptAndBrokenCountPerItemListedInTheSchemesOrder() {
      Fixture f = new Fixture();
      MemberId m = f.full("b1");
      f.commitment(m, CommitmentOutcome.KEPT, CommitmentOutcome.BROKEN, CommitmentOutcome.KEPT);

      ScoreCard card = card(f.score(oneBlock("""
          - {id: kept, block: all, zh: 践诺, en: kept, evidence: {commitments: {outcomes: [kept]}}, points: 2}
          - {id: broken, block: all, zh: 未践诺, en: broken, evidence: {commitments: {outcomes: [broken]}}, points: -3}
          """)), m);

      assertThat(card.lines()).extracting(LineItem::evidence).containsExactly(
          "commitment:" + m + "@2024/1", "commitment:" + m + "@2024/3", "commitment:" + m + "@2024/2");
      assertThat(card.total()).isEqualByComparingTo("81");
    }

    @Test
    void duesAreInArrearsOnlyWhenMoreThanHalfAYearLate() {
      Fixture f = new Fixture();
      MemberId exactlySix = f.full("b1");
      MemberId sixAndADay = f.full("b1");
      MemberId stoppedInJune = f.full("b1");
      MemberId stoppedInMay = f.full("b1");
      f.paid(exactlySix, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12).paid(sixAndADay, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)
          .paid(stoppedInJune, 1, 2, 3, 4, 5).paid(stoppedInMay, 1, 2, 3, 4);
      // January's dues paid on 31 July (exactly six months after January ended) or on 1 August
      f.payments.add(new org.dangjian.core.dues.DuesPayment(exactlySix, java.time.YearMonth.of(2024, 1), BigDecimal.TEN, day(7, 31)));
      f.payments.add(new org.dangjian.core.dues.DuesPayment(sixAndADay, java.time.YearMonth.of(2024, 1), BigDecimal.TEN, day(8, 1)));
      ScoringScheme scheme = oneBlock("""
          - {id: arrears, block: all, zh: 党费逾期超过半年, en: arrears, evidence: {duesArrears: {moreThanMonths: 6}}, points: -5}
          """);

      ScoreBoard board = f.score(scheme);

      assertThat(card(board, exactlySix).lines()).isEmpty();
      assertThat(card(board, sixAndADay).lines()).singleElement().satisfies(l -> {
        assertThat(l.evidence()).isEqualTo("dues:" + sixAndADay + "@2024-01");
        assertThat(l.date()).contains(day(8, 1));
      });
      // June's dues, unpaid, are exactly six months late on 31 December: not yet in arrears
      assertThat(card(board, stoppedInJune).lines()).isEmpty();
      assertThat(card(board, stoppedInMay).lines()).singleElement()
          .satisfies(l -> assertThat(l.evidence()).isEqualTo("dues:" + stoppedInMay + "@2024-05"));
    }

    @Test
    void duesPaidOnTimeCountPerMonthWithTheGraceStated() {
      Fixture f = new Fixture();
      MemberId monthly = f.full("b1");
      MemberId quarterly = f.full("b1");
      f.paid(monthly, 1, 2, 3);
      for (int month = 1; month <= 3; month++) {
        f.payments.add(new org.dangjian.core.dues.DuesPayment(quarterly, java.time.YearMonth.of(2024, month), BigDecimal.TEN, day(3, 31)));
      }
      String item = "- {id: dues, block: all, zh: 按时交纳党费, en: dues, evidence: {duesPaid: {graceMonths: %s}}, points: 0.5}\n";

      ScoreBoard strict = f.score(oneBlock(item.formatted(0)));
      ScoreBoard quarterlyAllowed = f.score(oneBlock(item.formatted(2)));

      assertThat(points(card(strict, monthly), "dues")).hasSize(3);
      assertThat(card(strict, quarterly).lines()).extracting(LineItem::evidence).containsExactly("dues:" + quarterly + "@2024-03");
      assertThat(points(card(quarterlyAllowed, quarterly), "dues")).hasSize(3);
    }
  }

  @Nested
  class Organisations {
    @Test
    void theAttendanceRateIsTheSharePresentOfEveryoneRecordedAndNoRecordCountsAsNothing() {
      Fixture f = new Fixture();
      MemberId a = f.full("b1");
      MemberId b = f.full("b1");
      f.activities.add(org.dangjian.core.activity.Activity.builder().id(org.dangjian.core.activity.ActivityId.of("x1"))
          .organisation(OrganisationId.of("b1")).type(ActivityType.THEME_PARTY_DAY).date(day(3, 15)).addAttendees(a)
          .addAbsentees(new org.dangjian.core.activity.Absence(b, Optional.empty())).build());
      f.held("b1", ActivityType.THEME_PARTY_DAY, day(4, 15), a, b)
          .held("b1", ActivityType.BRANCH_COMMITTEE_MEETING, day(4, 20));
      ScoringScheme scheme = scheme("""
          subject: branch
          blocks: [{id: participation, zh: 参与, en: participation}]
          items:
            - {id: attendance, block: participation, zh: 到会率, en: attendance, factor: 20,
               evidence: {attendanceRate: {activityTypes: [theme-party-day]}}}
          """);

      ScoreBoard board = f.score(scheme);

      // 3 present of 4 recorded; the committee meeting is not a type counted
      assertThat(board.card("b1").orElseThrow().lines()).singleElement().satisfies(l -> {
        assertThat(l.points()).isEqualByComparingTo("15");
        assertThat(l.evidence()).isEqualTo("attendance:b1@2024 (3 of 4)");
      });
      assertThat(board.card("b2").orElseThrow().total()).isEqualByComparingTo("0");
      assertThat(board.card("root")).isEmpty();
    }
  }

  static ScoringScheme schemeWithProrate(String items) {
    return scheme("""
        subject: member
        prorate: true
        blocks: [{id: all, zh: 总分, en: total, base: 80, cap: 100}]
        items:
        """ + items.indent(2) + """
        eligibility: {scored: [full], graded: [full], ranked: [full]}
        """);
  }
}
