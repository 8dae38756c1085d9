package org.dangjian.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.dangjian.core.Problem;
import org.dangjian.core.json.SourceDocument;
import org.dangjian.core.json.Syntax;
import org.dangjian.rules.spi.Parameter;
import org.dangjian.rules.spi.RuleParameters;
import org.dangjian.rules.spi.RuleType;
import org.junit.jupiter.api.Test;

/**
 * Every built-in rule type declares the parameters it reads — with a meaning in both languages and an example
 * its own declaration accepts — and a rule set is checked against the declarations in one round.
 */
class ParameterDeclarationsTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final RuleSetRegistry REGISTRY = RuleSetRegistry.standard();

  private static List<RuleType> types() {
    return REGISTRY.ruleTypeNames().stream().map(name -> REGISTRY.ruleType(name).orElseThrow()).toList();
  }

  @Test
  void everyBuiltInTypeSaysWhatItChecksAndExplainsEachParameterWithAnExampleItAccepts() throws Exception {
    assertThat(types()).hasSizeGreaterThanOrEqualTo(37);
    for (RuleType type : types()) {
      assertThat(type.summary().zh()).as(type.name()).isNotEqualTo(type.name()).isNotBlank();
      assertThat(type.summary().en()).as(type.name()).isNotEqualTo(type.name()).isNotBlank();
      for (Parameter<?> parameter : all(type.parameters())) {
        String what = type.name() + "." + parameter.name();
        assertThat(parameter.meaning().zh()).as(what).isNotEqualTo(parameter.name());
        assertThat(parameter.meaning().en()).as(what).isNotEqualTo(parameter.name());
        assertThat(parameter.example()).as(what).isNotEmpty();
        JsonNode example = YAML.readTree(parameter.name() + ": " + parameter.example()).get(parameter.name());
        assertThat(parameter.problemsOf(example, parameter.name())).as(what + " example " + parameter.example()).isEmpty();
        if (!parameter.defaultText().isEmpty()) {
          JsonNode written = YAML.readTree("v: " + parameter.defaultText()).get("v");
          assertThat(parameter.problemsOf(written, "v")).as(what + " default").isEmpty();
        }
      }
    }
  }

  private static List<Parameter<?>> all(List<Parameter<?>> parameters) {
    List<Parameter<?>> all = new java.util.ArrayList<>();
    for (Parameter<?> parameter : parameters) {
      all.add(parameter);
      all.addAll(all(parameter.fields()));
    }
    return all;
  }

  @Test
  void aTypeReadsNoParameterItDoesNotDeclare() {
    RuleSet national = REGISTRY.resolve("cn-national", LocalDate.of(2025, 1, 1));
    Set<String> seen = new TreeSet<>();
    for (String setId : REGISTRY.ids()) {
      RuleSet set = REGISTRY.resolve(setId, LocalDate.of(2025, 6, 1));
      for (RuleEntry entry : set.entries()) {
        RuleType type = REGISTRY.ruleType(entry.type()).orElseThrow();
        RuleParameters fresh = entry.parameters().copy();
        type.create(fresh);
        assertThat(type.parameters().stream().map(Parameter::name).toList()).as(entry.id()).containsAll(fresh.readKeys());
        seen.add(type.name());
      }
    }
    assertThat(national.entries()).isNotEmpty();
    // The types no built-in set uses are read with every declared parameter at its example.
    for (RuleType type : types()) {
      if (seen.contains(type.name()) || type.parameters().isEmpty()) {
        continue;
      }
      StringBuilder yaml = new StringBuilder("{");
      for (Parameter<?> parameter : type.parameters()) {
        yaml.append(yaml.length() > 1 ? ", " : "").append(parameter.name()).append(": ").append(parameter.example());
      }
      RuleSet set = Rules.single(type.name(), "warning", yaml.append('}').toString());
      RuleParameters fresh = set.entries().get(0).parameters().copy();
      type.create(fresh);
      assertThat(type.parameters().stream().map(Parameter::name).toList()).as(type.name()).containsAll(fresh.readKeys());
    }
  }

  @Test
  void anUnknownParameterAWrongOneAndAMissingOneAreReportedTogetherWithTheNearestName() {
    String yaml = """
        schema: dangjian/rule-set@1
        id: three-wrongs
        version: "1"
        title: 三处错误
        effective: {from: 2025-01-01}
        rules:
          - id: study
            type: activity-frequency
            severity: warning
            citation: {document: 测试}
            parameters: {activityType: theory-study, tims: 2, minMinutes: 2000}
          - id: dues
            type: dues-arrears
            severity: warning
            citation: {document: 测试}
            parameters: {minMonths: 0, graceMonths: 13}
        """;
    List<Problem> problems = RuleSetDefinition.problemsOf(SourceDocument.of(yaml, "three.yaml", Syntax.YAML), REGISTRY);
    assertThat(problems).extracting(Problem::path).containsExactly("rules[0].parameters.tims", "rules[0].parameters",
        "rules[0].parameters.minMinutes", "rules[1].parameters.minMonths", "rules[1].parameters.graceMonths");
    assertThat(problems).extracting(Problem::code).containsExactly("unknown-parameter", "missing-parameter",
        "invalid-parameter", "invalid-parameter", "invalid-parameter");
    assertThat(problems.get(0).message()).startsWith("rule 'study' (activity-frequency) has no parameter 'tims' (did you mean 'times'?)");
    assertThat(problems.get(1).message()).isEqualTo("rule 'study': parameter 'per' is required");
    assertThat(problems.get(2).message()).isEqualTo("rule 'study': parameter 'minMinutes' must be a whole number from 0 to 1440, not 2000");
    assertThat(problems.get(3).message()).contains("from 1 to 120, not 0");
    assertThat(problems.get(4).message()).contains("from 0 to 12, not 13");
    assertThat(problems).allSatisfy(problem -> assertThat(problem.line()).isPositive());
  }

  @Test
  void rangesIncludeBothEndsAndRoundingModesAreTheOnesThatRound() {
    Parameter<Integer> months = Parameter.wholeNumber("months", 1, 12);
    assertThat(months.problemsOf(YAML.getNodeFactory().numberNode(1), "months")).isEmpty();
    assertThat(months.problemsOf(YAML.getNodeFactory().numberNode(12), "months")).isEmpty();
    assertThat(months.problemsOf(YAML.getNodeFactory().numberNode(13), "months")).hasSize(1);
    assertThat(months.problemsOf(YAML.getNodeFactory().numberNode(0), "months")).hasSize(1);
    assertThat(months.problemsOf(YAML.getNodeFactory().numberNode(new BigDecimal("1.5")), "months")).hasSize(1);
    assertThat(months.describe(Locale.ENGLISH)).isEqualTo("whole number from 1 to 12");
    assertThat(months.describe(Locale.CHINESE)).isEqualTo("整数，1至12");
    Parameter<?> rounding = REGISTRY.ruleType("dues-amount").orElseThrow().parameters().stream()
        .filter(p -> p.name().equals("roundingMode")).findFirst().orElseThrow();
    assertThat(rounding.choices()).doesNotContain("unnecessary").contains("half-up", "half-even");
    assertThat(rounding.problemsOf(YAML.getNodeFactory().textNode("half-upp"), "roundingMode")).singleElement()
        .satisfies(p -> assertThat(p.message()).endsWith("(did you mean 'half-up'?)"));
  }

  @Test
  void aTypeThatDeclaresNothingIsStillJudgedByWhatItRead() {
    RuleType undeclared = new RuleType() {
      @Override
      public String name() {
        return "custom";
      }

      @Override
      public Set<String> messageCodes() {
        return Set.of();
      }

      @Override
      public org.dangjian.rules.spi.Rule create(RuleParameters parameters) {
        parameters.integer("limit");
        return org.dangjian.rules.spi.Rule.of(org.dangjian.rules.spi.Dependencies.whole(), context -> { });
      }
    };
    assertThat(undeclared.parameters()).isEmpty();
    assertThat(undeclared.summary().en()).isEqualTo("custom");
    RuleSetRegistry registry = RuleSetRegistry.builder().ruleType(undeclared).build();
    String yaml = """
        schema: dangjian/rule-set@1
        id: custom-set
        version: "1"
        title: 自定义
        effective: {from: 2025-01-01}
        rules:
          - {id: c, type: custom, severity: notice, citation: {document: 测试}, parameters: {limit: 3, limt: 4}}
        """;
    List<Problem> problems = RuleSetDefinition.problemsOf(SourceDocument.of(yaml, "custom.yaml", Syntax.YAML), registry);
    assertThat(problems).singleElement().satisfies(p -> {
      assertThat(p.code()).isEqualTo("unknown-parameter");
      assertThat(p.message()).contains("has no parameter 'limt' (did you mean 'limit'?)");
    });
  }
}
