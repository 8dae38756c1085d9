package org.dangjian.core.json.internal;

import com.fasterxml.jackson.core.Version;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dangjian.core.DangjianException;

/**
 * The Jackson the library runs with must be 2.17 or newer (and 2.x): it is the oldest the build tests against
 * (2.16 places some syntax errors a column further on; before 2.15 the read limits do not exist). Checked when
 * a mapper is made, so that an old
 * Jackson on a consumer's class path is named in words rather than met as a {@code NoSuchMethodError}. Not API.
 */
public final class JacksonVersions {
  /** The oldest Jackson the library supports, and the build tests against ({@code .ci/run}). */
  public static final Version MINIMUM = new Version(2, 17, 0, null, "com.fasterxml.jackson", "jackson");

  private JacksonVersions() {}

  private static final class Found {
    static final Optional<String> PROBLEM = problem(Map.of(
        "jackson-core", com.fasterxml.jackson.core.json.PackageVersion.VERSION,
        "jackson-databind", com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION,
        "jackson-dataformat-yaml", com.fasterxml.jackson.dataformat.yaml.PackageVersion.VERSION));
  }

  /** @throws DangjianException naming each Jackson module older than {@link #MINIMUM}, or not of major version 2 */
  public static void requireSupported() {
    Found.PROBLEM.ifPresent(problem -> {
      throw new DangjianException(problem);
    });
  }

  /**
   * @param modules Jackson's modules by artifact, with their versions
   * @return what is wrong with them, if anything
   */
  static Optional<String> problem(Map<String, Version> modules) {
    List<String> old = new ArrayList<>();
    modules.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(module -> {
      Version version = module.getValue();
      // Compared by number: Version.compareTo compares the group and artifact first.
      boolean older = version.getMinorVersion() < MINIMUM.getMinorVersion()
          || version.getMinorVersion() == MINIMUM.getMinorVersion() && version.getPatchLevel() < MINIMUM.getPatchLevel();
      if (version.getMajorVersion() != MINIMUM.getMajorVersion() || older) {
        old.add(module.getKey() + " " + version.toString());
      }
    });
    return old.isEmpty() ? Optional.empty() : Optional.of("dangjian needs Jackson 2.17 or newer in the 2.x line; found "
        + String.join(", ", old) + " (align Jackson's modules with the jackson-bom of one version)");
  }
}
