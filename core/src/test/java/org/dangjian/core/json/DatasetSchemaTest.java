package org.dangjian.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.dangjian.core.Labelled;
import org.dangjian.core.member.Gender;
import org.dangjian.core.member.MemberCategory;
import org.dangjian.core.org.CommitteeRole;
import org.dangjian.core.org.GovernanceModel;
import org.dangjian.core.org.OrganisationKind;
import org.dangjian.core.org.UnitKind;
import org.junit.jupiter.api.Test;

/** The published JSON Schema accepts what the library writes, rejects what it refuses, and knows every code. */
class DatasetSchemaTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static JsonNode schemaNode() throws IOException {
    try (InputStream in = DatasetFormat.class.getResourceAsStream(DatasetFormat.SCHEMA_RESOURCE)) {
      return JSON.readTree(in);
    }
  }

  static Set<ValidationMessage> validate(JsonNode document) throws IOException {
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaNode());
    return schema.validate(document);
  }

  @Test
  void theSampleFilesConformInBothSyntaxes() throws IOException {
    assertThat(validate(JSON.readTree(DatasetFormatTest.resource("small-county.json")))).isEmpty();
    JsonNode yaml = DangjianJson.yamlMapper().readTree(DatasetFormatTest.resource("small-county.yaml"));
    assertThat(validate(yaml)).isEmpty();
  }

  @Test
  void whatTheLibraryWritesOfPostponementsAndReceiptsConforms() throws IOException {
    org.dangjian.core.TestCounty county = new org.dangjian.core.TestCounty();
    county.replaceOrganisation("zx-b1", o -> o.withCommittee(o.committee().orElseThrow().withPostponement(
        new org.dangjian.core.org.Postponement(org.dangjian.core.org.OrganisationId.of("zx"), java.time.LocalDate.of(2025, 8, 1), 6))));
    county.replaceMember("m13", m -> org.dangjian.core.member.Member.builder().from(m).addHistory(
        ((org.dangjian.core.member.MemberEvent.TransferredOut) org.dangjian.core.member.Pipeline.transferredOut("2024-11-02"))
            .withReceipt(java.time.LocalDate.of(2024, 11, 20))).build());
    String json = DatasetFormat.write(county.build(), Syntax.JSON);
    assertThat(json).contains("\"postponement\"").contains("\"receipt\": \"2024-11-20\"");
    assertThat(validate(JSON.readTree(json))).isEmpty();
    assertThat(validate(JSON.readTree(json.replace("\"months\": 6", "\"months\": 13")))).isNotEmpty();
  }

  @Test
  void theSchemaRejectsUnknownFieldsCodesAndMalformedDates() throws IOException {
    String json = DatasetFormatTest.resource("small-county.json");
    assertThat(validate(JSON.readTree(json.replace("\"name\": \"徐明\",", "\"name\": \"徐明\", \"nickname\": \"x\","))))
        .extracting(ValidationMessage::getMessage).anySatisfy(m -> assertThat(m).contains("nickname"));
    assertThat(validate(JSON.readTree(json.replace("\"kind\": \"joint-branch\"", "\"kind\": \"joint_branch\"")))).isNotEmpty();
    assertThat(validate(JSON.readTree(json.replace("\"birthDate\": \"1981-02-04\"", "\"birthDate\": \"1981-2-4\"")))).isNotEmpty();
    assertThat(validate(JSON.readTree(json.replace("dangjian/dataset@1", "dangjian/dataset@2")))).isNotEmpty();
  }

  @Test
  void everyCodeOfTheLibraryIsInTheSchemaAndNoOther() throws IOException {
    JsonNode defs = schemaNode().get("$defs");
    assertEnum(defs, "unitKind", UnitKind.values());
    assertEnum(defs, "governanceModel", GovernanceModel.values());
    assertEnum(defs, "organisationKind", OrganisationKind.values());
    assertEnum(defs, "committeeRole", CommitteeRole.values());
    assertEnum(defs, "gender", Gender.values());
    assertEnum(defs, "memberCategory", MemberCategory.values());
    assertEnum(defs, "memberStatus", org.dangjian.core.member.MemberStatus.values());
    assertEnum(defs, "sanctionKind", org.dangjian.core.member.SanctionKind.values());
    assertEnum(defs, "removalKind", org.dangjian.core.member.RemovalKind.values());
    assertEnum(defs, "commitmentOutcome", org.dangjian.core.assessment.CommitmentOutcome.values());
    assertEnum(defs, "appraisalGrade", org.dangjian.core.assessment.AppraisalGrade.values());
    assertEnum(defs, "reportGrade", org.dangjian.core.assessment.ReportGrade.values());
    List<String> eventTypes = java.util.stream.StreamSupport.stream(defs.get("event").get("oneOf").spliterator(), false)
        .map(e -> e.get("properties").get("type").get("const").asText()).toList();
    assertThat(eventTypes).containsExactlyElementsOf(
        Arrays.stream(org.dangjian.core.member.EventType.values()).map(Labelled::code).toList());
  }

  private static void assertEnum(JsonNode defs, String name, Labelled[] values) {
    List<String> inSchema = java.util.stream.StreamSupport.stream(defs.get(name).get("enum").spliterator(), false)
        .map(JsonNode::asText).toList();
    assertThat(inSchema).as(name).containsExactlyElementsOf(Arrays.stream(values).map(Labelled::code).toList());
  }
}
