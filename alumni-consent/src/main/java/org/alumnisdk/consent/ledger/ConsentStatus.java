package org.alumnisdk.consent.ledger;

import java.time.Instant;
import java.util.Optional;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;

/**
 * What the ledger held for one alumnus and purpose at an instant, and why.
 *
 * @param state the derived state
 * @param asOf the instant asked about
 * @param decidingEvent the last event folded at or before {@code asOf}, if any
 * @param validUntil the end of validity of the consent held, if it has one
 * @since 0.1.0
 */
public record ConsentStatus(
    ConsentState state,
    Instant asOf,
    Optional<ConsentEvent> decidingEvent,
    Optional<Instant> validUntil) {
  /**
   * Validates the status.
   *
   * @param state the derived state
   * @param asOf the instant asked about
   * @param decidingEvent the last event folded at or before {@code asOf}, if any
   * @param validUntil the end of validity of the consent held, if it has one
   * @throws InvalidValueException if a field is null
   */
  public ConsentStatus {
    Checks.notNull(state, "status.state");
    Checks.notNull(asOf, "status.asOf");
    Checks.notNull(decidingEvent, "status.decidingEvent");
    Checks.notNull(validUntil, "status.validUntil");
  }

  /**
   * Whether processing may rely on the consent at {@link #asOf()}.
   *
   * @return true if the state is given or renewed
   */
  public boolean permitsProcessing() {
    return state.permitsProcessing();
  }
}
