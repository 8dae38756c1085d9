package org.dangjian.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.dangjian.core.Problem;
import org.dangjian.core.ValidationException;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.json.DatasetFormat;
import org.dangjian.core.json.DatasetFormat.PersonalDataPolicy;
import org.dangjian.core.member.Member;
import org.dangjian.core.org.Organisation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A region cut into parts and joined again is the region: merge(partition(d)) = d, each part standing alone. */
class PartitionsTest {

  private static void partsJoinToTheWhole(Dataset region, int depth, String what) {
    SortedMap<String, Dataset> parts = region.partition(Dataset.byAncestorAt(depth));
    assertThat(Dataset.merge(parts.values())).as("%s cut at depth %d and joined", what, depth).isEqualTo(region);
    int members = 0;
    for (Dataset part : parts.values()) {
      members += part.members().size();
      // Each part is a dataset of its own: it reads back from its own file, external references and all.
      assertThat(DatasetFormat.readLines(new StringReader(DatasetFormat.writeLines(part, PersonalDataPolicy.INCLUDE)), "p.jsonl"))
          .as("%s, a part written alone", what).isEqualTo(part);
      assertThat(part.externalMembers()).as("members another part holds").noneMatch(id -> part.member(id).isPresent());
      assertThat(part.externalOrganisations()).noneMatch(id -> part.organisation(id).isPresent());
    }
    assertThat(members).as("every member in exactly one part").isEqualTo(region.members().size());
  }

  @Test
  void theSampleCountyByEachDepth() {
    Dataset county = SampleCounty.dataset();
    for (int depth = 0; depth <= 3; depth++) {
      partsJoinToTheWhole(county, depth, "the sample county");
    }
  }

  @Test
  void generatedRegionsByAnyDepth() {
    RegionGenerator.Size small = new RegionGenerator.Size(200, 8);
    qt().withExamples(12).forAll(longs().all(), integers().between(0, 4))
        .checkAssert((seed, depth) -> partsJoinToTheWhole(RegionGenerator.generate(small, seed), depth, "seed " + seed));
  }

  @Test
  void aPartHoldsTheOrganisationsBeneathItsHeadTheirMembersAndWhatNamesThem() {
    Dataset county = SampleCounty.dataset();
    Organisation root = county.tree().roots().get(0);
    SortedMap<String, Dataset> parts = county.partition(Dataset.byAncestorAt(1));
    assertThat(parts).containsKey("").hasSizeGreaterThan(2);
    assertThat(parts.get("").organisations()).containsExactly(root);
    for (Organisation head : county.tree().children(root.id())) {
      Dataset part = parts.get(head.id().value());
      assertThat(part.tree().roots()).containsExactly(head);
      assertThat(part.externalOrganisations()).as("the head's parent lives in the top part").contains(root.id());
      assertThat(part.members()).allMatch(m -> part.organisation(m.branch()).isPresent());
      assertThat(part.activities()).allMatch(a -> part.organisation(a.organisation()).isPresent()
          || a.attendees().stream().anyMatch(id -> part.member(id).isPresent()));
    }
  }

  @Test
  void partsInAFolderAreOneDataset(@TempDir Path folder) throws IOException {
    Dataset county = SampleCounty.dataset();
    SortedMap<String, Dataset> parts = county.partition(Dataset.byAncestorAt(1));
    DatasetFormat.writeParts(parts, folder, PersonalDataPolicy.INCLUDE);
    try (var files = Files.list(folder)) {
      assertThat(files.map(f -> f.getFileName().toString())).contains("_.jsonl").hasSize(parts.size());
    }
    assertThat(DatasetFormat.read(folder)).isEqualTo(county);
  }

  @Test
  void partsThatDisagreeAreRefusedNamingTheirFiles(@TempDir Path folder) throws IOException {
    Dataset county = SampleCounty.dataset();
    SortedMap<String, Dataset> parts = county.partition(Dataset.byAncestorAt(1));
    DatasetFormat.writeParts(parts, folder, PersonalDataPolicy.INCLUDE);
    // The same member, renamed in a second part: two parts hold different records under one id.
    String head = parts.keySet().stream().filter(n -> !n.isEmpty()).findFirst().orElseThrow();
    Member member = parts.get(head).members().get(0);
    Dataset clash = parts.get(head).withMember(Member.builder().from(member).name(member.name() + "（重复）").build());
    assertThatThrownBy(() -> Dataset.merge(List.of(parts.get(head), clash))).isInstanceOf(ValidationException.class)
        .hasMessageContaining("partition-mismatch").hasMessageContaining("member '" + member.id() + "' differs");
    assertThatThrownBy(() -> Dataset.merge(List.of())).isInstanceOf(IllegalArgumentException.class);
    Files.writeString(folder.resolve("broken.jsonl"), "{\"schema\":\"dangjian/dataset@1\"}\n{\"member\":{\"id\":\"x\"}}\n");
    ValidationException broken = org.assertj.core.api.Assertions.catchThrowableOfType(ValidationException.class,
        () -> DatasetFormat.read(folder));
    assertThat(broken.problems()).isNotEmpty().allSatisfy(p -> assertThat(p.source()).hasValueSatisfying(s -> assertThat(s).endsWith("broken.jsonl")));
    assertThat(broken.problems()).extracting(Problem::line).contains(2);
  }

  @Test
  void aPartWrittenAloneConformsToThePublishedSchema() throws IOException {
    Dataset part = SampleCounty.dataset().partition(Dataset.byAncestorAt(1)).values().stream()
        .filter(p -> !p.externalOrganisations().isEmpty()).findFirst().orElseThrow();
    String json = DatasetFormat.write(part, org.dangjian.core.json.Syntax.JSON);
    assertThat(json).contains("\"external\"");
    com.fasterxml.jackson.databind.JsonNode schemaNode;
    try (var in = DatasetFormat.class.getResourceAsStream(DatasetFormat.SCHEMA_RESOURCE)) {
      schemaNode = new com.fasterxml.jackson.databind.ObjectMapper().readTree(in);
    }
    var schema = com.networknt.schema.JsonSchemaFactory.getInstance(com.networknt.schema.SpecVersion.VersionFlag.V202012)
        .getSchema(schemaNode);
    assertThat(schema.validate(new com.fasterxml.jackson.databind.ObjectMapper().readTree(json))).isEmpty();
  }
}
