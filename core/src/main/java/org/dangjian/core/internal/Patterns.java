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
}
