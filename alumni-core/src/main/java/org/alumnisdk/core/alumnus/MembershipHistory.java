package org.alumnisdk.core.alumnus;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.IllegalTransitionException;
import org.alumnisdk.core.InvalidValueException;

/**
 * The membership lifecycle as an event history, never an overwritten field. The first event is
 * always {@link MembershipStatus#INVITED}; every later event is an allowed move ({@link
 * MembershipStatus#next()}) at an instant no earlier than the one before.
 *
 * @param events the moves, oldest first
 * @since 0.1.0
 */
public record MembershipHistory(List<MembershipEvent> events) {
  /**
   * Validates the whole history.
   *
   * @param events the moves, oldest first
   * @throws InvalidValueException if it is empty or does not start with INVITED, or goes back in time
   * @throws IllegalTransitionException if a move is not allowed
   */
  public MembershipHistory {
    events = Checks.copyOf(events, "membership");
    if (events.isEmpty() || events.get(0).status() != MembershipStatus.INVITED) {
      throw new InvalidValueException("membership", "must start with INVITED");
    }
    for (int i = 1; i < events.size(); i++) {
      MembershipEvent prev = events.get(i - 1);
      MembershipEvent cur = events.get(i);
      if (!prev.status().canMoveTo(cur.status())) {
        throw new IllegalTransitionException("membership", prev.status().name(), cur.status().name());
      }
      if (cur.at().isBefore(prev.at())) {
        throw new InvalidValueException("membership[" + i + "].at", "must not precede the previous event");
      }
    }
  }

  /**
   * A history that starts with an invitation.
   *
   * @param at when the person was invited
   * @return the history
   */
  public static MembershipHistory invited(Instant at) {
    return new MembershipHistory(List.of(new MembershipEvent(MembershipStatus.INVITED, at, "")));
  }

  /**
   * The current state.
   *
   * @return the state of the last event
   */
  public MembershipStatus current() {
    return events.get(events.size() - 1).status();
  }

  /**
   * The state at an instant.
   *
   * @param at the instant
   * @return the state in force then, or empty before the invitation
   */
  public Optional<MembershipStatus> statusAt(Instant at) {
    MembershipStatus found = null;
    for (MembershipEvent e : events) {
      if (e.at().isAfter(at)) {
        break;
      }
      found = e.status();
    }
    return Optional.ofNullable(found);
  }

  /**
   * A new history with one more move.
   *
   * @param status the state to enter
   * @param at when
   * @param reference a reference (e.g. the new employment for REHIRED), or empty
   * @return the longer history
   * @throws IllegalTransitionException if the move is not allowed from the current state
   * @throws InvalidValueException if {@code at} precedes the last event
   */
  public MembershipHistory moveTo(MembershipStatus status, Instant at, String reference) {
    List<MembershipEvent> next = new ArrayList<>(events);
    next.add(new MembershipEvent(status, at, reference));
    return new MembershipHistory(next);
  }
}
