package org.dangjian.core;

import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The nearest known name to a misspelt one, for messages that say "did you mean …": by edit distance
 * (insertions, deletions, substitutions, and two neighbouring characters swapped), ignoring case, within a
 * third of the name's length (at least two edits). Ties go to the first in the known names' natural order.
 */
public final class Suggestion {
  private Suggestion() {}

  /**
   * @param given the name written
   * @param known the names that exist
   * @return the nearest of them, if one is near enough
   */
  public static Optional<String> nearest(String given, Collection<String> known) {
    Objects.requireNonNull(given, "given");
    Objects.requireNonNull(known, "known");
    String lower = given.toLowerCase(Locale.ROOT);
    int limit = Math.max(2, given.length() / 3);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String name : new java.util.TreeSet<>(known)) {
      int distance = distance(lower, name.toLowerCase(Locale.ROOT));
      if (distance <= limit && distance < bestDistance) {
        best = name;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * @param given the name written
   * @param known the names that exist
   * @return {@code " (did you mean 'x'?)"} for the nearest, or empty text when none is near
   */
  public static String didYouMean(String given, Collection<String> known) {
    return nearest(given, known).filter(n -> !n.equals(given)).map(n -> " (did you mean '" + n + "'?)").orElse("");
  }

  /** Optimal string alignment distance. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
