package org.dangjian.testkit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.dangjian.core.json.DangjianJson;
import org.dangjian.core.json.DatasetFormat;
import org.dangjian.core.json.Syntax;
import org.dangjian.rules.RuleSetDefinition;
import org.dangjian.scoring.SchemeDefinition;
import org.dangjian.testkit.scenario.Scenario;
import org.junit.jupiter.api.Test;

/**
 * The published schemas and the readers agree: every document of the loader fuzz corpus that the library reads
 * (the valid seeds and each mutation that still loads) is one its JSON Schema accepts, checked by an independent
 * validator. A schema may be looser than the reader — the library's own checks are stricter — never stricter.
 */
class SchemaAgreementTest {
  private static final Map<String, String> SCHEMAS = Map.of("dataset", DatasetFormat.SCHEMA_RESOURCE,
      "rules", RuleSetDefinition.SCHEMA_RESOURCE, "scheme", SchemeDefinition.SCHEMA_RESOURCE, "scenario", Scenario.SCHEMA_RESOURCE,
      "letter", org.dangjian.scoring.LetterTemplate.SCHEMA_RESOURCE);

  private static JsonSchema schema(String resource) throws IOException {
    try (InputStream in = SchemaAgreementTest.class.getResourceAsStream(resource)) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(DangjianJson.mapper(Syntax.JSON).readTree(in));
    }
  }

  private static byte[] withoutBom(byte[] document) {
    return document.length >= 3 && (document[0] & 0xFF) == 0xEF && (document[1] & 0xFF) == 0xBB && (document[2] & 0xFF) == 0xBF
        ? java.util.Arrays.copyOfRange(document, 3, document.length) : document;
  }

  private static String abbreviate(String text) {
    return text.length() > 60 ? text.substring(0, 60) + "…" : text;
  }

  @Test
  void whateverTheLibraryReadsItsSchemaAccepts() throws IOException {
    List<String> disagreements = new ArrayList<>();
    int checked = 0;
    for (LoaderFuzzTest.Seed seed : LoaderFuzzTest.seeds()) {
      JsonSchema schema = schema(SCHEMAS.get(seed.name().substring(0, seed.name().indexOf('.'))));
      SplittableRandom random = new SplittableRandom(seed.name().hashCode());
      List<byte[]> documents = new ArrayList<>();
      documents.add(seed.content());
      for (int i = 0; i < 1000; i++) {
        documents.add(LoaderFuzzTest.mutate(seed, new SplittableRandom(random.nextLong())).bytes());
      }
      for (int i = 0; i < 250; i++) {
        documents.add(LoaderFuzzTest.hostileMutation(seed, new SplittableRandom(random.nextLong())).bytes());
      }
      for (byte[] document : documents) {
        try {
          seed.load().accept(document);
        } catch (RuntimeException refused) {
          continue;
        }
        // Read as the library reads it: a byte-order mark, which the library skips, is not part of the document.
        JsonNode tree = DangjianJson.mapper(seed.syntax()).readTree(withoutBom(document));
        var messages = schema.validate(tree);
        checked++;
        if (!messages.isEmpty()) {
          disagreements.add(seed.name() + ": " + messages.stream().map(m -> m.getInstanceLocation() + " = "
              + abbreviate(String.valueOf(m.getInstanceNode())) + " (" + m.getType() + ")").toList());
        }
      }
    }
    System.out.println("schema agreement: " + checked + " documents read, " + disagreements.size() + " refused by the schema");
    disagreements.stream().limit(20).forEach(System.out::println);
    assertThat(checked).isGreaterThan(100);
    assertThat(disagreements).isEmpty();
  }

  /**
   * The cases the first versions disagreed on, each read by both: a national ID padded or with a lower-case check
   * letter, names of white space or invisible characters (by Java's and by ECMAScript's reckoning), an id ending in a
   * line break, a date ending in one.
   */
  @Test
  void theReaderAndTheSchemaJudgeTheEdgeCasesAlike() throws IOException {
    JsonSchema schema = schema(DatasetFormat.SCHEMA_RESOURCE);
    LoaderFuzzTest.Seed seed = LoaderFuzzTest.seeds().stream().filter(s -> s.name().equals("dataset.json")).findFirst().orElseThrow();
    Map<String, Map.Entry<String, String>> cases = new java.util.LinkedHashMap<>();
    cases.put("a valid national ID", Map.entry("nationalId", "11010519750302101X"));
    cases.put("a lower-case check letter", Map.entry("nationalId", "11010519750302101x"));
    cases.put("a padded national ID", Map.entry("nationalId", " 11010519750302101X "));
    cases.put("a national ID and a line break", Map.entry("nationalId", "11010519750302101X\n"));
    cases.put("an ideographic space for a name", Map.entry("name", "\u3000"));
    cases.put("a no-break space for a name", Map.entry("name", "\u00a0"));
    cases.put("a zero-width space for a name", Map.entry("name", "\u200b"));
    cases.put("a tab for a name", Map.entry("name", "\t"));
    cases.put("a name and a line break", Map.entry("name", "王建国\n"));
    cases.put("an id and a line break", Map.entry("id", "m01\n"));
    cases.put("a birth date and a line break", Map.entry("birthDate", "1975-03-02\n"));
    List<String> disagreements = new ArrayList<>();
    for (Map.Entry<String, Map.Entry<String, String>> c : cases.entrySet()) {
      JsonNode tree = DangjianJson.mapper(Syntax.JSON).readTree(seed.content());
      ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("members").get(0)).put(c.getValue().getKey(), c.getValue().getValue());
      byte[] bytes = DangjianJson.mapper(Syntax.JSON).writeValueAsBytes(tree);
      boolean read;
      try {
        seed.load().accept(bytes);
        read = true;
      } catch (RuntimeException refused) {
        read = false;
      }
      boolean accepted = schema.validate(tree).isEmpty();
      if (read != accepted) {
        disagreements.add(c.getKey() + ": the reader " + (read ? "reads" : "refuses") + " it, the schema " + (accepted ? "accepts" : "refuses") + " it");
      }
    }
    assertThat(disagreements).isEmpty();
  }
}
