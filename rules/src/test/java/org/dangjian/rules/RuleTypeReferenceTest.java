package org.dangjian.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What {@code docs/rule-types.md} holds (that the committed page is current is {@code GeneratedDocsTest}'s, in testkit). */
class RuleTypeReferenceTest {
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
