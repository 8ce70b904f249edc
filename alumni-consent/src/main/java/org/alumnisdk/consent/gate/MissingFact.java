package org.alumnisdk.consent.gate;

/**
 * The fact whose absence made the purpose gate deny, so callers can act on it (ask for
 * consent, show the notice) without parsing the reason text.
 *
 * @since 0.1.0
 */
public enum MissingFact {
  /** A tenant, alumnus, purpose or instant was not supplied. */
  REQUEST_INCOMPLETE("request.incomplete"),
  /** The purpose is not in the tenant's catalogue (Art. 17(1)). */
  PURPOSE_NOT_IN_CATALOGUE("purpose.not-in-catalogue"),
  /** No version of the purpose had taken effect at the instant. */
  PURPOSE_NOT_YET_IN_EFFECT("purpose.not-yet-in-effect"),
  /** The purpose had ended at the instant (Art. 22). */
  PURPOSE_ENDED("purpose.ended"),
  /** The required notice version had not been shown to the alumnus (Art. 21). */
  NOTICE_NOT_SHOWN("notice.not-shown"),
  /** The purpose needs consent and none was held at the instant. */
  CONSENT_NOT_HELD("consent.not-held"),
  /**
   * The tenant's consent ledger chain is broken in the store (a record edited, removed, inserted
   * or undecodable), so no consent fact can be trusted: denied until the store is restored.
   */
  LEDGER_BROKEN("ledger.broken"),
  /** A store (ledger, purposes, notices) failed to answer: denied, fail closed. */
  STORE_UNAVAILABLE("store.unavailable"),
  /**
   * The purpose rests on a notice and needs no consent, but the alumnus refused or withdrew for it
   * and the gate honours that objection (house rule, on by default; see {@link
   * ConsentPurposeGate#ConsentPurposeGate(org.alumnisdk.consent.purpose.PurposeCatalogue,
   * org.alumnisdk.consent.ledger.ConsentLedger, org.alumnisdk.consent.notice.NoticeRegistry, boolean)}).
   */
  OBJECTION_ON_RECORD("objection.on-record");

  private final String code;

  MissingFact(String code) {
    this.code = code;
  }

  /**
   * The stable code the gate puts in {@link org.alumnisdk.core.spi.GateDecision#code()}.
   *
   * @return the code, lowercase and dot-separated
   */
  public String code() {
    return code;
  }
}
