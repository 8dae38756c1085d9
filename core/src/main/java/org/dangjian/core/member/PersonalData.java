package org.dangjian.core.member;

/**
 * A value that identifies a person outside the Party's own records — a national ID number (身份证号),
 * a phone number. Its {@code toString} is masked, so that it never appears in full in logs, messages,
 * validation problems or reports; {@link #reveal()} is the one way to the full value, for a caller that
 * asks explicitly (the JSON writer includes these values only when told to). Equal when of the same
 * kind and value.
 */
public abstract sealed class PersonalData permits NationalIdNumber, PhoneNumber {
  private final String value;

  PersonalData(String value) {
    this.value = value;
  }

  /** @return the value with most characters hidden, for example {@code 990***********123X} */
  public abstract String masked();

  /** @return the full value; call it only where it must be shown or stored */
  public final String reveal() {
    return value;
  }

  /** @return {@link #masked()} */
  @Override
  public final String toString() {
    return masked();
  }

  @Override
  public final boolean equals(Object other) {
    return other != null && other.getClass() == getClass() && ((PersonalData) other).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }
}
