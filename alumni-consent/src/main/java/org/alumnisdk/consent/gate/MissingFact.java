package org.alumnisdk.consent.gate;

/**
 * The fact whose absence made the purpose gate deny, so callers can act on it (ask for
 * consent, show the notice) without parsing the reason text.
 *
 * @since 0.1.0
 */
public enum MissingFact {
  /** A tenant, alumnus, purpose or instant was not supplied. */
  REQUEST_INCOMPLETE,
  /** The purpose is not in the tenant's catalogue (Art. 17(1)). */
  PURPOSE_NOT_IN_CATALOGUE,
  /** No version of the purpose had taken effect at the instant. */
  PURPOSE_NOT_YET_IN_EFFECT,
  /** The purpose had ended at the instant (Art. 22). */
  PURPOSE_ENDED,
  /** The required notice version had not been shown to the alumnus (Art. 21). */
  NOTICE_NOT_SHOWN,
  /** The purpose needs consent and none was held at the instant. */
  CONSENT_NOT_HELD,
  /**
   * The purpose rests on a notice and needs no consent, but the alumnus refused or withdrew for it
   * and the gate honours that objection (house rule, on by default; see {@link
   * ConsentPurposeGate#ConsentPurposeGate(org.alumnisdk.consent.purpose.PurposeCatalogue,
   * org.alumnisdk.consent.ledger.ConsentLedger, org.alumnisdk.consent.notice.NoticeRegistry, boolean)}).
   */
  OBJECTION_ON_RECORD
}
