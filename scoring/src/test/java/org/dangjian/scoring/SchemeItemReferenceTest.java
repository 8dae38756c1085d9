package org.dangjian.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/scheme-items.md} is the reference of the kinds of scheme item as their declarations state them.
 * Regenerate it with {@code DANGJIAN_WRITE_DOCS=1 ./mvnw -B -pl scoring test -Dtest=SchemeItemReferenceTest}.
 */
class SchemeItemReferenceTest {
  private static final Path PAGE = Path.of("..", "docs", "scheme-items.md");

  @Test
  void theCommittedReferenceIsWhatTheKindsDeclare() throws IOException {
    String generated = SchemeItemReference.markdown();
    if ("1".equals(System.getenv("DANGJIAN_WRITE_DOCS"))) {
      Files.writeString(PAGE, generated, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(PAGE, StandardCharsets.UTF_8))
        .as("docs/scheme-items.md is out of date: run DANGJIAN_WRITE_DOCS=1 ./mvnw -B -pl scoring test -Dtest=SchemeItemReferenceTest")
        .isEqualTo(generated);
  }

  @Test
  void eachKindHasItsSection() {
    String page = SchemeItemReference.markdown();
    for (EvidenceKind kind : EvidenceKind.all()) {
      assertThat(page).contains("## `" + kind.name() + "`\n\n" + kind.summary().zh() + " — " + kind.summary().en());
    }
    assertThat(page).contains("| `moreThanMonths` | whole number from 0 to 120 | `6` |");
  }
}
