package org.dangjian.core.member;

import org.dangjian.core.ValidationException;

/**
 * A phone number: a mainland mobile number (11 digits from {@code 13} to {@code 19}) or a landline with
 * its area code ({@code 0xx-xxxxxxxx}). {@code toString} hides the middle digits.
 */
public final class PhoneNumber extends PersonalData {
  private static final java.util.regex.Pattern SYNTAX = java.util.regex.Pattern.compile("1[3-9][0-9]{9}|0[0-9]{2,3}-[0-9]{7,8}");

  private PhoneNumber(String value) {
    super(value);
  }

  /**
   * @param text the number
   * @return the number
   * @throws ValidationException ({@code invalid-value}) if it is neither form; the message does not repeat it
   */
  public static PhoneNumber of(String text) {
    java.util.Objects.requireNonNull(text, "text");
    String value = text.strip();
    if (!SYNTAX.matcher(value).matches()) {
      throw ValidationException.of("", "invalid-value",
          "not a phone number: expected 11 digits of a mobile or 0xx-xxxxxxxx (the value is not repeated here)");
    }
    return new PhoneNumber(value);
  }

  @Override
  public String masked() {
    String value = reveal();
    int dash = value.indexOf('-');
    return dash < 0 ? value.substring(0, 3) + "****" + value.substring(7)
        : value.substring(0, dash + 1) + "*".repeat(value.length() - dash - 3) + value.substring(value.length() - 2);
  }
}
