package org.dangjian.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;
import java.util.Map;
import org.dangjian.core.TestCounty;
import org.dangjian.core.ValidationException;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.member.MemberId;
import org.dangjian.core.org.OrganisationId;
import org.dangjian.core.org.OrganisationKind;
import org.dangjian.core.time.ReportingPeriod;
import org.junit.jupiter.api.Test;

class DangjianModuleTest {
  private final ObjectMapper mapper = DangjianJson.jsonMapper();

  record Payload(OrganisationId organisation, OrganisationKind kind, ReportingPeriod period, List<MemberId> members) {}

  @Test
  void valuesTravelAsTheirTextAndCodes() throws JsonProcessingException {
    Payload payload = new Payload(OrganisationId.of("lh"), OrganisationKind.JOINT_BRANCH, ReportingPeriod.parse("2024-Q3"),
        List.of(MemberId.of("m14"), MemberId.of("m15")));
    String json = mapper.writer().without(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT).writeValueAsString(payload);
    assertThat(json).isEqualTo("{\"organisation\":\"lh\",\"kind\":\"joint-branch\",\"period\":\"2024-Q3\",\"members\":[\"m14\",\"m15\"]}");
    assertThat(mapper.readValue(json, Payload.class)).isEqualTo(payload);
  }

  @Test
  void badTextsAreLocatedJacksonErrors() {
    assertThatThrownBy(() -> mapper.readValue("{\"kind\": \"jointbranch\"}", Payload.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("unknown organisation kind 'jointbranch'")
        .hasMessageContaining("line: 1, column: 10");
    assertThatThrownBy(() -> mapper.readValue("{\"period\": \"2024-Q5\"}", Payload.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("'2024-Q5' is not a reporting period");
    assertThatThrownBy(() -> mapper.readValue("{\"members\": [\"bad id\"]}", Payload.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("not a valid member id");
    assertThatThrownBy(() -> mapper.readValue("{\"kind\": 3}", Payload.class))
        .isInstanceOf(com.fasterxml.jackson.databind.exc.MismatchedInputException.class);
  }

  @Test
  void datasetsEmbedInOtherDocuments() throws JsonProcessingException {
    Dataset county = TestCounty.dataset();
    String json = mapper.writeValueAsString(Map.of("dataset", county));
    Map<String, Dataset> back = mapper.readValue(json, new com.fasterxml.jackson.core.type.TypeReference<Map<String, Dataset>>() {});
    assertThat(back.get("dataset")).isEqualTo(county);
    String broken = json.replace("\"branch\": \"xx1\"", "\"branch\": \"xx9\"");
    assertThatThrownBy(() -> mapper.readValue(broken, new com.fasterxml.jackson.core.type.TypeReference<Map<String, Dataset>>() {}))
        .isInstanceOf(com.fasterxml.jackson.databind.JsonMappingException.class)
        .hasMessageContaining("members[10].branch: dangling-reference")
        .hasCauseInstanceOf(ValidationException.class);
  }

  @Test
  void yamlMapperIsAsStrict() {
    assertThatThrownBy(() -> DangjianJson.yamlMapper().readValue("kind: branch\nextra: 1\n", Payload.class))
        .hasMessageContaining("Unrecognized field \"extra\"");
  }
}
