package org.dangjian.core.internal;

import java.util.regex.Pattern;

/** Patterns checked for every record read, compiled once ({@code String.matches} compiles on each call). */
public final class Patterns {
  /** A code: lower-case words joined by hyphens, like {@code study-night}. */
  public static final Pattern CODE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  /** A month as written, {@code 2024-07}. */
  public static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  /** A day as written, {@code 2024-07-01}. */
  public static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private Patterns() {}

  /**
   * @param text some text
   * @return whether it is a {@link #CODE code}, checked by hand (no matcher made): it is asked of every ledger
   *     entry read
   */
  public static boolean isCode(String text) {
    int length = text.length();
    if (length == 0 || !lower(text.charAt(0))) {
      return false;
    }
    for (int i = 1; i < length; i++) {
      char c = text.charAt(i);
      if (c == '-') {
        if (i + 1 == length || text.charAt(i + 1) == '-') {
          return false; // a hyphen joins two words
        }
      } else if (!lower(c) && !(c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }

  private static boolean lower(char c) {
    return c >= 'a' && c <= 'z';
  }
}
