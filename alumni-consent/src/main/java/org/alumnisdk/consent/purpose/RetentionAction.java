package org.alumnisdk.consent.purpose;

/**
 * What happens to data held only for a purpose once the purpose has ended and its retention
 * period has run (Art. 22: delete without delay once no longer needed; an effort duty).
 *
 * @since 0.1.0
 */
public enum RetentionAction {
  /** Delete the data. */
  DELETE,
  /** Turn the data into anonymised information (Arts. 43-44) and delete the source. */
  ANONYMISE
}
