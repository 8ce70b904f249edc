package org.alumnisdk.core.inmemory;

import java.util.List;
import java.util.Optional;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.ApplicationId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.Page;
import org.alumnisdk.core.PageRequest;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.internal.VersionedTable;
import org.alumnisdk.core.rehire.RehireApplication;
import org.alumnisdk.core.spi.RehireApplicationRepository;

/**
 * A thread-safe in-memory {@link RehireApplicationRepository}: tenant-scoped, with optimistic versions.
 *
 * @since 0.1.0
 */
public final class InMemoryRehireApplicationRepository implements RehireApplicationRepository {
  private final VersionedTable<ApplicationId, RehireApplication> table = new VersionedTable<>("RehireApplication", null);

  /** Creates an empty store. */
  public InMemoryRehireApplicationRepository() {}

  @Override
  public Optional<RehireApplication> findById(TenantId tenant, ApplicationId id) {
    return table.find(tenant, id);
  }

  @Override
  public Page<RehireApplication> findAll(TenantId tenant, PageRequest page) {
    return table.page(tenant, page);
  }

  @Override
  public RehireApplication save(RehireApplication aggregate) {
    return table.save(aggregate);
  }

  @Override
  public boolean delete(TenantId tenant, ApplicationId id, long expectedVersion) {
    return table.delete(tenant, id, expectedVersion);
  }

  @Override
  public long count(TenantId tenant) {
    return table.count(tenant);
  }

  @Override
  public List<RehireApplication> findByAlumnus(TenantId tenant, AlumnusId alumnus) {
    Checks.notNull(alumnus, "alumnus");
    return table.select(tenant, a -> a.alumnus().equals(alumnus));
  }

  @Override
  public String toString() {
    return "InMemoryRehireApplicationRepository";
  }
}
