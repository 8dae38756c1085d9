package org.dangjian.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.dangjian.core.Problem;
import org.dangjian.core.ValidationException;
import org.dangjian.core.json.SourceDocument;
import org.dangjian.core.json.Syntax;
import org.junit.jupiter.api.Test;

/** A rule-set file's problems of every kind — its own, its inheritance, its parameters — come in one round. */
class OneRoundValidationTest {
  private static final String OVERLAY = """
      schema: dangjian/rule-set@1
      id: tighter
      version: "1"
      title: 更严
      extends: cn-national
      effective: {from: 2025-01-01}
      colour: red
      rules:
        - id: branch-size
          parameters: {max: -5}
        - id: branch-sise
          parameters: {max: 4}
      disable: [no-such-rule]
      """;

  @Test
  void structureInheritanceAndParameterProblemsAreReportedTogether() {
    List<Problem> problems = RuleSetDefinition.problemsOf(SourceDocument.of(OVERLAY, "tighter.yaml", Syntax.YAML),
        RuleSetRegistry.standard());
    assertThat(problems).extracting(Problem::code)
        .contains("unknown-field", "missing-field", "unknown-rule", "invalid-parameter");
    assertThat(problems).extracting(Problem::path).contains("colour", "rules[1].type", "disable[0]", "rules[0].parameters.max");
    assertThat(problems).allSatisfy(p -> assertThat(p.toString()).startsWith("tighter.yaml:"));
    assertThat(problems.toString()).contains("did you mean 'branch-size'?");
  }

  @Test
  void aValidSetHasNoProblemsAndParseStillRefusesAnInvalidOne() {
    String valid = OVERLAY.replace("colour: red\n", "").replace("max: -5", "max: 40").replace("""
          - id: branch-sise
            parameters: {max: 4}
        """, "").replace("disable: [no-such-rule]\n", "");
    assertThat(RuleSetDefinition.problemsOf(SourceDocument.of(valid, "ok.yaml", Syntax.YAML), RuleSetRegistry.standard())).isEmpty();
    assertThatThrownBy(() -> RuleSetDefinition.parse(OVERLAY, "tighter.yaml", Syntax.YAML))
        .isInstanceOf(ValidationException.class).hasMessageContaining("unknown field 'colour'");
  }

  @Test
  void aFileThatDoesNotReadAsASetGivesItsOwnProblemsOnly() {
    List<Problem> problems = RuleSetDefinition.problemsOf(SourceDocument.of("schema: dangjian/rule-set@1\nrules: 5\n", "x.yaml", Syntax.YAML),
        RuleSetRegistry.standard());
    assertThat(problems).extracting(Problem::path).contains("id", "version", "title", "effective");
  }
}
