package org.alumnisdk.consent.decision;

import org.alumnisdk.consent.ledger.ConsentLedger;
import org.alumnisdk.consent.ledger.ConsentState;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.PurposeId;

/**
 * Fills a consent fact of a request from the consent ledger, as of the request's instant.
 *
 * <p>For every subject the ledger state at {@code request.at()} is read: the fact is known true if
 * every subject's consent permits processing (given or renewed); known false if any subject's
 * consent was requested but not given, refused, withdrawn, expired or invalidated (so nothing is
 * permitted on a consent from the instant it is withdrawn); unknown otherwise (some subject has no
 * ledger entry, which fails closed).
 *
 * @since 0.1.0
 */
public final class LedgerFacts {
  private LedgerFacts() {}

  /**
   * Sets a consent fact from the ledger.
   *
   * @param request the request
   * @param ledger the consent ledger
   * @param fact which consent fact to set (e.g. {@link FactName#CONSENT_TO_PROVIDE})
   * @param consentPurpose the ledger purpose under which that consent is recorded
   * @return the request with the fact set, or unchanged if the request has no subjects
   * @throws InvalidValueException if an argument is null or the fact is not a consent fact
   */
  public static DecisionRequest withConsent(DecisionRequest request, ConsentLedger ledger, FactName fact,
      PurposeId consentPurpose) {
    Checks.notNull(request, "request");
    Checks.notNull(ledger, "ledger");
    Checks.notNull(consentPurpose, "consentPurpose");
    switch (Checks.notNull(fact, "fact")) {
      case CONSENT_FOR_PURPOSE, CONSENT_TO_ACQUIRE_SPECIAL_CARE, CONSENT_TO_PROVIDE,
          FOREIGN_CONSENT_AFTER_ART28_INFO, ART31_CONSENT_CONFIRMED -> { }
      default -> throw new InvalidValueException("fact", fact + " is not a consent fact");
    }
    if (request.subjects().isEmpty()) {
      return request;
    }
    boolean anyUnknown = false;
    for (AlumnusId a : request.subjects()) {
      ConsentState s = ledger.stateAt(request.tenant(), a, consentPurpose, request.at());
      if (s == ConsentState.UNKNOWN) {
        anyUnknown = true;
      } else if (!s.permitsProcessing()) {
        return request.withFact(fact, false);
      }
    }
    return anyUnknown ? request.withUnknown(fact) : request.withFact(fact, true);
  }
}
