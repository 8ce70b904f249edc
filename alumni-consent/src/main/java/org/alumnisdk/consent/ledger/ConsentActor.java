package org.alumnisdk.consent.ledger;

/**
 * Who performed a consent event on the person's side.
 *
 * @since 0.1.0
 */
public enum ConsentActor {
  /** The person. */
  SELF("self"),
  /** A legal representative (parent, guardian). */
  LEGAL_REPRESENTATIVE("legal-representative"),
  /** An agent authorised by the person. */
  AGENT("agent"),
  /** The operator's system (expiry, invalidation); never for giving consent. */
  OPERATOR("operator");

  private final String code;

  ConsentActor(String code) {
    this.code = code;
  }

  /**
   * A stable lowercase code used in receipts.
   *
   * @return the code
   */
  public String code() {
    return code;
  }
}
