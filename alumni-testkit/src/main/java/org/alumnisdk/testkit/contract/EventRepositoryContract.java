package org.alumnisdk.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.alumnisdk.core.EventId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.event.Event;
import org.alumnisdk.core.spi.EventRepository;
import org.alumnisdk.testkit.fixtures.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Contract of {@link EventRepository}. Extend it with {@link #create()} returning your adapter; the
 * in-memory store passes it.
 *
 * @since 0.1.0
 */
public abstract class EventRepositoryContract extends VersionedRepositoryContract<EventId, Event> {
  /** Creates the contract. */
  protected EventRepositoryContract() {}

  @Override
  protected abstract EventRepository create();

  @Override
  protected Event sample(TenantId tenant, int n) {
    return Fixtures.event(tenant, n);
  }

  @Override
  protected Event modify(Event stored) {
    return stored.withCapacity(stored.capacity() + 1);
  }
  @Test
  void findsEventsStartingInAWindow() {
    EventRepository repo = create();
    Event e1 = repo.save(Fixtures.event(TENANT_A, 1));
    Event e2 = repo.save(Fixtures.event(TENANT_A, 2));
    repo.save(Fixtures.event(TENANT_A, 3));
    repo.save(Fixtures.event(TENANT_B, 1));
    assertThat(repo.findStartingBetween(TENANT_A, e1.startsAt(), e2.startsAt().plusSeconds(1)))
        .containsExactly(e1, e2);
  }
}
