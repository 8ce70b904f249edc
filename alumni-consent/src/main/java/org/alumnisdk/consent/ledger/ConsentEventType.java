package org.alumnisdk.consent.ledger;

/**
 * What happened to a consent (ISO/IEC TS 27560 {@code event_state}; DPV consent status).
 *
 * <p>{@link #rank()} orders events at the same instant: permissive events come before
 * restrictive ones, so a withdrawal and a grant recorded for the same instant leave the
 * consent withdrawn (fail closed), whatever order they were stored in.
 *
 * @since 0.1.0
 */
public enum ConsentEventType {
  /** Consent was asked for (dpv:ConsentRequested). Does not end a consent already given. */
  REQUESTED(0, "dpv:ConsentRequested"),
  /** The person consented (dpv:ConsentGiven). */
  GIVEN(1, "dpv:ConsentGiven"),
  /** The person renewed an earlier consent (dpv:RenewedConsentGiven). */
  RENEWED(2, "dpv:RenewedConsentGiven"),
  /** The person refused (dpv:ConsentRefused). */
  REFUSED(3, "dpv:ConsentRefused"),
  /** The consent ran out (dpv:ConsentExpired). */
  EXPIRED(4, "dpv:ConsentExpired"),
  /** The person withdrew the consent (dpv:ConsentWithdrawn); ends future reliance on it. */
  WITHDRAWN(5, "dpv:ConsentWithdrawn"),
  /** The consent was found invalid, e.g. obtained without the required notice (dpv:ConsentInvalidated). */
  INVALIDATED(6, "dpv:ConsentInvalidated");

  private final int rank;
  private final String dpv;

  ConsentEventType(int rank, String dpv) {
    this.rank = rank;
    this.dpv = dpv;
  }

  /**
   * The tie-break rank for events at the same instant (higher applies later).
   *
   * @return the rank
   */
  public int rank() {
    return rank;
  }

  /**
   * The W3C DPV consent-status concept.
   *
   * @return for example {@code dpv:ConsentGiven}
   */
  public String dpv() {
    return dpv;
  }

  /**
   * Whether the event grants consent ({@link #GIVEN} or {@link #RENEWED}).
   *
   * @return true for a granting event
   */
  public boolean grants() {
    return this == GIVEN || this == RENEWED;
  }
}
