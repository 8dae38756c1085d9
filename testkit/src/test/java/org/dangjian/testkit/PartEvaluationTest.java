package org.dangjian.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;
import java.util.function.Function;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.governance.DutyReport;
import org.dangjian.core.governance.LeadershipPost;
import org.dangjian.core.org.OrgPath;
import org.dangjian.core.supervision.Inspection;
import org.dangjian.core.time.ReportingPeriod;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.ComplianceReport;
import org.dangjian.rules.Finding;
import org.dangjian.rules.OrganisationSummary;
import org.dangjian.rules.PartEvaluation;
import org.dangjian.rules.Requirement;
import org.dangjian.rules.RuleSet;
import org.dangjian.rules.RuleSetRegistry;
import org.dangjian.scoring.SchemeRegistry;
import org.dangjian.scoring.ScoreBoard;
import org.dangjian.scoring.ScoreCard;
import org.dangjian.scoring.ScoringEngine;
import org.dangjian.scoring.ScoringScheme;
import org.junit.jupiter.api.Test;

/**
 * A region evaluated and scored part by part — the per-branch rules in each part, the others once over the
 * region's core, the cards placed together — gives the report and the boards of one evaluation of the whole.
 */
class PartEvaluationTest {
  private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
  private static final ReportingPeriod YEAR = ReportingPeriod.year(2024);

  /** The steps a distributed run takes, on one thread: each part, then the region's core. */
  /** The sample county evaluated and scored on one machine: what its parts must add up to. */
  private record OnOneMachine(Dataset county, RuleSet rules, ComplianceReport whole, ScoringScheme scheme, ScoreBoard board) {
    static OnOneMachine of(String ruleSet, String scheme) {
      Dataset county = SampleCounty.dataset();
      RuleSet rules = RuleSetRegistry.standard().resolve(ruleSet, AS_OF);
      ComplianceReport whole = ComplianceEngine.evaluate(county, rules, YEAR, AS_OF);
      ScoringScheme resolved = SchemeRegistry.standard().resolve(scheme, AS_OF);
      return new OnOneMachine(county, rules, whole, resolved, ScoringEngine.score(county, resolved, 2024, whole));
    }
  }

  private static ComplianceReport byParts(Collection<Dataset> parts, RuleSet rules) {
    List<Finding> findings = new ArrayList<>();
    List<Requirement> requirements = new ArrayList<>();
    ComplianceReport report = byParts(parts, rules, findings, requirements);
    // Each part's own counts, summed again over the region's tree, are the region's summaries.
    List<OrganisationSummary> partSummaries = new ArrayList<>();
    for (Dataset part : parts) {
      partSummaries.addAll(PartEvaluation.report(part, rules, YEAR, AS_OF, findings, requirements).summaries());
    }
    assertThat(PartEvaluation.rollUp(PartEvaluation.regionCore(parts, rules), partSummaries)).as("the parts' summaries rolled up")
        .isEqualTo(report.summaries());
    return report;
  }

  private static ComplianceReport byParts(Collection<Dataset> parts, RuleSet rules, List<Finding> findings,
      List<Requirement> requirements) {
    for (Dataset part : parts) {
      ComplianceReport own = ComplianceEngine.evaluate(part, PartEvaluation.perPart(rules), YEAR, AS_OF, Runnable::run, 1);
      findings.addAll(own.findings());
      requirements.addAll(own.requirements());
    }
    Dataset core = PartEvaluation.regionCore(parts, rules);
    ComplianceReport region = ComplianceEngine.evaluate(core, PartEvaluation.perRegion(rules), YEAR, AS_OF, Runnable::run, 1);
    findings.addAll(region.findings());
    requirements.addAll(region.requirements());
    return PartEvaluation.report(core, rules, YEAR, AS_OF, findings, requirements);
  }

  private static ScoreBoard scoredByParts(Collection<Dataset> parts, ComplianceReport region, ScoringScheme scheme, Dataset core) {
    List<ScoreCard> cards = new ArrayList<>();
    for (Dataset part : parts) {
      cards.addAll(ScoringEngine.scoreUnplaced(part, core, scheme, Year.of(2024), PartEvaluation.share(region, part), Runnable::run, 1)
          .cards());
    }
    return ScoringEngine.place(scheme, 2024, cards, core.tree().pathOrder());
  }

  /** Schools spread over {@code n} parts by their id, the bureau above them in a part of its own. */
  static Function<OrgPath, String> buckets(int n) {
    return path -> path.ids().size() > 1 ? String.format(Locale.ROOT, "p%02d", Math.floorMod(path.ids().get(1).value().hashCode(), n)) : "";
  }

  @Test
  void everyBuiltInRuleSetOnTheSampleCountyCutAtEachDepth() {
    Dataset county = SampleCounty.dataset();
    for (String id : RuleSetRegistry.standard().ids()) {
      RuleSet rules = RuleSetRegistry.standard().resolve(id, AS_OF);
      ComplianceReport whole = ComplianceEngine.evaluate(county, rules, YEAR, AS_OF);
      for (int depth = 0; depth <= 3; depth++) {
        SortedMap<String, Dataset> parts = county.partition(Dataset.byAncestorAt(depth));
        assertThat(byParts(parts.values(), rules)).as(id + " by parts cut at depth " + depth).isEqualTo(whole);
      }
    }
  }

  @Test
  void theRuleSetSplitsIntoItsPerBranchRulesAndTheRest() {
    RuleSet rules = RuleSetRegistry.standard().resolve("county-supervision", AS_OF);
    RuleSet perPart = PartEvaluation.perPart(rules);
    RuleSet perRegion = PartEvaluation.perRegion(rules);
    assertThat(perPart.entries()).isNotEmpty().allMatch(e -> e.rule().dependencies().isPerBranch());
    assertThat(perRegion.entries()).isNotEmpty().noneMatch(e -> e.rule().dependencies().isPerBranch());
    assertThat(perPart.entries().size() + perRegion.entries().size()).isEqualTo(rules.entries().size());
    assertThat(perPart.id()).isEqualTo(rules.id());
    // The core keeps what the region rules read (members, supervision) and drops the activities no region rule reads.
    Dataset core = PartEvaluation.core(SampleCounty.dataset(), rules);
    assertThat(core.members()).isEqualTo(SampleCounty.dataset().members());
    assertThat(core.activities()).isEmpty();
    assertThat(core.records(Inspection.KIND).all()).isNotEmpty().isEqualTo(SampleCounty.dataset().records(Inspection.KIND).all());
  }

  @Test
  void aPartAloneSaysNothingAboutAnotherPartsOrganisations() {
    Dataset county = SampleCounty.dataset();
    RuleSet rules = RuleSetRegistry.standard().resolve("county-supervision", AS_OF);
    for (Dataset part : county.partition(Dataset.byAncestorAt(2)).values()) {
      ComplianceReport report = ComplianceEngine.evaluate(part, rules, YEAR, AS_OF);
      assertThat(report.findings()).as("findings of a part").allMatch(f -> part.organisation(f.organisation()).isPresent());
      assertThat(report.requirements()).allMatch(r -> part.organisation(r.organisation()).isPresent());
    }
  }

  @Test
  void aGeneratedCountyInBucketsOfSchools() {
    Dataset county = RegionGenerator.generate(RegionGenerator.Size.COUNTY, 11);
    RuleSet rules = RuleSetRegistry.standard().resolve("cn-national", AS_OF);
    ComplianceReport whole = ComplianceEngine.evaluate(county, rules, YEAR, AS_OF);
    assertThat(whole.findings()).as("a county with something to find").isNotEmpty();
    for (int n : new int[] {1, 2, 7}) {
      SortedMap<String, Dataset> parts = county.partition(buckets(n));
      assertThat(parts).hasSize(n + 1);
      ComplianceReport report = byParts(parts.values(), rules);
      assertThat(report).as("cn-national in " + n + " parts").isEqualTo(whole);
      Dataset core = PartEvaluation.regionCore(parts.values(), rules);
      for (String id : List.of("member-points", "year-end-appraisal", "branch-stars")) {
        ScoringScheme scheme = SchemeRegistry.standard().resolve(id, AS_OF);
        assertThat(scoredByParts(parts.values(), report, scheme, core)).as(id + " in " + n + " parts")
            .isEqualTo(ScoringEngine.score(county, scheme, 2024, whole));
      }
    }
  }

  @Test
  void quotasAndRanksHoldAcrossTheParts() {
    OnOneMachine one = OnOneMachine.of("cn-national", "branch-stars");
    assertThat(one.board().cards()).as("the sample county's stars are held to their quota")
        .anyMatch(c -> c.flags().contains(ScoreCard.Flag.DEMOTED_BY_QUOTA));
    SortedMap<String, Dataset> parts = one.county().partition(Dataset.byAncestorAt(1));
    // Within one part nothing is placed yet — no ranks, no demotions — though a part alone would demote.
    Dataset part = parts.values().stream()
        .filter(p -> ScoringEngine.score(p, one.scheme(), 2024, PartEvaluation.share(one.whole(), p)).cards().stream()
            .anyMatch(c -> c.flags().contains(ScoreCard.Flag.DEMOTED_BY_QUOTA))).findFirst().orElseThrow();
    ScoreBoard unplaced = ScoringEngine.scoreUnplaced(part, one.county(), one.scheme(), Year.of(2024),
        PartEvaluation.share(one.whole(), part), Runnable::run, 1);
    assertThat(unplaced.cards()).isNotEmpty().allMatch(c -> c.rank().isEmpty() && !c.flags().contains(ScoreCard.Flag.DEMOTED_BY_QUOTA));
    assertThat(scoredByParts(parts.values(), one.whole(), one.scheme(), PartEvaluation.regionCore(parts.values(), one.rules())))
        .isEqualTo(one.board());
  }

  @Test
  void organisationsRankedByPartsCutAtTheirDepth() {
    OnOneMachine one = OnOneMachine.of("county-supervision", "organisation-ranking");
    assertThat(one.board().cards()).as("the bureau's schools ranked").hasSizeGreaterThan(10)
        .anyMatch(c -> c.flags().contains(ScoreCard.Flag.BOTTOM_RANKED));
    // Cut at the subjects' depth (1, the schools): each school with everything beneath it in its part.
    SortedMap<String, Dataset> bySchool = one.county().partition(Dataset.byAncestorAt(1));
    ComplianceReport report = byParts(bySchool.values(), one.rules());
    Dataset core = PartEvaluation.regionCore(bySchool.values(), one.rules());
    assertThat(scoredByParts(bySchool.values(), report, one.scheme(), core)).isEqualTo(one.board());
    // Cut below it (2, the branches): a school committee's branches lie in other parts.
    SortedMap<String, Dataset> byBranch = one.county().partition(Dataset.byAncestorAt(2));
    Dataset branchCore = PartEvaluation.regionCore(byBranch.values(), one.rules());
    assertThatThrownBy(() -> scoredByParts(byBranch.values(), byParts(byBranch.values(), one.rules()), one.scheme(), branchCore))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("beneath it in another part")
        .hasMessageContaining("cut the region at depth 1 or above");
  }

  @Test
  void leadersCardsByPartsAtEachDepth() {
    OnOneMachine one = OnOneMachine.of("cn-national", "secretary-report");
    // The core keeps the leadership posts and reports the leaders' scheme counts, whatever the rules read.
    assertThat(ScoringEngine.regionKinds(one.scheme())).containsExactly(LeadershipPost.KIND, DutyReport.KIND);
    assertThat(one.board().cards()).as("a leader with cards for two organisations").anyMatch(c -> c.subject().contains("@"));
    for (int depth = 0; depth <= 3; depth++) {
      SortedMap<String, Dataset> parts = one.county().partition(Dataset.byAncestorAt(depth));
      Dataset core = PartEvaluation.regionCore(parts.values(), one.rules(), ScoringEngine.regionKinds(one.scheme()));
      assertThat(scoredByParts(parts.values(), byParts(parts.values(), one.rules()), one.scheme(), core))
          .as("secretary-report cut at depth " + depth).isEqualTo(one.board());
    }
  }

  @Test
  void placingRefusesCardsPlacedAlreadyOrTwice() {
    OnOneMachine one = OnOneMachine.of("county-supervision", "member-points");
    Dataset county = one.county();
    ComplianceReport whole = one.whole();
    ScoringScheme points = one.scheme();
    assertThat(ScoringEngine.regionKinds(points)).isEmpty();
    ScoreBoard placed = one.board();
    assertThatThrownBy(() -> ScoringEngine.place(points, 2024, placed.cards(), county.tree().pathOrder()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("placed already");
    ScoreBoard unplaced = ScoringEngine.scoreUnplaced(county, county, points, Year.of(2024), whole, Runnable::run, 1);
    List<ScoreCard> twice = new ArrayList<>(unplaced.cards());
    twice.add(unplaced.cards().get(0));
    assertThatThrownBy(() -> ScoringEngine.place(points, 2024, twice, county.tree().pathOrder()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two cards of '" + unplaced.cards().get(0).subject() + "'");
  }
}
