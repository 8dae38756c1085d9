package org.dangjian.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dangjian.rules.RuleSetReference;
import org.dangjian.rules.RuleSetRegistry;
import org.dangjian.rules.RuleTypeReference;
import org.dangjian.scoring.SchemeItemReference;
import org.junit.jupiter.api.Test;

/**
 * The pages of {@code docs/} generated from the code are what the code says now: the built-in rule sets, the rule
 * types' declared parameters and the scheme item kinds'. When one changes, regenerate them:
 * {@code DANGJIAN_WRITE_DOCS=1 ./mvnw -B -pl testkit test -Dtest=GeneratedDocsTest} (after an install).
 */
class GeneratedDocsTest {
  private static final Path DOCS = Path.of("..", "docs");

  private static void assertCurrent(String page, String generated) throws IOException {
    Path file = DOCS.resolve(page);
    if ("1".equals(System.getenv("DANGJIAN_WRITE_DOCS"))) {
      Files.writeString(file, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .as("docs/" + page + " is out of date: run DANGJIAN_WRITE_DOCS=1 ./mvnw -B -pl testkit test -Dtest=GeneratedDocsTest")
        .isEqualTo(generated);
  }

  @Test
  void theRuleSetReferenceIsWhatTheRuleSetFilesSay() throws IOException {
    assertCurrent("rule-sets.md", RuleSetReference.markdown(RuleSetRegistry.standard()));
  }

  @Test
  void theRuleTypeReferenceIsWhatTheTypesDeclare() throws IOException {
    assertCurrent("rule-types.md", RuleTypeReference.markdown(RuleSetRegistry.standard()));
  }

  @Test
  void theSchemeItemReferenceIsWhatTheKindsDeclare() throws IOException {
    assertCurrent("scheme-items.md", SchemeItemReference.markdown());
  }
}
