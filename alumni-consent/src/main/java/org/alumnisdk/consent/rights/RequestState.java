package org.alumnisdk.consent.rights;

import java.util.Set;

/**
 * The states of a data-subject request.
 *
 * @since 0.1.0
 */
public enum RequestState {
  /** Received, identity not yet checked. */
  RECEIVED,
  /** Identity (and an agent's authority) checked. */
  VERIFIED,
  /** Identity or authority could not be confirmed; closed. */
  IDENTITY_FAILED,
  /** Done in full; the person was notified. */
  COMPLETED,
  /** Done in part; the person was notified of the refusal with reasons (Art. 36). */
  PARTIALLY_REFUSED,
  /** Refused; the person was notified with reasons (Arts. 33(3), 35(7), 36). */
  REFUSED;

  /**
   * Says whether the request is closed.
   *
   * @return true for the final states
   */
  public boolean closed() {
    return this == IDENTITY_FAILED || this == COMPLETED || this == PARTIALLY_REFUSED || this == REFUSED;
  }

  /**
   * Says whether this state may move to another.
   *
   * @param next the next state
   * @return true if allowed
   */
  public boolean canMoveTo(RequestState next) {
    return switch (this) {
      case RECEIVED -> Set.of(VERIFIED, IDENTITY_FAILED, REFUSED).contains(next);
      case VERIFIED -> Set.of(COMPLETED, PARTIALLY_REFUSED, REFUSED).contains(next);
      default -> false;
    };
  }
}
