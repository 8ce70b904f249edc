package org.alumnisdk.consent.ledger;

/**
 * How a consent event was captured (ISO/IEC TS 27560 {@code collection_method}).
 *
 * @since 0.1.0
 */
public enum ConsentMethod {
  /** An unticked checkbox the person ticked. */
  CHECKBOX("dpv:ExpressedConsent"),
  /** An electronic signature. */
  E_SIGNATURE("dpv:ExplicitlyExpressedConsent"),
  /** A signed paper form. */
  PAPER("dpv:ExplicitlyExpressedConsent"),
  /** A reply e-mail. */
  EMAIL("dpv:ExpressedConsent"),
  /** A recorded oral statement. */
  ORAL_RECORDED("dpv:ExpressedConsent"),
  /** Recorded by the operator's system (expiry, invalidation). */
  SYSTEM("dpv:ExpressedConsent");

  private final String dpvConsentType;

  ConsentMethod(String dpvConsentType) {
    this.dpvConsentType = dpvConsentType;
  }

  /**
   * The DPV kind of consent this method yields (27560 {@code event_type}).
   *
   * @return for example {@code dpv:ExpressedConsent}
   */
  public String dpvConsentType() {
    return dpvConsentType;
  }
}
