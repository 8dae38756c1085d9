package org.dangjian.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.json.DangjianJson;
import org.dangjian.core.json.DatasetFormat;
import org.dangjian.core.json.Syntax;
import org.dangjian.core.member.Member;
import org.dangjian.core.member.MemberCategory;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.org.OrganisationKind;
import org.junit.jupiter.api.Test;

class SampleCountyTest {
  private final Dataset county = SampleCounty.dataset();

  private Organisation org(String id) {
    return county.organisation(OrganisationId.of(id)).orElseThrow();
  }

  @Test
  void hasTheShapeOfTheCountyInTheDomainReference() {
    assertThat(county.units()).hasSize(30);
    assertThat(county.tree().roots()).extracting(o -> o.id().value()).containsExactly("jyj");
    assertThat(county.tree().children(OrganisationId.of("jyj"))).hasSize(18);
    assertThat(county.organisations()).filteredOn(o -> o.kind().isBranch()).hasSize(23);
    assertThat(county.tree().ofKind(OrganisationKind.JOINT_BRANCH)).hasSize(4);
    assertThat(county.tree().ofKind(OrganisationKind.GROUP)).isNotEmpty()
        .allSatisfy(g -> assertThat(county.membersOf(g.id())).isNotEmpty());
    assertThat(county.members()).hasSizeBetween(550, 650);
    assertThat(county.members()).extracting(Member::category)
        .contains(MemberCategory.TEACHER, MemberCategory.STAFF, MemberCategory.STUDENT, MemberCategory.RETIRED);
    assertThat(county.membersOf(OrganisationId.of("ltx"))).extracting(Member::category).containsOnly(MemberCategory.RETIRED);
  }

  @Test
  void studentsAreAdults() {
    LocalDate start = LocalDate.of(2024, 1, 1);
    assertThat(county.members()).filteredOn(m -> m.category() == MemberCategory.STUDENT)
        .isNotEmpty()
        .allSatisfy(m -> assertThat(m.ageOn(start)).isGreaterThanOrEqualTo(17));
  }

  @Test
  void carriesTheDeliberateImperfections() {
    assertThat(county.membersOf(OrganisationId.of("yz-b1"))).hasSizeGreaterThan(50);
    assertThat(org("cg2").committee().orElseThrow().termEnd()).isBefore(LocalDate.of(2024, 1, 1));
    assertThat(org("xd").units()).hasSizeGreaterThan(5);
    assertThat(org("njcz").committee()).isEmpty();
    assertThat(county.membersOf(OrganisationId.of("njcz"))).hasSizeGreaterThanOrEqualTo(7);
  }

  @Test
  void isShippedInCanonicalFormAndRoundTrips() {
    String shipped = new String(SampleCounty.bytes(), StandardCharsets.UTF_8);
    assertThat(DatasetFormat.write(county, Syntax.JSON)).isEqualTo(shipped);
    String yaml = DatasetFormat.write(county, Syntax.YAML);
    assertThat(DatasetFormat.read(yaml, "county.yaml", Syntax.YAML)).isEqualTo(county);
  }

  @Test
  void conformsToThePublishedSchemaInBothSyntaxes() throws IOException {
    var schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode());
    assertThat(schema.validate(new ObjectMapper().readTree(SampleCounty.bytes()))).isEmpty();
    String yaml = DatasetFormat.write(county, Syntax.YAML);
    assertThat(schema.validate(DangjianJson.yamlMapper().readTree(yaml))).isEmpty();
  }

  @Test
  void positionHoldersIncludeHistory() {
    List<org.dangjian.core.org.Position> bureau = org("jyj").committee().orElseThrow().positions();
    assertThat(bureau).anySatisfy(p -> assertThat(p.to()).isPresent());
    assertThat(bureau.stream().filter(p -> p.heldOn(LocalDate.of(2024, 9, 1))).count()).isEqualTo(5);
  }

  private static com.fasterxml.jackson.databind.JsonNode schemaNode() throws IOException {
    try (InputStream in = DatasetFormat.class.getResourceAsStream(DatasetFormat.SCHEMA_RESOURCE)) {
      return new ObjectMapper().readTree(in);
    }
  }
}
