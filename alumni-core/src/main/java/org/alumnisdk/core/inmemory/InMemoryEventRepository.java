package org.alumnisdk.core.inmemory;

import java.time.Instant;
import java.util.List;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.EventId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.event.Event;
import org.alumnisdk.core.spi.EventRepository;

/**
 * A thread-safe in-memory {@link EventRepository}: tenant-scoped, with optimistic versions.
 *
 * @since 0.1.0
 */
public final class InMemoryEventRepository extends TableRepository<EventId, Event>
    implements EventRepository {
  /** Creates an empty store. */
  public InMemoryEventRepository() {
    super("Event", null);
  }

  @Override
  public List<Event> findStartingBetween(TenantId tenant, Instant from, Instant to) {
    Checks.notNull(from, "from");
    Checks.notNull(to, "to");
    return table.select(tenant, e -> !e.startsAt().isBefore(from) && e.startsAt().isBefore(to));
  }
}
