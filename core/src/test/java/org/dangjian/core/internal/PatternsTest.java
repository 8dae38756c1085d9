package org.dangjian.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

/** The hand-written code check agrees with the regular expression that states the rule. */
class PatternsTest {

  @Test
  void theHandWrittenCodeCheckAgreesWithThePattern() {
    for (String code : new String[] {"", "a", "study", "study-night", "a1-b2-c3", "a-", "-a", "a--b", "A", "a_b", "9a", "a-9",
        "志愿", "a b", "a-b-"}) {
      assertThat(Patterns.isCode(code)).as("'%s'", code).isEqualTo(Patterns.CODE.matcher(code).matches());
    }
    // Strings of the characters that matter, so that codes and near-codes both come up often.
    qt().withExamples(20_000).forAll(strings().betweenCodePoints('-', 'z').ofLengthBetween(0, 12)).checkAssert(code ->
        assertThat(Patterns.isCode(code)).as("'%s'", code).isEqualTo(Patterns.CODE.matcher(code).matches()));
  }
}
