package org.dangjian.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dangjian.core.Problem;
import org.dangjian.core.ValidationException;
import org.dangjian.rules.spi.Parameter;
import org.junit.jupiter.api.Test;

/** A rule set's parameters as a decision table and back, to the same YAML. */
class ParameterTableTest {
  private static final RuleSetRegistry REGISTRY = RuleSetRegistry.standard();
  private static final String OVERLAY = """
      schema: dangjian/rule-set@1
      id: my-county
      version: "2025.1"
      title: 某县细则
      effective: {from: 2024-01-01}
      extends: cn-national
      rules:
        # 党课
        - id: party-lecture-yearly
          citation: {document: 某县细则, article: 第五条}
          parameters: {per: quarter}
        - id: branch-size
          description: 党支部党员人数一般不超过45人
          parameters:
            max: 45
        - id: dues-arrears
          parameters:
            minMonths: 5
          # 按季交纳
        - id: secretary-standing
          description: 书记党龄一年以上

      # nothing turned off yet
      disable: []
      """;

  private static String national() throws IOException {
    try (InputStream in = ParameterTableTest.class.getResourceAsStream("/org/dangjian/rules/sets/cn-national.yaml")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static String tableOf(String yaml) {
    RuleSetDefinition definition = RuleSetDefinition.parse(yaml, "set.yaml", org.dangjian.core.json.Syntax.YAML);
    return ParameterTable.csv(REGISTRY.with(definition), definition.id(), definition.effectiveFrom());
  }

  private static ParameterTable.Applied apply(String table, String yaml) {
    return ParameterTable.apply(table, "table.csv", yaml, "set.yaml", REGISTRY);
  }

  private static RuleEntry resolvedRule(String yaml, String rule) {
    RuleSetDefinition definition = RuleSetDefinition.parse(yaml, "set.yaml", org.dangjian.core.json.Syntax.YAML);
    return REGISTRY.with(definition).resolve(definition.id(), definition.effectiveFrom()).entries().stream()
        .filter(e -> e.id().equals(rule)).findFirst().orElseThrow();
  }

  @Test
  void theTableGivesEachRulesParametersWithTheSetThatStatedThemTheirDefaultAndMeaning() {
    String table = ParameterTable.csv(REGISTRY, "cn-national", LocalDate.of(2025, 1, 1));
    assertThat(table).startsWith("rule,type,parameter,value,stated by,default,allowed,含义,meaning\r\n")
        .contains("\r\nbranch-size,branch-size,max,50,cn-national,required,whole number from 1 to 1000,")
        .contains("\r\ncommittee-required,committee-required,minCommitteeSize,3,default,3,whole number from 1 to 50,")
        .contains("\r\nrecord-completeness,record-completeness,require,\"[host, recorder, attendees, absence-reasons, lecturer]\",cn-national,");
    String overlay = tableOf(OVERLAY);
    assertThat(overlay).contains("\r\nbranch-size,branch-size,max,45,my-county,").contains("\r\nparty-lecture-yearly,activity-frequency,per,quarter,my-county,");
  }

  @Test
  void aTableAppliedUnchangedGivesTheFileBackByteForByte() throws IOException {
    for (String yaml : List.of(national(), OVERLAY)) {
      ParameterTable.Applied applied = apply(tableOf(yaml), yaml);
      assertThat(applied.changes()).isEmpty();
      assertThat(applied.text()).isEqualTo(yaml);
    }
  }

  @Test
  void aChangedThresholdChangesThatValueWhereItStandsAndNothingElse() throws IOException {
    String yaml = national();
    String table = tableOf(yaml).replace("\r\nbranch-size,branch-size,max,50,", "\r\nbranch-size,branch-size,max,40,");
    ParameterTable.Applied applied = apply(table, yaml);
    assertThat(applied.changes()).singleElement().satisfies(change -> {
      assertThat(change.rule()).isEqualTo("branch-size");
      assertThat(change.before()).isEqualTo("50");
      assertThat(change.after()).isEqualTo("40");
    });
    assertThat(applied.text()).isEqualTo(yaml.replace("description: 党支部党员人数一般不超过50人\n    parameters: {max: 50}",
        "description: 党支部党员人数一般不超过50人\n    parameters: {max: 40}"));
  }

  @Test
  void valuesTheFileDoesNotStateAreAddedToItsEntryOrAsANewEntry() {
    String table = tableOf(OVERLAY)
        .replace("\r\nparty-lecture-yearly,activity-frequency,times,1,default,", "\r\nparty-lecture-yearly,activity-frequency,times,2,default,")
        .replace("\r\nbranch-size,branch-size,max,45,", "\r\nbranch-size,branch-size,max,44,")
        .replace("\r\ncommittee-required,committee-required,minFullMembers,7,cn-national,",
            "\r\ncommittee-required,committee-required,minFullMembers,8,cn-national,")
        .replace("\r\ncommittee-required,committee-required,minCommitteeSize,3,default,",
            "\r\ncommittee-required,committee-required,minCommitteeSize,4,default,");
    ParameterTable.Applied applied = apply(table, OVERLAY);
    assertThat(applied.changes()).hasSize(4);
    String more = tableOf(applied.text())
        .replace("\r\ndues-arrears,dues-arrears,graceMonths,0,cn-national,", "\r\ndues-arrears,dues-arrears,graceMonths,2,cn-national,")
        .replace("\r\nsecretary-standing,secretary-standing,judgedOn,evaluation-day,default,",
            "\r\nsecretary-standing,secretary-standing,judgedOn,appointment-day,default,");
    String both = apply(more, applied.text()).text();
    assertThat(both).contains("\n    parameters:\n      minMonths: 5\n      graceMonths: 2\n    # 按季交纳\n")
        .contains("\n    description: 书记党龄一年以上\n    parameters: {judgedOn: appointment-day}\n");
    assertThat(resolvedRule(both, "dues-arrears").parameters().toString()).isEqualTo("{\"minMonths\":5,\"graceMonths\":2}");
    assertThat(applied.text()).contains("\n    parameters: {per: quarter, times: 2}\n")
        .contains("\n    parameters:\n      max: 44\n")
        .contains("  - id: committee-required\n    parameters: {minFullMembers: 8, minCommitteeSize: 4}\n\n# nothing turned off yet\n");
    assertThat(resolvedRule(applied.text(), "party-lecture-yearly").parameters().get(
        Parameter.wholeNumber("times", 1, 100).withDefault(1))).isEqualTo(2);
    assertThat(resolvedRule(applied.text(), "committee-required").parameters().toString()).isEqualTo("{\"minFullMembers\":8,\"minCommitteeSize\":4}");
    // And the new file's own table applies to it unchanged.
    assertThat(apply(tableOf(applied.text()), applied.text()).text()).isEqualTo(applied.text());
  }

  @Test
  void everyParameterOfTheBaselineTakesItsExampleThroughTheTable() throws IOException {
    String yaml = national();
    String table = tableOf(yaml);
    List<String> lines = List.of(table.split("\r\n"));
    int changed = 0;
    for (RuleEntry entry : REGISTRY.resolve("cn-national", LocalDate.of(2025, 1, 1)).entries()) {
      for (Parameter<?> parameter : REGISTRY.ruleType(entry.type()).orElseThrow().parameters()) {
        List<String> edited = new ArrayList<>();
        boolean found = false;
        for (String line : lines) {
          List<String> cells = ParameterTable.Csv.read(line, "t", new ArrayList<>()).get(0);
          if (cells.get(0).equals(entry.id()) && cells.get(2).equals(parameter.name())) {
            found = true;
            cells = new ArrayList<>(cells);
            cells.set(3, parameter.example());
            edited.add(String.join(",", cells.stream().map(c -> c.contains(",") ? "\"" + c.replace("\"", "\"\"") + "\"" : c).toList()));
          } else {
            edited.add(line);
          }
        }
        assertThat(found).as(entry.id() + " " + parameter.name()).isTrue();
        ParameterTable.Applied applied;
        try {
          applied = apply(String.join("\r\n", edited) + "\r\n", yaml);
        } catch (ValidationException e) {
          // An example a rule refuses beside its other figures (a minimum above the maximum) is reported, not written.
          assertThat(e.problems()).allSatisfy(p -> assertThat(p.source()).contains("table.csv"));
          continue;
        }
        if (applied.changes().isEmpty()) {
          assertThat(applied.text()).as("the example is the value already").isEqualTo(yaml);
          continue;
        }
        String stated = resolvedRule(applied.text(), entry.id()).parameters().toString();
        String example = new com.fasterxml.jackson.databind.ObjectMapper(new com.fasterxml.jackson.dataformat.yaml.YAMLFactory())
            .readTree("v: " + parameter.example()).get("v").toString();
        assertThat(stated).as(entry.id() + " " + parameter.name()).contains("\"" + parameter.name() + "\":" + example);
        changed += applied.changes().size();
      }
    }
    assertThat(changed).isGreaterThan(30);
  }

  @Test
  void unknownRulesAndParametersAndRefusedValuesAreReportedAtTheirLinesAndNothingIsWritten() {
    String table = "rule,parameter,value\r\nbranch-sise,max,40\r\nbranch-size,maxx,40\r\nbranch-size,max,-1\r\n"
        + "dues-arrears,minMonths,\"6\r\n";
    ValidationException unclosed = catchThrowableOfType(ValidationException.class, () -> apply(table, OVERLAY));
    assertThat(unclosed.problems()).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("syntax-error");
      assertThat(p.line()).isEqualTo(5);
    });
    ValidationException e = catchThrowableOfType(ValidationException.class, () -> apply(table.replace("\"6", "6")
        + "dues-arrears,minMonths,6\r\nbranch-size,description,x\r\n", OVERLAY));
    assertThat(e.problems()).extracting(Problem::line).containsExactly(2, 3, 4, 6, 7);
    assertThat(e.problems()).extracting(Problem::code).containsExactly("unknown-rule", "unknown-parameter", "invalid-parameter",
        "duplicate-row", "unknown-parameter");
    assertThat(e.problems().get(0).message()).endsWith("(did you mean 'branch-size'?)");
    assertThat(e.problems().get(1).message()).endsWith("has no parameter 'maxx' (did you mean 'max'?)");
    assertThat(e.problems().get(2).message()).contains("from 1 to 1000, not -1");
    assertThat(e.problems()).allSatisfy(p -> assertThat(p.toString()).startsWith("table.csv:"));
    ValidationException columns = catchThrowableOfType(ValidationException.class, () -> apply("rule,value\r\nbranch-size,40\r\n", OVERLAY));
    assertThat(columns.problems()).singleElement().satisfies(p -> assertThat(p.message()).startsWith("the table has no column 'parameter'"));
  }

  @Test
  void aCellASpreadsheetWouldRunAsAFormulaIsWrittenAsTextAndReadBack() {
    StringBuilder out = new StringBuilder();
    ParameterTable.row(out, List.of("=1+1", "-5", "+x", "@x", "'quoted", "plain, with a comma"));
    assertThat(out).hasToString("'=1+1,-5,'+x,'@x,''quoted,\"plain, with a comma\"\r\n");
    String table = "rule,parameter,value\r\nbranch-size,max,'44\r\n";
    assertThat(apply(table, OVERLAY).changes()).singleElement().satisfies(c -> assertThat(c.after()).isEqualTo("44"));
  }

  @Test
  void valuesARuleRefusesTogetherAreReportedAtTheRowThatChangedThem() {
    String table = "\uFEFFrule,parameter,value\r\ndues-amount,salaried,\"[{upTo: 3000, rate: 0.005}, {upTo: 1000, rate: 0.01}, {rate: 0.02}]\"\r\n";
    ValidationException e = catchThrowableOfType(ValidationException.class, () -> apply(table, OVERLAY));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(2);
      assertThat(p.message()).contains("brackets rise: 1000 after 3000");
    });
  }
}
