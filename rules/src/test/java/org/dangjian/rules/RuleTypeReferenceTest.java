package org.dangjian.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/rule-types.md} is the reference of the built-in rule types as their declarations state them. When
 * one changes, regenerate the page: {@code DANGJIAN_WRITE_DOCS=1 ./mvnw -B -pl rules test -Dtest=RuleTypeReferenceTest}.
 */
class RuleTypeReferenceTest {
  private static final Path PAGE = Path.of("..", "docs", "rule-types.md");

  @Test
  void theCommittedReferenceIsWhatTheTypesDeclare() throws IOException {
    String generated = RuleTypeReference.markdown(RuleSetRegistry.standard());
    if ("1".equals(System.getenv("DANGJIAN_WRITE_DOCS"))) {
      Files.writeString(PAGE, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(PAGE, StandardCharsets.UTF_8))
        .as("docs/rule-types.md is out of date: run DANGJIAN_WRITE_DOCS=1 ./mvnw -B -pl rules test -Dtest=RuleTypeReferenceTest")
        .isEqualTo(generated);
  }

  @Test
  void eachTypeHasItsSectionAndEachParameterItsRow() {
    String page = RuleTypeReference.markdown(RuleSetRegistry.standard());
    assertThat(page).contains("## `branch-size`\n\n党支部党员人数不超过上限 — a branch has no more members than the limit\n")
        .contains("| `minMinutes` | whole number from 0 to 1440 | `0` | 只计入时长达到此分钟数的活动 |")
        .contains("| `per` | one of: year, half-year, quarter, month, week | required |")
        .contains("## `unit-coverage`\n\n每所学校都有党组织覆盖").contains("No parameters.")
        .contains("Each of `salaried`:").contains("| `upTo` | decimal from 0 to 1000000000 | — |");
    for (String type : RuleSetRegistry.standard().ruleTypeNames()) {
      assertThat(page).contains("## `" + type + "`");
    }
  }
}
