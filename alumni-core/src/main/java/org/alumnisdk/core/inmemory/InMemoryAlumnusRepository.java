package org.alumnisdk.core.inmemory;

import java.util.Optional;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Page;
import org.alumnisdk.core.PageRequest;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.alumnus.Alumnus;
import org.alumnisdk.core.internal.VersionedTable;
import org.alumnisdk.core.spi.AlumnusRepository;

/**
 * A thread-safe in-memory {@link AlumnusRepository}: tenant-scoped, with optimistic versions and
 * external ids unique per tenant. The embedded default for examples, tests and notebooks.
 *
 * @since 0.1.0
 */
public final class InMemoryAlumnusRepository implements AlumnusRepository {
  private final VersionedTable<AlumnusId, Alumnus> table =
      new VersionedTable<>("Alumnus", Alumnus::externalId);

  /** Creates an empty repository. */
  public InMemoryAlumnusRepository() {}

  @Override
  public Optional<Alumnus> findById(TenantId tenant, AlumnusId id) {
    return table.find(tenant, id);
  }

  @Override
  public Optional<Alumnus> findByExternalId(TenantId tenant, String externalId) {
    return table.findByKey(tenant, externalId);
  }

  @Override
  public Page<Alumnus> findAll(TenantId tenant, PageRequest page) {
    return table.page(tenant, page);
  }

  @Override
  public Alumnus save(Alumnus alumnus) {
    return table.save(alumnus);
  }

  @Override
  public boolean delete(TenantId tenant, AlumnusId id, long expectedVersion) {
    return table.delete(tenant, id, expectedVersion);
  }

  @Override
  public long count(TenantId tenant) {
    return table.count(tenant);
  }

  @Override
  public String toString() {
    return "InMemoryAlumnusRepository";
  }
}
