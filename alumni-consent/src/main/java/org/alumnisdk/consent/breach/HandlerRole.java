package org.alumnisdk.consent.breach;

/**
 * The role of the party assessing the incident.
 *
 * @since 0.1.0
 */
public enum HandlerRole {
  /** The operator handling the personal data for its own purposes. */
  OPERATOR,
  /** A processor (entrusted person) handling it for an operator (Art. 26(1) proviso). */
  PROCESSOR
}
