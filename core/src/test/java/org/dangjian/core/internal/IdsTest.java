package org.dangjian.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

/** The hand-written id check agrees with the regular expression that states the rule. */
class IdsTest {

  @Test
  void theHandWrittenCheckAgreesWithThePattern() {
    for (String id : new String[] {"", "a", "A9", "m0001", "yz-b1", "a.b_c:d-e", "-a", ".a", "a b", "清河", "a".repeat(64), "a".repeat(65),
        "9", "a/", "a\u0000"}) {
      assertThat(Ids.isValid(id)).as("'%s'", id).isEqualTo(Ids.matchesPattern(id));
    }
    qt().withExamples(20_000).forAll(strings().ascii().ofLengthBetween(0, 70)).checkAssert(id ->
        assertThat(Ids.isValid(id)).as("'%s'", id).isEqualTo(Ids.matchesPattern(id)));
    qt().withExamples(5_000).forAll(strings().allPossible().ofLengthBetween(0, 8)).checkAssert(id ->
        assertThat(Ids.isValid(id)).as("'%s'", id).isEqualTo(Ids.matchesPattern(id)));
  }
}
