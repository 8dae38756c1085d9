package org.dangjian.core.json;

import java.util.Locale;
import java.util.Optional;

/** The two syntaxes the interchange formats are written in. Both carry the same documents. */
public enum Syntax {
  /** JSON ({@code .json}). */
  JSON,
  /** YAML ({@code .yaml} or {@code .yml}). */
  YAML;

  /**
   * @param fileName a file name
   * @return the syntax its extension names, if it names one
   */
  public static Optional<Syntax> ofFileName(String fileName) {
    java.util.Objects.requireNonNull(fileName, "fileName");
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".json")) {
      return Optional.of(JSON);
    }
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      return Optional.of(YAML);
    }
    return Optional.empty();
  }
}
