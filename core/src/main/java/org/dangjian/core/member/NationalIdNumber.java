package org.dangjian.core.member;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.dangjian.core.ValidationException;

/**
 * A resident identity card number (居民身份证号码, GB 11643-1999): six digits of region, the birth date
 * as {@code yyyyMMdd}, a three-digit sequence and a check character (a digit or {@code X}). Checked on
 * creation; {@code toString} shows only the first three and last four characters.
 */
public final class NationalIdNumber extends PersonalData {
  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final String CHECK = "10X98765432";
  private static final java.util.regex.Pattern SYNTAX = java.util.regex.Pattern.compile("[0-9]{17}[0-9X]");
  private NationalIdNumber(String value) {
    super(value);
  }

  /**
   * @param text the number (a lower-case {@code x} is read as {@code X}; nothing around it, not even a space — the
   *     published schema says the same)
   * @return the number
   * @throws ValidationException ({@code invalid-value}) if it is not 18 characters, holds no valid birth
   *     date or fails its check character; the message does not repeat the value
   */
  public static NationalIdNumber of(String text) {
    java.util.Objects.requireNonNull(text, "text");
    String value = text.toUpperCase(java.util.Locale.ROOT);
    if (!SYNTAX.matcher(value).matches()) {
      throw invalid(value.strip().length() != value.length() && SYNTAX.matcher(value.strip()).matches()
          ? "it has white space around it" : "it is not 17 digits and a check digit or X");
    }
    try {
      LocalDate born = LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
          Integer.parseInt(value.substring(12, 14)));
      if (born.getYear() < 1900 || born.getYear() > 2100) {
        throw invalid("its birth date is outside 1900–2100");
      }
    } catch (DateTimeException e) {
      throw invalid("its birth date is not a day of the calendar");
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (value.charAt(i) - '0') * WEIGHTS[i];
    }
    if (CHECK.charAt(sum % 11) != value.charAt(17)) {
      throw invalid("its check character is wrong");
    }
    return new NationalIdNumber(value);
  }

  /**
   * @param region the six-digit region code
   * @param born the birth date
   * @param sequence the sequence number, 0–999 (odd for men, even for women)
   * @return the number with its check character
   */
  public static NationalIdNumber of(String region, LocalDate born, int sequence) {
    java.util.Objects.requireNonNull(region, "region");
    java.util.Objects.requireNonNull(born, "born");
    String seventeen = region + String.valueOf(born.getYear()) + two(born.getMonthValue()) + two(born.getDayOfMonth())
        + (sequence < 10 ? "00" : sequence < 100 ? "0" : "") + sequence;
    int sum = 0;
    for (int i = 0; i < 17 && i < seventeen.length(); i++) {
      sum += (seventeen.charAt(i) - '0') * WEIGHTS[i];
    }
    return of(seventeen + CHECK.charAt(sum % 11));
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : String.valueOf(n);
  }

  private static ValidationException invalid(String why) {
    return ValidationException.of("", "invalid-value", "not a national ID number: " + why + " (the value is not repeated here)");
  }

  /** @return the birth date the number holds (its digits 7–14) */
  public LocalDate birthDate() {
    String value = reveal();
    return LocalDate.of(Integer.parseInt(value.substring(6, 10)), Integer.parseInt(value.substring(10, 12)),
        Integer.parseInt(value.substring(12, 14)));
  }

  @Override
  public String masked() {
    return reveal().substring(0, 3) + "*".repeat(11) + reveal().substring(14);
  }
}
