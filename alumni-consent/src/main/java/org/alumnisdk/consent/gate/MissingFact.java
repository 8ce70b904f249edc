package org.alumnisdk.consent.gate;

/**
 * The fact whose absence made the purpose gate deny, so callers can act on it (ask for
 * consent, show the notice) without parsing the reason text.
 *
 * @since 0.1.0
 */
public enum MissingFact {
  /** A tenant, alumnus, purpose or instant was not supplied. */
  REQUEST_INCOMPLETE("request.incomplete", ""),
  /** The purpose is not in the tenant's catalogue (Art. 17(1)). */
  PURPOSE_NOT_IN_CATALOGUE("purpose.not-in-catalogue", "Art.17(1)"),
  /** No version of the purpose had taken effect at the instant. */
  PURPOSE_NOT_YET_IN_EFFECT("purpose.not-yet-in-effect", "Art.17(1)"),
  /** The purpose had ended at the instant (Art. 22). */
  PURPOSE_ENDED("purpose.ended", "Art.22"),
  /** The required notice version had not been shown to the alumnus (Art. 21). */
  NOTICE_NOT_SHOWN("notice.not-shown", "Art.21(1)"),
  /**
   * The purpose needs consent and none was held at the instant; the denial cites the purpose's
   * own consent article (Art. 18(1) for the standard purposes).
   */
  CONSENT_NOT_HELD("consent.not-held", "Art.18(1)"),
  /**
   * The tenant's consent ledger chain is broken in the store (a record edited, removed, inserted
   * or undecodable), so no consent fact can be trusted: denied until the store is restored.
   */
  LEDGER_BROKEN("ledger.broken", ""),
  /** A store (ledger, purposes, notices) failed to answer: denied, fail closed. */
  STORE_UNAVAILABLE("store.unavailable", ""),
  /**
   * The purpose rests on a notice and needs no consent, but the alumnus refused or withdrew for it
   * and the gate honours that objection (house rule, on by default; see {@link
   * ConsentPurposeGate#ConsentPurposeGate(org.alumnisdk.consent.purpose.PurposeCatalogue,
   * org.alumnisdk.consent.ledger.ConsentLedger, org.alumnisdk.consent.notice.NoticeRegistry,
   * org.alumnisdk.consent.spi.RightsStore, boolean)}).
   */
  OBJECTION_ON_RECORD("objection.on-record", ""),
  /** Use of the person's data for the purpose (or all purposes) was stopped under Art. 35. */
  USE_STOPPED("use.stopped", "Art.35(2)");

  private final String code;
  private final String article;

  MissingFact(String code, String article) {
    this.code = code;
    this.article = article.isEmpty() ? "" : ConsentPurposeGate.RULE_SET + ":" + article;
  }

  /**
   * The article a denial for this fact rests on by default, with the rule set (for example
   * {@code APPI@2022-04-01:Art.21(1)}); empty for a fact that no article names (a broken ledger,
   * an unavailable store, the objection house rule).
   *
   * @return the article, or empty
   */
  public String article() {
    return article;
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
