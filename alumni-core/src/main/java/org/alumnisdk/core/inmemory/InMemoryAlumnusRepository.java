package org.alumnisdk.core.inmemory;

import java.util.Optional;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.alumnus.Alumnus;
import org.alumnisdk.core.spi.AlumnusRepository;

/**
 * A thread-safe in-memory {@link AlumnusRepository}: tenant-scoped, with optimistic versions and
 * external ids unique per tenant. The embedded default for examples, tests and notebooks.
 *
 * @since 0.1.0
 */
public final class InMemoryAlumnusRepository extends TableRepository<AlumnusId, Alumnus>
    implements AlumnusRepository {
  /** Creates an empty repository. */
  public InMemoryAlumnusRepository() {
    super("Alumnus", Alumnus::externalId);
  }

  @Override
  public Optional<Alumnus> findByExternalId(TenantId tenant, String externalId) {
    return table.findByKey(tenant, externalId);
  }
}
