package org.alumnisdk.consent.records;

/**
 * The ground of a provision that requires an Art. 29 record. Provisions to an entrusted person,
 * on succession or in joint use (Art. 27(5)) and those under the Art. 27(1) exceptions need no
 * Art. 29 record and cannot be recorded here.
 *
 * @since 0.1.0
 */
public enum ProvisionBasis {
  /** The person's prior consent (Art. 27(1)). */
  CONSENT_ART_27_1("APPI@2022-04-01:Art.27(1)"),
  /** Opt-out provision notified and filed with the PPC (Art. 27(2)). */
  OPT_OUT_ART_27_2("APPI@2022-04-01:Art.27(2)"),
  /** Consent to provision to a third party in a foreign country (Art. 28(1)). */
  FOREIGN_CONSENT_ART_28_1("APPI@2022-04-01:Art.28(1)"),
  /** Foreign recipient with a system conforming to PPC standards (Art. 28(1)). */
  FOREIGN_CONFORMING_SYSTEM_ART_28_1("APPI@2022-04-01:Art.28(1)");

  private final String article;

  ProvisionBasis(String article) {
    this.article = article;
  }

  /**
   * The article of the ground.
   *
   * @return the article reference
   */
  public String article() {
    return article;
  }

  /**
   * Whether the ground is a consent, which the record must point to in the ledger.
   *
   * @return true for the consent grounds
   */
  public boolean isConsent() {
    return this == CONSENT_ART_27_1 || this == FOREIGN_CONSENT_ART_28_1;
  }
}
