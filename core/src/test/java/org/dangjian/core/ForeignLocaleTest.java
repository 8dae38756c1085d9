package org.dangjian.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Guards the build's promise that tests run under a foreign locale and zone (see the parent POM). */
class ForeignLocaleTest {

  @Test
  void testsRunUnderAForeignDefaultLocaleAndTimeZone() {
    assertThat(Locale.getDefault().getLanguage()).isEqualTo("tr");
    assertThat(Locale.getDefault(Locale.Category.FORMAT).getLanguage()).isEqualTo("ar");
    assertThat(ZoneId.systemDefault()).isEqualTo(ZoneId.of("Pacific/Kiritimati"));
  }

  @Test
  void problemsPrintTheSameUnderAnyLocale() {
    Problem problem = Problem.of("members[12].branch", "dangling-reference", "branch 'b9' is not among the organisations")
        .withSource("county.json").withLocation(1234, 7);
    assertThat(problem).hasToString(
        "county.json:1234:7: members[12].branch: dangling-reference: branch 'b9' is not among the organisations");
  }
}
