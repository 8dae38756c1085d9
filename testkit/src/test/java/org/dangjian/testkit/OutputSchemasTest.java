package org.dangjian.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import org.dangjian.core.dataset.Dataset;
import org.dangjian.core.json.DangjianJson;
import org.dangjian.core.json.Syntax;
import org.dangjian.core.time.ReportingPeriod;
import org.dangjian.rules.ComplianceEngine;
import org.dangjian.rules.ComplianceReport;
import org.dangjian.rules.ComplianceReportFormat;
import org.dangjian.rules.RuleSetRegistry;
import org.dangjian.scoring.SchemeRegistry;
import org.dangjian.scoring.ScoreBoardFormat;
import org.dangjian.scoring.ScoringEngine;
import org.dangjian.scoring.ScoringScheme;
import org.junit.jupiter.api.Test;

/**
 * The published JSON Schemas of the outputs accept what the library writes — the compliance report of the sample
 * county and a generated one under every built-in set, with and without work still due; the score board of every
 * built-in scheme — and refuse a document with a stray or missing field.
 */
class OutputSchemasTest {
  private static final LocalDate YEAR_END = LocalDate.of(2024, 12, 31);

  private static JsonSchema schema(String resource) throws IOException {
    try (InputStream in = OutputSchemasTest.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(DangjianJson.mapper(Syntax.JSON).readTree(in));
    }
  }

  private static JsonNode json(String text) throws IOException {
    return DangjianJson.mapper(Syntax.JSON).readTree(text);
  }

  private static ComplianceReport evaluate(Dataset dataset, String set, LocalDate asOf) {
    return ComplianceEngine.evaluate(dataset, RuleSetRegistry.standard().resolve(set, asOf), ReportingPeriod.year(2024), asOf);
  }

  @Test
  void everyReportMatchesTheReportSchema() throws IOException {
    JsonSchema schema = schema(ComplianceReportFormat.SCHEMA_RESOURCE);
    int due = 0;
    for (String set : RuleSetRegistry.standard().ids()) {
      for (Dataset dataset : List.of(SampleCounty.dataset(), RegionGenerator.generate(RegionGenerator.Size.COUNTY, 11))) {
        for (LocalDate asOf : List.of(YEAR_END, LocalDate.of(2024, 10, 15))) {
          ComplianceReport report = evaluate(dataset, set, asOf);
          due += report.due().size();
          JsonNode document = json(ComplianceReportFormat.write(report));
          assertThat(schema.validate(document)).as(set + " as of " + asOf).isEmpty();
        }
      }
    }
    assertThat(due).as("reports with work still due were checked").isPositive();
  }

  @Test
  void everyBoardMatchesTheBoardSchema() throws IOException {
    JsonSchema schema = schema(ScoreBoardFormat.SCHEMA_RESOURCE);
    Dataset dataset = SampleCounty.dataset();
    ComplianceReport report = evaluate(dataset, "cn-national", YEAR_END);
    for (String id : SchemeRegistry.standard().ids()) {
      ScoringScheme scheme = SchemeRegistry.standard().resolve(id, YEAR_END);
      String written = ScoreBoardFormat.write(ScoringEngine.score(dataset, scheme, Year.of(2024), report), scheme);
      // One number format per field: every amount with two decimals (the built-in schemes never need more).
      java.util.regex.Matcher amounts = java.util.regex.Pattern.compile("\"(total|base|lines|score|worth|points)\": ?(-?[0-9.E+]+)")
          .matcher(written);
      int seen = 0;
      while (amounts.find()) {
        assertThat(amounts.group(2)).as(id + " " + amounts.group(1)).matches("-?[0-9]+\\.[0-9]{2}");
        seen++;
      }
      assertThat(seen).as(id + ": amounts checked").isPositive();
      JsonNode document = json(written);
      assertThat(document.get("cards")).as(id).isNotEmpty();
      assertThat(schema.validate(document)).as(id).isEmpty();
    }
  }

  @Test
  void aStrayOrMissingFieldIsRefused() throws IOException {
    JsonSchema reports = schema(ComplianceReportFormat.SCHEMA_RESOURCE);
    JsonNode report = json(ComplianceReportFormat.write(evaluate(SampleCounty.dataset(), "cn-national", YEAR_END)));
    ((ObjectNode) report.get("findings").get(0)).put("colour", "red");
    assertThat(reports.validate(report)).extracting(Object::toString).anyMatch(m -> m.contains("colour"));
    ((ObjectNode) report.get("findings").get(0)).remove("colour");
    ((ObjectNode) report.get("findings").get(0)).remove("severityLabel");
    assertThat(reports.validate(report)).extracting(Object::toString).anyMatch(m -> m.contains("severityLabel"));
    ((ObjectNode) report.get("findings").get(0)).put("severityLabel", "违规");
    assertThat(reports.validate(report)).isNotEmpty();
  }
}
