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
}
