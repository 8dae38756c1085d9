package org.dangjian.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.dangjian.core.DangjianException;
import org.dangjian.core.json.DangjianJson;
import org.dangjian.core.json.Syntax;

/** The command line's own JSON documents (diff, calendar): written as the library writes its reports. */
final class Json {
  private Json() {}

  /**
   * @param written an object as the library wrote it
   * @param field a field to put after {@code organisation}
   * @param value its value
   * @return a copy with the field in that place
   */
  static ObjectNode named(ObjectNode written, String field, String value) {
    ObjectNode copy = written.objectNode();
    written.properties().forEach(e -> {
      copy.set(e.getKey(), e.getValue());
      if (e.getKey().equals("organisation")) {
        copy.put(field, value);
      }
    });
    return copy;
  }

  /** @return the document indented as the library's reports are, ending with a line break */
  static String text(JsonNode document) {
    try {
      return DangjianJson.mapper(Syntax.JSON).writeValueAsString(document) + "\n";
    } catch (JsonProcessingException e) {
      throw new DangjianException("cannot write the document: " + e.getOriginalMessage(), e);
    }
  }
}
