package org.alumnisdk.core.spi;

import java.time.Instant;
import java.util.List;
import org.alumnisdk.core.EventId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.event.Event;

/**
 * Port: stores alumni events. Every call is scoped to one tenant; nothing returns another tenant's data.
 *
 * <p>Hosts must guarantee what {@link VersionedRepository} states: atomic, version-checked saves,
 * finders that never return {@code null}, lists ordered by id, thread safety. Experimental SPI
 * until 1.0.
 *
 * @since 0.1.0
 */
public interface EventRepository extends VersionedRepository<EventId, Event> {
  /**
   * A tenant's events with {@code from <= startsAt < to}, ordered by id.
   *
   * @param tenant the tenant
   * @param from the inclusive start
   * @param to the exclusive end
   * @return the events
   */
  List<Event> findStartingBetween(TenantId tenant, Instant from, Instant to);
}
