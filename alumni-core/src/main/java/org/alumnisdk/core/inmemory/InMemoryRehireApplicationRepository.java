package org.alumnisdk.core.inmemory;

import java.util.List;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.ApplicationId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.rehire.RehireApplication;
import org.alumnisdk.core.spi.RehireApplicationRepository;

/**
 * A thread-safe in-memory {@link RehireApplicationRepository}: tenant-scoped, with optimistic versions.
 *
 * @since 0.1.0
 */
public final class InMemoryRehireApplicationRepository extends TableRepository<ApplicationId, RehireApplication>
    implements RehireApplicationRepository {
  /** Creates an empty store. */
  public InMemoryRehireApplicationRepository() {
    super("RehireApplication", null);
  }

  @Override
  public List<RehireApplication> findByAlumnus(TenantId tenant, AlumnusId alumnus) {
    Checks.notNull(alumnus, "alumnus");
    return table.select(tenant, a -> a.alumnus().equals(alumnus));
  }
}
