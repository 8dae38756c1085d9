package org.dangjian.testkit.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.time.ReportingPeriod;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.ComplianceReport;
import org.dangjian.rules.RuleSetRegistry;
import org.dangjian.scoring.BlockScore;
import org.dangjian.scoring.SchemeRegistry;
import org.dangjian.scoring.ScoreBoard;
import org.dangjian.scoring.ScoreCard;
import org.dangjian.scoring.ScoringEngine;
import org.dangjian.testkit.RegionGenerator;
import org.dangjian.testkit.SampleCounty;
import org.junit.jupiter.api.Test;

/** The hand-written member-points loop and the engine give the same cards, in the same order. */
class MemberPointsByHandTest {
  private static final LocalDate YEAR_END = LocalDate.of(2024, 12, 31);

  private static ComplianceReport report(Dataset dataset) {
    return ComplianceEngine.evaluate(dataset, RuleSetRegistry.standard().resolve("cn-national", YEAR_END), ReportingPeriod.year(2024),
        YEAR_END);
  }

  /** The engine's board in the form of {@link MemberPointsByHand.Card#line()}. */
  static List<String> engine(Dataset dataset, ComplianceReport report) {
    ScoreBoard board = ScoringEngine.score(dataset, SchemeRegistry.standard().resolve("member-points", YEAR_END), 2024, report);
    return board.cards().stream().map(MemberPointsByHandTest::line).toList();
  }

  private static String line(ScoreCard card) {
    StringBuilder line = new StringBuilder(card.subject()).append(' ').append(card.total().toPlainString());
    for (BlockScore block : card.blocks()) {
      line.append(' ').append(block.score().setScale(2).toPlainString());
    }
    return line.append(' ').append(card.grade().orElse("-")).append(' ').append(card.rank().map(String::valueOf).orElse("-"))
        .append(card.flags().contains(ScoreCard.Flag.VETOED) ? " vetoed" : "")
        .append(card.flags().contains(ScoreCard.Flag.PRORATED) ? " prorated" : "").toString();
  }

  private static List<String> byHand(Dataset dataset, ComplianceReport report) {
    return MemberPointsByHand.score(dataset, report, 2024).stream().map(MemberPointsByHand.Card::line).toList();
  }

  @Test
  void theSampleCountysCardsAreTheEngines() {
    Dataset county = SampleCounty.dataset();
    ComplianceReport report = report(county);
    List<String> byHand = byHand(county, report);
    assertThat(byHand).isEqualTo(engine(county, report));
    // What the comparison covers here: a veto, three grades, and the unranked after the ranked.
    assertThat(byHand).anyMatch(l -> l.contains(" vetoed"));
    for (String grade : List.of(" excellent ", " good ", " average ")) {
      assertThat(byHand).as("a card graded%s", grade).anyMatch(l -> l.contains(grade));
    }
    assertThat(byHand.get(byHand.size() - 1)).as("the last card is an unranked one").contains(" - -");
  }

  @Test
  void aGeneratedRegionsCardsAreTheEngines() {
    Dataset region = RegionGenerator.generate(RegionGenerator.Size.COUNTY, 7);
    ComplianceReport report = report(region);
    List<String> byHand = byHand(region, report);
    assertThat(byHand).isEqualTo(engine(region, report));
    assertThat(byHand).as("members present part of the year").anyMatch(l -> l.endsWith(" prorated"));
  }

  /**
   * The generated region with records at the scheme's edges: an eight-point-rules breach of a member who would
   * otherwise be graded 良 (the veto caps at 一般), dues of January paid on the last day of August (more than six
   * months late: the dues item is zeroed) and of November paid on the last day of the following January (within
   * the two months' grace, across the year), three commendations of one member (only the highest counts), service
   * past its yearly cap with a negative entry among it, and more than two meetings' worth in a month.
   */
  @Test
  void recordsAtTheSchemesEdgesGiveTheSameCards() {
    Dataset region = RegionGenerator.generate(RegionGenerator.Size.COUNTY, 11);
    List<org.dangjian.core.member.Member> full = region.members().stream()
        .filter(m -> m.factsOn(YEAR_END).status() == org.dangjian.core.member.MemberStatus.FULL).limit(6).toList();
    Dataset.Builder edges;
    org.dangjian.core.member.MemberId late = full.get(1).id();
    edges = rebuiltWithDues(region, region.duesPayments().stream().map(p -> !p.member().equals(late) || p.month().getYear() != 2024
        || p.month().getMonthValue() != 1 && p.month().getMonthValue() != 11 ? p
        : new org.dangjian.core.dues.DuesPayment(p.member(), p.month(), p.amount(),
            p.month().getMonthValue() == 1 ? LocalDate.of(2024, 8, 31) : LocalDate.of(2025, 1, 31), p.id())).toList())
        .addLedgerEntry(entry(full.get(0), "2024-03-01", "eight-rules-breach", "-10"));
    edges.addLedgerEntry(entry(full.get(2), "2024-04-01", "commendation-school", "1"))
        .addLedgerEntry(entry(full.get(2), "2024-05-01", "commendation-city", "3"))
        .addLedgerEntry(entry(full.get(2), "2024-06-01", "commendation-county", "2"));
    for (int i = 1; i <= 6; i++) {
      edges.addLedgerEntry(entry(full.get(3), "2024-0" + i + "-15", "volunteer-service", "2"));
    }
    edges.addLedgerEntry(entry(full.get(3), "2024-02-15", "pioneer-post", "-1"));
    Dataset withEdges = edges.build();
    ComplianceReport report = report(withEdges);
    List<String> byHand = byHand(withEdges, report);
    assertThat(byHand).isEqualTo(engine(withEdges, report));
    assertThat(byHand).as("the breach caps the grade").anyMatch(l -> l.startsWith(full.get(0).id() + " ") && l.contains(" average ")
        && l.contains(" vetoed"));
    assertThat(byHand).as("the late dues veto the dues item").anyMatch(l -> l.startsWith(full.get(1).id() + " ") && l.contains(" vetoed"));
  }

  /** A builder holding the dataset's records with its dues payments replaced by the given ones. */
  private static Dataset.Builder rebuiltWithDues(Dataset dataset, List<org.dangjian.core.dues.DuesPayment> payments) {
    Dataset.Builder builder = Dataset.builder(dataset.kinds()).region(dataset.region()).units(dataset.units())
        .organisations(dataset.organisations()).members(dataset.members()).activityTypes(dataset.declaredActivityTypes());
    for (org.dangjian.core.record.RecordKind<?> kind : dataset.kinds().all()) {
      copy(dataset, builder, kind);
    }
    return builder.duesPayments(payments);
  }

  private static <T> void copy(Dataset dataset, Dataset.Builder builder, org.dangjian.core.record.RecordKind<T> kind) {
    if (kind != org.dangjian.core.dues.DuesPayment.KIND) {
      builder.addAll(kind, dataset.records(kind).all());
    }
  }

  private static org.dangjian.core.assessment.LedgerEntry entry(org.dangjian.core.member.Member member, String date, String category,
      String points) {
    return new org.dangjian.core.assessment.LedgerEntry(LocalDate.parse(date), member.id(), category, new java.math.BigDecimal(points),
        java.util.Optional.empty(), java.util.Optional.empty(), java.util.Optional.empty());
  }
}
