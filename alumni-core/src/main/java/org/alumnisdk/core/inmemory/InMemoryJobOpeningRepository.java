package org.alumnisdk.core.inmemory;

import java.time.LocalDate;
import java.util.List;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.OpeningId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.opening.JobOpening;
import org.alumnisdk.core.spi.JobOpeningRepository;

/**
 * A thread-safe in-memory {@link JobOpeningRepository}: tenant-scoped, with optimistic versions.
 *
 * @since 0.1.0
 */
public final class InMemoryJobOpeningRepository extends TableRepository<OpeningId, JobOpening>
    implements JobOpeningRepository {
  /** Creates an empty store. */
  public InMemoryJobOpeningRepository() {
    super("JobOpening", null);
  }

  @Override
  public List<JobOpening> findOpenOn(TenantId tenant, LocalDate day) {
    Checks.notNull(day, "day");
    return table.select(tenant, o -> o.isOpenOn(day));
  }
}
