package org.dangjian.core;

/**
 * The root of every exception the library throws on purpose: catch this one type to handle them all.
 *
 * <p>Like {@code java.time.DateTimeException}, it is unchecked. Subtypes say more: {@link
 * ValidationException} carries every problem found in some input, each with its path and a stable
 * code.
 */
public class DangjianException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message that says what is wrong, where, and what was expected.
   *
   * @param message the message
   */
  public DangjianException(String message) {
    super(java.util.Objects.requireNonNull(message, "message"));
  }

  /**
   * Creates an exception with a message and the cause it was translated from.
   *
   * @param message the message
   * @param cause the underlying cause
   */
  public DangjianException(String message, Throwable cause) {
    super(java.util.Objects.requireNonNull(message, "message"), cause);
  }
}
