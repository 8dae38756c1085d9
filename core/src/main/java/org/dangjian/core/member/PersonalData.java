package org.dangjian.core.member;

/**
 * A value that identifies a person outside the Party's own records — a national ID number (身份证号),
 * a phone number. Its {@code toString} is masked, so that it never appears in full in logs, messages,
 * validation problems or reports; {@link #reveal()} is the one way to the full value, for a caller that
 * asks explicitly (the JSON writer includes these values only when told to).
 */
public sealed interface PersonalData permits NationalIdNumber, PhoneNumber {

  /** @return the value with most characters hidden, for example {@code 990***********123X} */
  String masked();

  /** @return the full value; call it only where it must be shown or stored */
  String reveal();
}
