package org.alumnisdk.consent.records;

/**
 * How the provider lawfully supplied the data received, as confirmed under Art. 30(1).
 *
 * @since 0.1.0
 */
public enum ReceiptBasis {
  /** The provider obtained the person's consent (Art. 27(1)). */
  PROVIDER_CONSENT,
  /** The provider supplied it by opt-out, confirmed as published by the PPC (Art. 27(2), (4)). */
  PROVIDER_OPT_OUT_PUBLISHED,
  /** Personally referable information; the recipient's consent was confirmed (Art. 31). */
  ART_31_CONSENT_CONFIRMED
}
