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
import org.dangjian.core.member.MemberFacts;
import org.dangjian.core.member.MemberStatus;
import org.dangjian.core.org.Organisation;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.org.OrganisationKind;
import org.junit.jupiter.api.Test;

class SampleCountyTest {
  private static final LocalDate END_OF_2024 = LocalDate.of(2024, 12, 31);
  private final Dataset county = SampleCounty.dataset();

  private java.util.Map<MemberStatus, Long> statusesOn(LocalDate date) {
    return county.members().stream().collect(java.util.stream.Collectors.groupingBy(m -> m.factsOn(date).status(),
        () -> new java.util.EnumMap<>(MemberStatus.class), java.util.stream.Collectors.counting()));
  }

  @Test
  void everyoneHasAHistoryAndTheStatusesOfARealCounty() {
    assertThat(statusesOn(END_OF_2024)).containsExactlyEntriesOf(new java.util.EnumMap<>(java.util.Map.of(
        MemberStatus.APPLICANT, 9L, MemberStatus.ACTIVIST, 8L, MemberStatus.CANDIDATE, 4L,
        MemberStatus.PROBATIONARY, 6L, MemberStatus.FULL, 563L, MemberStatus.SUSPENDED, 1L)));
    assertThat(county.members()).allSatisfy(m -> assertThat(m.status()).isEqualTo(m.factsOn(END_OF_2024).status()));
  }

  @Test
  void recordsTheCasesTheRulesWillJudge() {
    // A probationary member whose probation ended long before the end of 2024, still unconfirmed.
    assertThat(county.membersOf(OrganisationId.of("zj-b1"))).anySatisfy(m -> {
      MemberFacts facts = m.factsOn(END_OF_2024);
      assertThat(facts.status()).isEqualTo(MemberStatus.PROBATIONARY);
      assertThat(facts.probationEnd()).hasValueSatisfying(end -> assertThat(end).isBefore(LocalDate.of(2024, 1, 1)));
    });
    // A candidate designated less than a year after becoming an activist.
    assertThat(county.membersOf(OrganisationId.of("yz-b1"))).anySatisfy(m -> {
      MemberFacts facts = m.factsOn(END_OF_2024);
      assertThat(facts.status()).isEqualTo(MemberStatus.CANDIDATE);
      assertThat(facts.candidateSince().orElseThrow()).isBefore(facts.activistSince().orElseThrow().plusYears(1));
    });
    // A student who applied before turning 18.
    assertThat(county.members()).anySatisfy(m -> {
      assertThat(m.category()).isEqualTo(MemberCategory.STUDENT);
      assertThat(m.ageOn(m.factsOn(END_OF_2024).applied().orElseThrow())).isLessThan(18);
    });
    // A member under 留党察看 through 2024, without voting rights.
    assertThat(county.members()).anySatisfy(m -> {
      assertThat(m.factsOn(END_OF_2024).underProbationWithinParty()).isTrue();
      assertThat(m.factsOn(END_OF_2024).hasVotingRights()).isFalse();
    });
  }

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
  void studentsAreInTheDevelopmentPipeline() {
    assertThat(county.members()).filteredOn(m -> m.category() == MemberCategory.STUDENT)
        .hasSize(6)
        .allSatisfy(m -> assertThat(m.status().isInDevelopment()).isTrue());
  }

  @Test
  void carriesTheDeliberateImperfections() {
    assertThat(county.membersOf(OrganisationId.of("yz-b1")))
        .filteredOn(m -> m.factsOn(END_OF_2024).status().isMember()).hasSizeGreaterThan(50);
    assertThat(org("cg2").committee().orElseThrow().termEnd()).isBefore(LocalDate.of(2024, 1, 1));
    assertThat(org("xd").units()).hasSizeGreaterThan(5);
    assertThat(org("njcz").committee()).isEmpty();
    assertThat(county.membersOf(OrganisationId.of("njcz"))).hasSizeGreaterThanOrEqualTo(7);
  }

  @Test
  void isShippedInCanonicalFormAndRoundTrips() {
    String shipped = new String(SampleCounty.bytes(), StandardCharsets.UTF_8);
    // The records themselves: personal data included, as the generator's instructions write them.
    assertThat(DatasetFormat.write(county, Syntax.JSON, org.dangjian.core.json.Layout.RECORD_PER_LINE,
        DatasetFormat.PersonalDataPolicy.INCLUDE)).isEqualTo(shipped);
    String yaml = DatasetFormat.write(county, Syntax.YAML, org.dangjian.core.json.Layout.INDENTED, DatasetFormat.PersonalDataPolicy.INCLUDE);
    assertThat(DatasetFormat.read(yaml, "county.yaml", Syntax.YAML)).isEqualTo(county);
    // By default the writer leaves national ID and phone numbers out, and nothing else.
    Dataset shared = DatasetFormat.read(DatasetFormat.write(county, Syntax.YAML), "shared.yaml", Syntax.YAML);
    assertThat(shared.members()).allSatisfy(m -> assertThat(m.nationalId().isEmpty() && m.phone().isEmpty()).isTrue());
    assertThat(DatasetFormat.write(shared, Syntax.JSON)).isEqualTo(DatasetFormat.write(county, Syntax.JSON));
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
