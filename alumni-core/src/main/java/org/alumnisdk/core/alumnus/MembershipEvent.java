package org.alumnisdk.core.alumnus;

import java.time.Instant;
import org.alumnisdk.core.Checks;

/**
 * One move in a membership lifecycle.
 *
 * @param status the state entered
 * @param at when it was entered
 * @param reference a reference, such as the new employment's id for {@link MembershipStatus#REHIRED}, or empty
 * @since 0.1.0
 */
public record MembershipEvent(MembershipStatus status, Instant at, String reference) {
  /**
   * Validates the event.
   *
   * @param status the state entered
   * @param at when it was entered
   * @param reference a reference, such as the new employment's id for {@link MembershipStatus#REHIRED}, or empty
   * @throws org.alumnisdk.core.InvalidValueException if a field is missing
   */
  public MembershipEvent {
    Checks.notNull(status, "membership.status");
    Checks.notNull(at, "membership.at");
    reference = reference == null ? "" : reference.strip();
  }
}
