package org.dangjian.core.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.core.Version;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Jackson 2.17 or newer in the 2.x line is accepted; anything else is named in words. */
class JacksonVersionsTest {
  private static Version v(int major, int minor, int patch) {
    return new Version(major, minor, patch, null, "com.fasterxml.jackson.core", "jackson-core");
  }

  @Test
  void theMinimumAndNewerAreAcceptedAndOlderOrAnotherMajorAreNamed() {
    assertThat(JacksonVersions.problem(Map.of("jackson-core", v(2, 17, 0), "jackson-databind", v(2, 23, 0)))).isEmpty();
    assertThat(JacksonVersions.problem(Map.of("jackson-core", v(2, 16, 2), "jackson-databind", v(2, 17, 3))))
        .contains("dangjian needs Jackson 2.17 or newer in the 2.x line; found jackson-core 2.16.2 "
            + "(align Jackson's modules with the jackson-bom of one version)");
    assertThat(JacksonVersions.problem(Map.of("jackson-databind", v(3, 0, 0), "jackson-core", v(2, 12, 7))))
        .contains("dangjian needs Jackson 2.17 or newer in the 2.x line; found jackson-core 2.12.7, jackson-databind 3.0.0 (align "
            + "Jackson's modules with the jackson-bom of one version)");
  }

  @Test
  void theJacksonThisBuildRunsWithIsSupported() {
    assertThatCode(JacksonVersions::requireSupported).doesNotThrowAnyException();
  }
}
