package org.alumnisdk.consent.breach;

/**
 * Whether the leak, loss or damage occurred. Art. 26(1) covers incidents that occurred or probably
 * occurred.
 *
 * @since 0.1.0
 */
public enum Likelihood {
  /** It is established that it occurred. */
  OCCURRED,
  /** It probably occurred (おそれ). */
  PROBABLE,
  /** It has been assessed as not having occurred. */
  UNLIKELY
}
