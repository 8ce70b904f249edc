package org.alumnisdk.consent.ledger;

/**
 * The state of one alumnus's consent for one purpose at an instant, derived from the ledger.
 *
 * <p>Only {@link #GIVEN} and {@link #RENEWED} allow processing (as DPV's
 * {@code dpv:ConsentGiven} and {@code dpv:RenewedConsentGiven}).
 *
 * @since 0.1.0
 */
public enum ConsentState {
  /** No event at or before the instant (dpv:ConsentUnknown). */
  UNKNOWN("dpv:ConsentUnknown"),
  /** Asked for, not yet answered (dpv:ConsentRequested). */
  REQUESTED("dpv:ConsentRequested"),
  /** Given (dpv:ConsentGiven). */
  GIVEN("dpv:ConsentGiven"),
  /** Renewed (dpv:RenewedConsentGiven). */
  RENEWED("dpv:RenewedConsentGiven"),
  /** Refused (dpv:ConsentRefused). */
  REFUSED("dpv:ConsentRefused"),
  /** Expired, by an event or because its validity ended (dpv:ConsentExpired). */
  EXPIRED("dpv:ConsentExpired"),
  /** Withdrawn (dpv:ConsentWithdrawn). */
  WITHDRAWN("dpv:ConsentWithdrawn"),
  /** Invalidated (dpv:ConsentInvalidated). */
  INVALIDATED("dpv:ConsentInvalidated");

  private final String dpv;

  ConsentState(String dpv) {
    this.dpv = dpv;
  }

  /**
   * The W3C DPV consent-status concept.
   *
   * @return for example {@code dpv:ConsentWithdrawn}
   */
  public String dpv() {
    return dpv;
  }

  /**
   * Whether processing may rely on the consent.
   *
   * @return true for {@link #GIVEN} and {@link #RENEWED}
   */
  public boolean permitsProcessing() {
    return this == GIVEN || this == RENEWED;
  }

  /**
   * The state after an event (the fold step). A request does not end a consent already held;
   * every other event sets the state it names.
   *
   * @param event the event type
   * @return the next state
   */
  public ConsentState after(ConsentEventType event) {
    switch (event) {
      case REQUESTED:
        return permitsProcessing() ? this : REQUESTED;
      case GIVEN:
        return GIVEN;
      case RENEWED:
        return RENEWED;
      case REFUSED:
        return REFUSED;
      case EXPIRED:
        return EXPIRED;
      case WITHDRAWN:
        return WITHDRAWN;
      case INVALIDATED:
        return INVALIDATED;
      default:
        throw new AssertionError(event);
    }
  }
}
