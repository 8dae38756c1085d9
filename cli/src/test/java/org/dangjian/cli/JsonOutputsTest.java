package org.dangjian.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import org.dangjian.core.json.DangjianJson;
import org.dangjian.core.json.Syntax;
import org.junit.jupiter.api.Test;

/** {@code diff --format json} and {@code calendar --format json}, held to the schemas {@code dangjian schema} prints. */
class JsonOutputsTest {

  private static JsonSchema schema(String name) throws IOException {
    MainTest.Run printed = MainTest.run("schema", name);
    assertThat(printed.status()).isZero();
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(json(printed.out()));
  }

  private static JsonNode json(String text) throws IOException {
    return DangjianJson.mapper(Syntax.JSON).readTree(text);
  }

  @Test
  void theDiffOfARuleChangeWithItsCardsMatchesTheDiffSchema() throws IOException {
    MainTest.Run run = MainTest.run("diff", "--from", "cn-national", "--to", "county-first-topic", "--scheme", "branch-stars",
        "--format", "json");
    assertThat(run.status()).as(run.err()).isZero();
    JsonNode diff = json(run.out());
    assertThat(diff.get("schema").textValue()).isEqualTo("dangjian/compliance-diff@1");
    assertThat(diff.get("from").textValue()).isEqualTo("cn-national@2024.1");
    assertThat(diff.get("added")).isNotEmpty();
    assertThat(diff.get("added").get(0).get("organisationName").textValue()).contains("清河县");
    assertThat(diff.get("cards")).isNotEmpty();
    assertThat(diff.get("scheme").textValue()).startsWith("branch-stars@");
    assertThat(schema("diff").validate(diff)).isEmpty();
    ((com.fasterxml.jackson.databind.node.ObjectNode) diff.get("added").get(0)).remove("organisationName");
    assertThat(schema("diff").validate(diff)).as("a finding without its organisation's name").isNotEmpty();
    JsonNode plain = json(MainTest.run("diff", "--from", "cn-national", "--to", "cn-national", "--format", "json").out());
    assertThat(plain.get("added")).isEmpty();
    assertThat(plain.has("cards")).isFalse();
    assertThat(schema("diff").validate(plain)).isEmpty();
  }

  @Test
  void theLettersMatchTheLetterAttainmentSchema() throws IOException {
    MainTest.Run run = MainTest.run("letters", "--format", "json");
    assertThat(run.status()).as(run.err()).isZero();
    JsonNode letters = json(run.out());
    assertThat(letters.get("letters")).isNotEmpty();
    assertThat(schema("letters").validate(letters)).isEmpty();
    ((com.fasterxml.jackson.databind.node.ObjectNode) letters.get("letters").get(0).get("items").get(0)).put("status", "late");
    assertThat(schema("letters").validate(letters)).as("an unknown status").isNotEmpty();
  }

  @Test
  void theCalendarMatchesTheCalendarSchema() throws IOException {
    MainTest.Run run = MainTest.run("calendar", "--as-of", "2024-10-01", "--format", "json");
    assertThat(run.status()).as(run.err()).isZero();
    JsonNode calendar = json(run.out());
    assertThat(calendar.get("schema").textValue()).isEqualTo("dangjian/calendar@1");
    assertThat(calendar.get("due")).isNotEmpty();
    JsonNode first = calendar.get("due").get(0);
    assertThat(first.get("organisationName").textValue()).isNotBlank();
    assertThat(first.get("activityTypeLabel").get("zh").textValue()).isNotBlank();
    assertThat(schema("calendar").validate(calendar)).isEmpty();
    assertThat(MainTest.run("calendar", "--as-of", "2024-10-01", "--format", "xml").status()).isEqualTo(2);
  }

  @Test
  void theComposedSchemasTakeTheReportsAndTheBoardsDefinitions() throws IOException {
    JsonNode diff = json(MainTest.run("schema", "diff").out());
    JsonNode report = json(MainTest.run("schema", "report").out());
    JsonNode board = json(MainTest.run("schema", "board").out());
    assertThat(diff.get("$defs").get("finding")).isEqualTo(report.get("$defs").get("finding"));
    assertThat(diff.get("$defs").get("card")).isEqualTo(board.get("$defs").get("card"));
    assertThat(json(MainTest.run("schema", "calendar").out()).get("$defs").get("due")).isEqualTo(report.get("$defs").get("due"));
  }
}
