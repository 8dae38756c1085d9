package org.dangjian.core.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

class VoteTallyTest {

  @Test
  void exactlyHalfPresentMeetsAtLeastHalfButNotMoreThanHalf() {
    VoteTally half = VoteTally.of(10, 5, 5, 0, 0);
    assertThat(half.quorate(Threshold.AT_LEAST_HALF)).isTrue();
    assertThat(half.quorate(Threshold.MORE_THAN_HALF)).isFalse();
    assertThat(VoteTally.of(10, 6, 6, 0, 0).quorate(Threshold.MORE_THAN_HALF)).isTrue();
  }

  @Test
  void inFavourExactlyHalfOfTheEntitledFailsEvenWhenItIsMostOfThosePresent() {
    VoteTally tally = VoteTally.of(10, 6, 5, 1, 0);
    assertThat(tally.quorate(Threshold.MORE_THAN_HALF)).isTrue();
    assertThat(tally.passes(Threshold.MORE_THAN_HALF)).isFalse();
    assertThat(tally.passes(Threshold.AT_LEAST_HALF)).isTrue();
    assertThat(VoteTally.of(10, 6, 6, 0, 0).passes(Threshold.MORE_THAN_HALF)).isTrue();
  }

  @Test
  void oddNumbersOfEntitledVoters() {
    assertThat(VoteTally.of(9, 5, 5, 0, 0).passes(Threshold.MORE_THAN_HALF)).isTrue();
    assertThat(VoteTally.of(9, 5, 4, 1, 0).passes(Threshold.MORE_THAN_HALF)).isFalse();
    assertThat(VoteTally.of(9, 4, 4, 0, 0).quorate(Threshold.AT_LEAST_HALF)).isFalse();
  }

  @Test
  void twoThirdsIncludesTheFigureItself() {
    assertThat(Threshold.AT_LEAST_TWO_THIRDS.isMetBy(6, 9)).isTrue();
    assertThat(Threshold.AT_LEAST_TWO_THIRDS.isMetBy(5, 9)).isFalse();
    assertThat(Threshold.AT_LEAST_TWO_THIRDS.isMetBy(7, 10)).isTrue();
    assertThat(Threshold.AT_LEAST_TWO_THIRDS.isMetBy(6, 10)).isFalse();
  }

  @Test
  void writtenOpinionsCountAsVotesButNotAsPresence() {
    VoteTally tally = new VoteTally(10, 4, 6, 0, 0, 2);
    assertThat(tally.passes(Threshold.MORE_THAN_HALF)).isTrue();
    assertThat(tally.quorate(Threshold.MORE_THAN_HALF)).isFalse();
  }

  @Test
  void impossibleTalliesAreRejected() {
    assertThatThrownBy(() -> VoteTally.of(0, 0, 0, 0, 0)).hasMessageContaining("entitled: invalid-value");
    assertThatThrownBy(() -> VoteTally.of(10, 11, 0, 0, 0)).hasMessageContaining("exceed the 10 entitled voters");
    assertThatThrownBy(() -> VoteTally.of(10, 6, 5, 2, 0)).hasMessageContaining("the 7 votes exceed the 6 present");
    assertThatThrownBy(() -> VoteTally.of(10, 6, -1, 0, 0)).hasMessageContaining("cannot be negative");
  }

  @Test
  void thresholdsAgreeWithTheirDefinitionsAndWithEachOther() {
    qt().forAll(integers().between(1, 500), integers().between(0, 500))
        .checkAssert((whole, anyPart) -> {
          int part = anyPart % (whole + 1);
          assertThat(Threshold.AT_LEAST_HALF.isMetBy(part, whole)).isEqualTo(2 * part >= whole);
          assertThat(Threshold.MORE_THAN_HALF.isMetBy(part, whole)).isEqualTo(2 * part > whole);
          assertThat(Threshold.AT_LEAST_TWO_THIRDS.isMetBy(part, whole)).isEqualTo(3 * part >= 2 * whole);
          if (Threshold.MORE_THAN_HALF.isMetBy(part, whole)) {
            assertThat(Threshold.AT_LEAST_HALF.isMetBy(part, whole)).isTrue();
          }
        });
  }
}
