package org.dangjian.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.dataset.Region;
import org.junit.jupiter.api.Test;

/** Text that looks like a number, a boolean or a date keeps its quotes in YAML, so it reads back as text. */
class YamlQuotingTest {

  @Test
  void numberLikeTextRoundTripsThroughYaml() {
    for (String name : new String[] {"2024.1", "007", "1e3", "1E3", "-5", "+1", ".5", "0x1F", "0o17", "1_000", "1:30", ".inf",
        "true", "yes", "null", "~", "2024-01-01", "清河县"}) {
      Dataset dataset = Dataset.builder().region(Region.of("r1", name)).build();
      String yaml = DatasetFormat.write(dataset, Syntax.YAML);
      assertThat(DatasetFormat.read(yaml, "quoted.yaml", Syntax.YAML).region().name()).as(yaml).isEqualTo(name);
    }
  }
}
