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
   * @param written an object as the library wrote it, with an {@code organisation} id (a finding, a due item)
   * @param dataset the dataset that names the organisation
   * @return a copy with {@code organisationName} after the id: the organisation's name, or the id if it has none
   */
  static ObjectNode withOrganisationName(ObjectNode written, org.dangjian.core.dataset.Dataset dataset) {
    String id = written.get("organisation").textValue();
    String name = dataset.organisation(org.dangjian.core.org.OrganisationId.of(id)).map(o -> o.name()).orElse(id);
    ObjectNode copy = written.objectNode();
    written.properties().forEach(e -> {
      copy.set(e.getKey(), e.getValue());
      if (e.getKey().equals("organisation")) {
        copy.put("organisationName", name);
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
