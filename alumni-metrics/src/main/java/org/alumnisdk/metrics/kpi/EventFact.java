package org.alumnisdk.metrics.kpi;

import java.time.Instant;
import java.util.Set;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.EventId;

/**
 * One event, as the KPI input.
 *
 * @param event the event id
 * @param startsAt when it starts (decides the window)
 * @param rsvps alumni who answered yes
 * @param attendees alumni who checked in (walk-ins without RSVP included)
 * @since 0.1.0
 */
public record EventFact(EventId event, Instant startsAt, Set<AlumnusId> rsvps, Set<AlumnusId> attendees) {
  /**
   * Validates and copies.
   *
   * @param event the event id
   * @param startsAt when it starts (decides the window)
   * @param rsvps alumni who answered yes
   * @param attendees alumni who checked in (walk-ins without RSVP included)
   * @throws org.alumnisdk.core.InvalidValueException if a field is missing
   */
  public EventFact {
    Checks.notNull(event, "event.event");
    Checks.notNull(startsAt, "event.startsAt");
    rsvps = Set.copyOf(Checks.notNull(rsvps, "event.rsvps"));
    attendees = Set.copyOf(Checks.notNull(attendees, "event.attendees"));
  }
}
