package org.alumnisdk.consent.retention;

/**
 * What a retention plan says to do with one holding.
 *
 * @since 0.1.0
 */
public enum StepAction {
  /** Delete it when due (Art. 22). */
  DELETE,
  /** Anonymise it when due (Arts. 43-44), then delete the source. */
  ANONYMISE,
  /** Keep it: another purpose it is held for is still active. */
  KEEP_FOR_ACTIVE_PURPOSE,
  /** A person must decide: it is held for a purpose not in the catalogue, or for none. */
  REVIEW
}
