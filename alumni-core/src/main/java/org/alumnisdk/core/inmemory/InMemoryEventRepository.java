package org.alumnisdk.core.inmemory;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.EventId;
import org.alumnisdk.core.Page;
import org.alumnisdk.core.PageRequest;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.event.Event;
import org.alumnisdk.core.internal.VersionedTable;
import org.alumnisdk.core.spi.EventRepository;

/**
 * A thread-safe in-memory {@link EventRepository}: tenant-scoped, with optimistic versions.
 *
 * @since 0.1.0
 */
public final class InMemoryEventRepository implements EventRepository {
  private final VersionedTable<EventId, Event> table = new VersionedTable<>("Event", null);

  /** Creates an empty store. */
  public InMemoryEventRepository() {}

  @Override
  public Optional<Event> findById(TenantId tenant, EventId id) {
    return table.find(tenant, id);
  }

  @Override
  public Page<Event> findAll(TenantId tenant, PageRequest page) {
    return table.page(tenant, page);
  }

  @Override
  public Event save(Event aggregate) {
    return table.save(aggregate);
  }

  @Override
  public boolean delete(TenantId tenant, EventId id, long expectedVersion) {
    return table.delete(tenant, id, expectedVersion);
  }

  @Override
  public long count(TenantId tenant) {
    return table.count(tenant);
  }

  @Override
  public List<Event> findStartingBetween(TenantId tenant, Instant from, Instant to) {
    Checks.notNull(from, "from");
    Checks.notNull(to, "to");
    return table.select(tenant, e -> !e.startsAt().isBefore(from) && e.startsAt().isBefore(to));
  }

  @Override
  public String toString() {
    return "InMemoryEventRepository";
  }
}
