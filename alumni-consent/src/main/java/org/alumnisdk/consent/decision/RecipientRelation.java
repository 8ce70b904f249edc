package org.alumnisdk.consent.decision;

/**
 * How a recipient stands to the operator (Art. 27(5)).
 *
 * @since 0.1.0
 */
public enum RecipientRelation {
  /** A third party: provision needs consent, opt-out or an exception (Art. 27(1)-(2)). */
  THIRD_PARTY,
  /** An entrusted person (processor) handling the data within the purpose (Art. 27(5)(i)). */
  PROCESSOR,
  /** A successor by merger or other succession (Art. 27(5)(ii)). */
  SUCCESSOR,
  /** A joint user under a notified joint-use arrangement (Art. 27(5)(iii)). */
  JOINT_USER
}
