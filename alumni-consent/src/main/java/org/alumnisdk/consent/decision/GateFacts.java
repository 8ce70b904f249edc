package org.alumnisdk.consent.decision;

import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.spi.GateDecision;
import org.alumnisdk.core.spi.PurposeGate;

/**
 * Fills consent facts of a request from a {@link PurposeGate}, so that the decision engine reads
 * the consent ledger without knowing how consents are stored.
 *
 * @since 0.1.0
 */
public final class GateFacts {
  private GateFacts() {}

  /**
   * Sets {@link FactName#CONSENT_FOR_PURPOSE}: true if the gate allows every subject for the
   * request's purpose at the request's instant, false if it denies any. A request without subjects
   * is returned unchanged (the fact stays as it was).
   *
   * @param request the request
   * @param gate the purpose gate
   * @return the request with the fact set
   * @throws org.alumnisdk.core.InvalidValueException if an argument is null
   */
  public static DecisionRequest withConsentForPurpose(DecisionRequest request, PurposeGate gate) {
    Checks.notNull(request, "request");
    Checks.notNull(gate, "gate");
    if (request.subjects().isEmpty()) {
      return request;
    }
    for (AlumnusId id : request.subjects()) {
      GateDecision d = gate.check(request.tenant(), id, request.purpose(), request.at());
      if (!d.allowed()) {
        return request.withFact(FactName.CONSENT_FOR_PURPOSE, false);
      }
    }
    return request.withFact(FactName.CONSENT_FOR_PURPOSE, true);
  }
}
