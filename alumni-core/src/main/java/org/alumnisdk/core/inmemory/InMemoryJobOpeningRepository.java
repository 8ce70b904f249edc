package org.alumnisdk.core.inmemory;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.OpeningId;
import org.alumnisdk.core.Page;
import org.alumnisdk.core.PageRequest;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.internal.VersionedTable;
import org.alumnisdk.core.opening.JobOpening;
import org.alumnisdk.core.spi.JobOpeningRepository;

/**
 * A thread-safe in-memory {@link JobOpeningRepository}: tenant-scoped, with optimistic versions.
 *
 * @since 0.1.0
 */
public final class InMemoryJobOpeningRepository implements JobOpeningRepository {
  private final VersionedTable<OpeningId, JobOpening> table = new VersionedTable<>("JobOpening", null);

  /** Creates an empty store. */
  public InMemoryJobOpeningRepository() {}

  @Override
  public Optional<JobOpening> findById(TenantId tenant, OpeningId id) {
    return table.find(tenant, id);
  }

  @Override
  public Page<JobOpening> findAll(TenantId tenant, PageRequest page) {
    return table.page(tenant, page);
  }

  @Override
  public JobOpening save(JobOpening aggregate) {
    return table.save(aggregate);
  }

  @Override
  public boolean delete(TenantId tenant, OpeningId id, long expectedVersion) {
    return table.delete(tenant, id, expectedVersion);
  }

  @Override
  public long count(TenantId tenant) {
    return table.count(tenant);
  }

  @Override
  public List<JobOpening> findOpenOn(TenantId tenant, LocalDate day) {
    Checks.notNull(day, "day");
    return table.select(tenant, o -> o.isOpenOn(day));
  }

  @Override
  public String toString() {
    return "InMemoryJobOpeningRepository";
  }
}
