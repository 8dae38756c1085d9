package org.dangjian.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What {@code docs/scheme-items.md} holds (that the committed page is current is {@code GeneratedDocsTest}'s, in testkit). */
class SchemeItemReferenceTest {
  @Test
  void eachKindHasItsSection() {
    String page = SchemeItemReference.markdown();
    for (EvidenceKind kind : EvidenceKind.all()) {
      assertThat(page).contains("## `" + kind.name() + "`\n\n" + kind.summary().zh() + " — " + kind.summary().en());
    }
    assertThat(page).contains("| `moreThanMonths` | whole number from 0 to 120 | `6` |");
  }
}
