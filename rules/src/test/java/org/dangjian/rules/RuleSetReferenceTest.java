package org.dangjian.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/rule-sets.md} is the reference of the built-in rule sets as their files state them. When a set
 * changes, regenerate the page: {@code DANGJIAN_WRITE_DOCS=1 ./mvnw -B -pl rules test -Dtest=RuleSetReferenceTest}.
 */
class RuleSetReferenceTest {
  private static final Path PAGE = Path.of("..", "docs", "rule-sets.md");

  @Test
  void theCommittedReferenceIsWhatTheRuleSetFilesSay() throws IOException {
    String generated = RuleSetReference.markdown(RuleSetRegistry.standard());
    if ("1".equals(System.getenv("DANGJIAN_WRITE_DOCS"))) {
      Files.writeString(PAGE, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(PAGE, StandardCharsets.UTF_8))
        .as("docs/rule-sets.md is out of date: run DANGJIAN_WRITE_DOCS=1 ./mvnw -B -pl rules test -Dtest=RuleSetReferenceTest")
        .isEqualTo(generated);
  }

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
