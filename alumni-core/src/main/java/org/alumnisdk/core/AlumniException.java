package org.alumnisdk.core;

/**
 * Root of every exception the Alumni SDK throws.
 *
 * <p>Exceptions signal programming errors, broken invariants and rejected input. Business rule
 * outcomes (a consent decision, a match, a score) are returned as values, never thrown. Messages
 * name the offending field or row and never contain personal data.
 *
 * @since 0.1.0
 */
public class AlumniException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception with a message that says what went wrong and what to do next.
   *
   * @param message the message; never contains personal data
   */
  public AlumniException(String message) {
    super(message);
  }

  /**
   * Creates an exception with a message and the cause.
   *
   * @param message the message; never contains personal data
   * @param cause the underlying cause
   */
  public AlumniException(String message, Throwable cause) {
    super(message, cause);
  }
}
