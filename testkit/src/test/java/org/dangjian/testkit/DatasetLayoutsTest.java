package org.dangjian.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.StringReader;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.json.DatasetFormat;
import org.dangjian.core.json.DatasetFormat.PersonalDataPolicy;
import org.dangjian.core.json.Layout;
import org.dangjian.core.json.Syntax;
import org.junit.jupiter.api.Test;

/** Every layout reads back the dataset it was written from: read(write(d)) = d. */
class DatasetLayoutsTest {

  private static void roundTrips(Dataset dataset, String what) {
    assertThat(DatasetFormat.readLines(new StringReader(DatasetFormat.writeLines(dataset, PersonalDataPolicy.INCLUDE)), "x.jsonl"))
        .as("%s, one record per line (JSON Lines)", what).isEqualTo(dataset);
    for (Layout layout : Layout.values()) {
      assertThat(DatasetFormat.read(DatasetFormat.write(dataset, Syntax.JSON, layout, PersonalDataPolicy.INCLUDE), "x.json", Syntax.JSON))
          .as("%s, JSON %s", what, layout).isEqualTo(dataset);
    }
    assertThat(DatasetFormat.read(DatasetFormat.write(dataset, Syntax.YAML, Layout.INDENTED, PersonalDataPolicy.INCLUDE), "x.yaml",
        Syntax.YAML)).as("%s, YAML", what).isEqualTo(dataset);
  }

  @Test
  void theSampleCountyInEveryLayout() {
    roundTrips(SampleCounty.dataset(), "the sample county");
  }

  @Test
  void generatedRegionsInEveryLayout() {
    RegionGenerator.Size small = new RegionGenerator.Size(200, 8);
    qt().withExamples(12).forAll(longs().all()).checkAssert(seed -> roundTrips(RegionGenerator.generate(small, seed), "seed " + seed));
  }

  @Test
  void generatedRegionsWithStableIdsInEveryLayout() {
    RegionGenerator.Size small = new RegionGenerator.Size(120, 6);
    qt().withExamples(6).forAll(longs().all()).checkAssert(seed -> roundTrips(withIds(RegionGenerator.generate(small, seed)), "ids, seed " + seed));
  }

  /** Every record of the kinds without a domain id given one, as a database export would. */
  private static Dataset withIds(Dataset region) {
    Dataset.Builder builder = Dataset.builder(region.kinds()).region(region.region()).units(region.units())
        .organisations(region.organisations()).members(region.members()).activityTypes(region.declaredActivityTypes())
        .activities(region.activities());
    int[] n = {0};
    java.util.function.Supplier<org.dangjian.core.record.RecordId> next = () -> org.dangjian.core.record.RecordId.of("r" + n[0]++);
    region.duesBases().forEach(b -> builder.addDuesBase(b.withId(next.get())));
    region.duesPayments().forEach(p -> builder.addDuesPayment(p.withId(next.get())));
    region.trainings().forEach(t -> builder.addTraining(t.withId(next.get())));
    region.ledger().forEach(e -> builder.addLedgerEntry(e.withId(next.get())));
    region.commitments().forEach(c -> builder.addCommitment(c.withId(next.get())));
    region.ballots().forEach(b -> builder.addBallot(b.withId(next.get())));
    region.reportRatings().forEach(r -> builder.addReportRating(r.withId(next.get())));
    Dataset withIds = builder.build();
    assertThat(withIds.ledger()).allMatch(e -> e.id().isPresent());
    return withIds;
  }
}
