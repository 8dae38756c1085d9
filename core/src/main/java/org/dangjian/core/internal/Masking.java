package org.dangjian.core.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Hides what looks like a national ID number (15 or 18 characters) or a mainland mobile number in a text,
 * the way {@code NationalIdNumber} and {@code PhoneNumber} mask themselves — whatever field the value stood
 * in, so that an error echoing a pasted ID never repeats it. Not API.
 */
public final class Masking {
  private static final Pattern NATIONAL_ID = Pattern.compile("(?<![0-9A-Za-z])(\\d{3})(\\d{8,11})(\\d{3}[0-9Xx])(?![0-9A-Za-z])");
  private static final Pattern PHONE = Pattern.compile("(?<![0-9])(?:\\+?86[- ]?)?(1[3-9]\\d)([- ]?\\d{4}[- ]?)(\\d{4})(?![0-9])");

  private Masking() {}

  /**
   * @param text a message
   * @return it with every national-ID-like run shown as {@code 990***********123X} and every phone-like one
   *     as {@code 139****5678}
   */
  public static String personalData(String text) {
    if (!hasLongDigitRun(text)) {
      return text; // the usual case, without a regular expression
    }
    String masked = replace(NATIONAL_ID.matcher(text), 2, 1, 3);
    return replace(PHONE.matcher(masked), 2, 1, 3);
  }

  private static String replace(Matcher matcher, int hidden, int head, int tail) {
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      int stars = (int) matcher.group(hidden).chars().filter(Character::isDigit).count();
      matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(head) + "*".repeat(stars) + matcher.group(tail)));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  private static boolean hasLongDigitRun(String text) {
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        if (++run >= 11) {
          return true;
        }
      } else if (c != '-' && c != ' ') {
        run = 0;
      }
    }
    return false;
  }
}
