package org.dangjian.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.dangjian.core.json.DangjianJson;
import org.dangjian.core.json.Syntax;
import org.dangjian.rules.RuleSetDefinition;
import org.dangjian.scoring.LetterTemplate;
import org.dangjian.scoring.SchemeDefinition;
import org.dangjian.testkit.scenario.Scenario;
import org.junit.jupiter.api.Test;

/** The published JSON Schemas of rule sets, schemes, letter templates and scenarios accept every file the project ships and reject strays. */
class FileSchemasTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private static JsonSchema schema(String resource) throws IOException {
    try (InputStream in = FileSchemasTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(DangjianJson.mapper(Syntax.JSON).readTree(in));
    }
  }

  private static JsonNode yaml(Path file) throws IOException {
    return DangjianJson.mapper(Syntax.YAML).readTree(Files.readString(file));
  }

  private static List<Path> files(String folder, String schemaTag) throws IOException {
    try (Stream<Path> files = Files.walk(ROOT.resolve(folder))) {
      return files.filter(f -> f.toString().endsWith(".yaml")).filter(f -> {
        try {
          return Files.readString(f).contains("schema: " + schemaTag);
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).sorted().toList();
    }
  }

  private static void assertAccepts(String resource, String schemaTag, String... folders) throws IOException {
    JsonSchema schema = schema(resource);
    int checked = 0;
    for (String folder : folders) {
      for (Path file : files(folder, schemaTag)) {
        assertThat(schema.validate(yaml(file))).as(file.toString()).isEmpty();
        checked++;
      }
    }
    assertThat(checked).as("files checked against " + resource).isPositive();
  }

  @Test
  void ruleSetFilesMatchTheirSchema() throws IOException {
    assertAccepts(RuleSetDefinition.SCHEMA_RESOURCE, RuleSetDefinition.SCHEMA, "rules/src/main/resources", "examples/policy-author");
  }

  @Test
  void schemeFilesMatchTheirSchema() throws IOException {
    assertAccepts(SchemeDefinition.SCHEMA_RESOURCE, SchemeDefinition.SCHEMA, "scoring/src/main/resources");
  }

  @Test
  void letterFilesMatchTheirSchema() throws IOException {
    assertAccepts(LetterTemplate.SCHEMA_RESOURCE, LetterTemplate.SCHEMA, "scoring/src/main/resources");
  }

  @Test
  void scenarioFilesMatchTheirSchema() throws IOException {
    assertAccepts(Scenario.SCHEMA_RESOURCE, Scenario.SCHEMA, "rules/src/main/resources", "scoring/src/main/resources",
        "testkit/src/main/resources", "examples/policy-author");
  }

  @Test
  void strayKeysAndBadValuesAreRejected() throws IOException {
    JsonNode scheme = yaml(ROOT.resolve("scoring/src/main/resources/org/dangjian/scoring/schemes/member-points.yaml"));
    ((com.fasterxml.jackson.databind.node.ObjectNode) scheme.get("items").get(0)).put("pionts", 1);
    assertThat(schema(SchemeDefinition.SCHEMA_RESOURCE).validate(scheme)).isNotEmpty();
    JsonNode rules = yaml(ROOT.resolve("examples/policy-author/county.yaml"));
    ((com.fasterxml.jackson.databind.node.ObjectNode) rules.get("rules").get(0)).put("severity", "severe");
    assertThat(schema(RuleSetDefinition.SCHEMA_RESOURCE).validate(rules)).isNotEmpty();
    JsonNode letter = yaml(ROOT.resolve("scoring/src/main/resources/org/dangjian/scoring/letters/county-school-letter.yaml"));
    ((com.fasterxml.jackson.databind.node.ObjectNode) letter.get("items").get(0)).put("direction", "above");
    assertThat(schema(LetterTemplate.SCHEMA_RESOURCE).validate(letter)).isNotEmpty();
    JsonNode scenario = yaml(ROOT.resolve("examples/policy-author/lecture-missed.scenario.yaml"));
    ((com.fasterxml.jackson.databind.node.ObjectNode) scenario).put("window", "2024-13-01");
    assertThat(schema(Scenario.SCHEMA_RESOURCE).validate(scenario)).isNotEmpty();
  }
}
