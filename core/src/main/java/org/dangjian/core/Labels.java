package org.dangjian.core;

import java.util.Objects;

/**
 * A thing's name in Chinese and in English.
 *
 * @param zh the Chinese label, for example 联合党支部
 * @param en the English label, for example joint Party branch
 */
public record Labels(String zh, String en) {

  /** Checks for nulls. */
  public Labels {
    Objects.requireNonNull(zh, "zh");
    Objects.requireNonNull(en, "en");
  }

  /** @return the labels as the library's JSON documents write them, {@code {"en": …, "zh": …}}, keys sorted */
  public java.util.SortedMap<String, String> asMap() {
    return new java.util.TreeMap<>(java.util.Map.of("zh", zh, "en", en));
  }
}
