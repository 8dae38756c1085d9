package org.dangjian.core.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dangjian.core.json.DatasetFormat;
import org.junit.jupiter.api.Test;

/**
 * The published schema and the kinds' formats say the same: each kind's definition in
 * {@code dataset-1.schema.json} (named by its element) has exactly its format's fields, in its order, and
 * requires what the format requires — so a kind's new field cannot be forgotten in the schema.
 */
class RecordFormatSchemaTest {

  private static JsonNode published() throws IOException {
    try (InputStream in = DatasetFormat.class.getResourceAsStream(DatasetFormat.SCHEMA_RESOURCE)) {
      return new ObjectMapper().readTree(in);
    }
  }

  @Test
  void everyKindsDefinitionHasItsFormatsFieldsAndRequirements() throws IOException {
    JsonNode definitions = published().get("$defs");
    for (RecordKind<?> kind : RecordKinds.builtIn().all()) {
      JsonNode definition = definitions.get(kind.element());
      assertThat(definition).as("the schema's definition of %s", kind.element()).isNotNull();
      List<String> properties = new ArrayList<>();
      definition.get("properties").fieldNames().forEachRemaining(properties::add);
      Map<String, Object> generated = kind.format().schema();
      @SuppressWarnings("unchecked")
      Map<String, Object> generatedProperties = (Map<String, Object>) generated.get("properties");
      assertThat(properties).as("%s's fields", kind.element()).containsExactlyElementsOf(generatedProperties.keySet());
      List<String> required = new ArrayList<>();
      definition.path("required").forEach(r -> required.add(r.asText()));
      assertThat(required).as("%s's required fields", kind.element())
          .containsExactlyInAnyOrderElementsOf(asStrings(generated.getOrDefault("required", List.of())));
      assertThat(definition.get("additionalProperties").asBoolean(true)).isFalse();
      // An optional field may be written as null (absent), so the schema takes null for it too.
      for (String name : properties) {
        if (!required.contains(name)) {
          assertThat(allowsNull(definition.get("properties").get(name))).as("%s.%s, optional, allows null", kind.element(), name).isTrue();
        }
      }
    }
  }

  private static boolean allowsNull(JsonNode property) {
    boolean inAnyOf = false;
    for (JsonNode alternative : property.path("anyOf")) {
      inAnyOf |= alternative.path("type").asText().equals("null");
    }
    boolean inTypes = false;
    for (JsonNode type : property.path("type")) {
      inTypes |= type.asText().equals("null");
    }
    return inAnyOf || inTypes;
  }

  @Test
  void theTopLevelListsEveryKindsCollection() throws IOException {
    JsonNode properties = published().get("properties");
    for (RecordKind<?> kind : RecordKinds.builtIn().all()) {
      assertThat(properties.get(kind.collection())).as(kind.collection()).isNotNull();
      // An optional list may be written as null (absent): the list is the alternative that is not null.
      JsonNode list = properties.get(kind.collection());
      if (list.has("anyOf")) {
        assertThat(list.get("anyOf").get(1).get("type").asText()).isEqualTo("null");
        list = list.get("anyOf").get(0);
      }
      assertThat(list.get("items").get("$ref").asText()).isEqualTo("#/$defs/" + kind.element());
    }
  }

  private static List<String> asStrings(Object list) {
    List<String> strings = new ArrayList<>();
    ((List<?>) list).forEach(o -> strings.add(String.valueOf(o)));
    return strings;
  }
}
