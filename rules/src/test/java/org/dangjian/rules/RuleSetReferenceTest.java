package org.dangjian.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What {@code docs/rule-sets.md} holds (that the committed page is current is {@code GeneratedDocsTest}'s, in testkit). */
class RuleSetReferenceTest {
  @Test
  void eachSetAndEachOfItsRulesHasItsRowWithFiguresAndSource() {
    String page = RuleSetReference.markdown(RuleSetRegistry.standard());
    assertThat(page).contains("## `cn-national` — 全国基线：基层党组织工作规则")
        .contains("| `unit-own-organisation` | `unit-own-organisation` | violation | minFullMembers: 3 | 支部条例 第四条 | "
            + "正式党员3人以上的单位应当单独成立党支部 |")
        .contains("## `county-first-topic`").contains("extends `cn-national`");
    for (RuleSetDefinition set : RuleSetRegistry.standard().definitions()) {
      for (RuleSetDefinition.EntrySpec entry : set.entries()) {
        assertThat(page).as(set.id() + " " + entry.id()).contains("| `" + entry.id() + "` |");
      }
    }
  }
}
