package org.dangjian.core.internal;

import java.util.Objects;
import java.util.regex.Pattern;
import org.dangjian.core.ValidationException;

/** The shared syntax of identifiers. Not API. */
public final class Ids {
  private static final Pattern SYNTAX = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");

  /** The rule, stated for messages and the JSON Schema. */
  public static final String RULE =
      "1–64 characters: ASCII letters, digits and . _ : -, starting with a letter or digit";

  private Ids() {}

  /**
   * @param value the identifier text
   * @param what what it identifies, for the message ("unit", "member")
   * @return the value, checked
   * @throws ValidationException ({@code invalid-id}) when it breaks the syntax
   */
  public static String check(String value, String what) {
    Objects.requireNonNull(value, what + " id");
    if (!isValid(value)) {
      throw ValidationException.of("", "invalid-id",
          "'" + abbreviate(value) + "' is not a valid " + what + " id: " + RULE);
    }
    return value;
  }

  /** The syntax {@code [A-Za-z0-9][A-Za-z0-9._:-]{0,63}}, checked by hand: it runs for every id of every record read. */
  static boolean isValid(String value) {
    int length = value.length();
    if (length == 0 || length > 64 || !isLetterOrDigit(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < length; i++) {
      char c = value.charAt(i);
      if (!isLetterOrDigit(c) && c != '.' && c != '_' && c != ':' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isLetterOrDigit(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
  }

  /** @return whether the value matches the syntax as the regular expression states it (for tests) */
  static boolean matchesPattern(String value) {
    return SYNTAX.matcher(value).matches();
  }

  private static String abbreviate(String value) {
    return value.length() <= 70 ? value : value.substring(0, 67) + "...";
  }
}
