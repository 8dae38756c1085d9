package org.dangjian.core.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A parser context's path, read off the contexts, is the one its JSON pointer gives, at every token. */
class JacksonPathsTest {
  private static List<String> mismatches(String json) throws IOException {
    List<String> mismatches = new ArrayList<>();
    int tokens = 0;
    try (JsonParser parser = new JsonFactory().createParser(json)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        tokens++;
        String expected = JacksonProblems.fromPointer(parser.getParsingContext().pathAsPointer().toString());
        String actual = JacksonProblems.pathOf(parser.getParsingContext());
        if (!expected.equals(actual)) {
          mismatches.add(token + " at " + parser.currentTokenLocation() + ": " + actual + " instead of " + expected);
        }
      }
    }
    assertThat(tokens).isPositive();
    return mismatches;
  }

  @Test
  void everyTokenOfADocumentHasItsPointersPath() throws IOException {
    assertThat(mismatches("{\"members\": [{\"name\": \"甲\", \"history\": [{\"type\": \"applied\", \"letter\": {\"n\": 1}}, {}]}, [], [[1, 2], {}]],"
        + " \"a/b\": {\"~x\": [null, true]}, \"2024\": {\"7\": []}, \"\": {\"\": [\"\"]}, \"end\": {}}")).isEmpty();
    assertThat(mismatches("[1, {\"a\": [2, {\"b\": 3}]}, []]")).isEmpty();
    assertThat(mismatches("\"only a value\"")).isEmpty();
  }

  @Test
  void theSampleCountysTokensHaveTheirPointersPaths() throws IOException {
    try (java.io.InputStream in = JacksonPathsTest.class.getResourceAsStream("/org/dangjian/core/json/small-county.json")) {
      assertThat(mismatches(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))).isEmpty();
    }
  }

  @Test
  void aPathWithoutAContextIsEmpty() {
    assertThat(JacksonProblems.pathOf((com.fasterxml.jackson.core.JsonStreamContext) null)).isEmpty();
    assertThat(JacksonProblems.fromPointer("/members/3/birthDate")).isEqualTo("members[3].birthDate");
    assertThat(JacksonProblems.fromPointer("/a~1b/~0x")).isEqualTo("a/b.~x");
  }
}
