package org.dangjian.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dangjian.core.json.DangjianJson;
import org.dangjian.core.json.DatasetFormat;
import org.dangjian.core.json.Syntax;
import org.dangjian.core.statistics.StatisticsFormat;
import org.dangjian.rules.ComplianceReportFormat;
import org.dangjian.rules.RuleSetDefinition;
import org.dangjian.scoring.LetterAttainmentFormat;
import org.dangjian.scoring.LetterTemplate;
import org.dangjian.scoring.SchemeDefinition;
import org.dangjian.scoring.ScoreBoardFormat;
import org.dangjian.testkit.scenario.Scenario;

/**
 * The JSON Schemas {@code dangjian schema NAME} prints: the file formats' and the outputs'. The diff's and the
 * calendar's are written over the report's and the board's: their {@code $defs} (a finding, a due item, a card…)
 * are copied in when the schema is read, so there is one definition of each.
 */
final class Schemas {
  /** The names, in the order the help lists them. */
  static final List<String> NAMES = List.of("dataset", "ruleset", "scheme", "letter", "scenario", "report", "board", "letters",
      "statistics", "diff", "calendar");

  private static final Map<String, String> RESOURCES = Map.ofEntries(Map.entry("dataset", DatasetFormat.SCHEMA_RESOURCE), Map.entry("ruleset", RuleSetDefinition.SCHEMA_RESOURCE),
      Map.entry("scheme", SchemeDefinition.SCHEMA_RESOURCE), Map.entry("letter", LetterTemplate.SCHEMA_RESOURCE),
      Map.entry("scenario", Scenario.SCHEMA_RESOURCE), Map.entry("report", ComplianceReportFormat.SCHEMA_RESOURCE),
      Map.entry("board", ScoreBoardFormat.SCHEMA_RESOURCE), Map.entry("letters", LetterAttainmentFormat.SCHEMA_RESOURCE),
      Map.entry("statistics", StatisticsFormat.SCHEMA_RESOURCE), Map.entry("diff", "/org/dangjian/cli/compliance-diff-1.schema.json"), Map.entry("calendar", "/org/dangjian/cli/calendar-1.schema.json"));
  /** The schemas whose {@code $defs} each composed one takes in. */
  private static final Map<String, List<String>> TAKES = Map.of("diff", List.of("report", "board"), "calendar", List.of("report"));

  private Schemas() {}

  /**
   * @param name one of {@link #NAMES}
   * @return the schema
   */
  static JsonNode schema(String name) {
    JsonNode schema = read(RESOURCES.get(name));
    for (String taken : TAKES.getOrDefault(name, List.of())) {
      ObjectNode defs = (ObjectNode) schema.get("$defs");
      if (defs == null) {
        defs = ((ObjectNode) schema).putObject("$defs");
      }
      Map<String, JsonNode> own = new LinkedHashMap<>();
      defs.properties().forEach(e -> own.put(e.getKey(), e.getValue()));
      for (Map.Entry<String, JsonNode> def : read(RESOURCES.get(taken)).get("$defs").properties()) {
        if (!own.containsKey(def.getKey())) {
          defs.set(def.getKey(), def.getValue());
        }
      }
    }
    return schema;
  }

  /** @return the schema as {@code dangjian schema} prints it: indented, ending with a line break */
  static String text(String name) {
    if (!TAKES.containsKey(name)) {
      String text = resourceText(RESOURCES.get(name));
      return text.endsWith("\n") ? text : text + "\n";
    }
    com.fasterxml.jackson.core.util.DefaultPrettyPrinter printer = new com.fasterxml.jackson.core.util.DefaultPrettyPrinter()
        .withSeparators(com.fasterxml.jackson.core.util.Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(com.fasterxml.jackson.core.util.Separators.Spacing.AFTER));
    try {
      return DangjianJson.mapper(Syntax.JSON).writer(printer).writeValueAsString(schema(name)) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String resourceText(String resource) {
    try (InputStream in = Schemas.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the schema resource " + resource + " is missing from the jar");
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode read(String resource) {
    try {
      return DangjianJson.mapper(Syntax.JSON).readTree(resourceText(resource));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
