package org.dangjian.core.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.base.ParserBase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reader limits each record's length by a JSON parser's token offsets, read without making locations:
 * from a record's first token to just past its last they span what the locations did, for bytes and for text.
 */
class RecordSpanTest {
  private static long offset(JsonLocation at) {
    return Math.max(at.getByteOffset(), at.getCharOffset());
  }

  /** @return for each record of each collection, its span by offsets and by locations */
  private static List<long[]> spans(JsonParser parser) throws IOException {
    ParserBase base = (ParserBase) parser;
    List<long[]> spans = new ArrayList<>();
    assertThat(parser.nextToken()).isEqualTo(JsonToken.START_OBJECT);
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      JsonToken value = parser.nextToken();
      if (value != JsonToken.START_ARRAY) {
        parser.skipChildren();
        continue;
      }
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        long start = base.getTokenCharacterOffset();
        long startByLocation = offset(parser.currentTokenLocation());
        parser.skipChildren();
        spans.add(new long[] {base.getTokenCharacterOffset() + 1 - start, offset(parser.currentLocation()) - startByLocation});
      }
    }
    return spans;
  }

  @Test
  void aRecordsSpanByOffsetsIsItsSpanByLocations() throws IOException {
    String county;
    try (InputStream in = RecordSpanTest.class.getResourceAsStream("/org/dangjian/core/json/small-county.json")) {
      county = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    JsonFactory factory = new JsonFactory();
    for (JsonParser parser : List.of(factory.createParser(county.getBytes(StandardCharsets.UTF_8)),
        factory.createParser(new java.io.StringReader(county)))) {
      try (parser) {
        List<long[]> spans = spans(parser);
        assertThat(spans).hasSizeGreaterThan(20);
        for (long[] span : spans) {
          assertThat(span[0]).as("%s", parser.getClass().getSimpleName()).isEqualTo(span[1]).isPositive();
        }
      }
    }
  }
}
