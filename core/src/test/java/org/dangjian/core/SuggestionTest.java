package org.dangjian.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionTest {
  private static final List<String> RULES = List.of("branch-size", "committee-term", "secretary-standing", "dues-amount");

  @Test
  void theNearestNameWithinAThirdOfTheLength() {
    assertThat(Suggestion.nearest("branch-sise", RULES)).contains("branch-size");
    assertThat(Suggestion.nearest("comittee-term", RULES)).contains("committee-term");     // a letter left out
    assertThat(Suggestion.nearest("dues-amuont", RULES)).contains("dues-amount");          // two letters swapped
    assertThat(Suggestion.nearest("Secretary-Standing", RULES)).contains("secretary-standing");
    assertThat(Suggestion.nearest("budget", RULES)).isEmpty();
    assertThat(Suggestion.nearest("ab", List.of("xy"))).contains("xy");                     // two edits at the least
    assertThat(Suggestion.nearest("abc", List.of("xyz"))).isEmpty();
  }

  @Test
  void theMessagePartIsEmptyWhenNothingIsNearOrTheNameIsKnown() {
    assertThat(Suggestion.didYouMean("minYear", List.of("minYears", "max"))).isEqualTo(" (did you mean 'minYears'?)");
    assertThat(Suggestion.didYouMean("minYears", List.of("minYears"))).isEmpty();
    assertThat(Suggestion.didYouMean("zzzzzzzz", List.of("minYears"))).isEmpty();
    assertThat(Suggestion.didYouMean("x", List.of())).isEmpty();
  }
}
