package org.alumnisdk.core.inmemory;

import java.util.Optional;
import java.util.function.Function;
import org.alumnisdk.core.Aggregate;
import org.alumnisdk.core.Page;
import org.alumnisdk.core.PageRequest;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.internal.VersionedTable;
import org.alumnisdk.core.spi.VersionedRepository;

/**
 * The part every in-memory repository shares: the {@link VersionedRepository} methods, delegated
 * to one tenant-scoped {@link VersionedTable}. Subclasses add their own finders over {@link #table}.
 *
 * @param <I> the id type
 * @param <T> the aggregate type
 */
abstract class TableRepository<I extends Comparable<? super I>, T extends Aggregate<I, T>>
    implements VersionedRepository<I, T> {
  /** The store; subclasses query it for their own finders. */
  final VersionedTable<I, T> table;

  /**
   * Creates an empty repository.
   *
   * @param kind the aggregate kind named in conflict errors
   * @param uniqueKey a second key unique per tenant (e.g. the external id), or null
   */
  TableRepository(String kind, Function<T, String> uniqueKey) {
    this.table = new VersionedTable<>(kind, uniqueKey);
  }

  @Override
  public Optional<T> findById(TenantId tenant, I id) {
    return table.find(tenant, id);
  }

  @Override
  public Page<T> findAll(TenantId tenant, PageRequest page) {
    return table.page(tenant, page);
  }

  @Override
  public T save(T aggregate) {
    return table.save(aggregate);
  }

  @Override
  public boolean delete(TenantId tenant, I id, long expectedVersion) {
    return table.delete(tenant, id, expectedVersion);
  }

  @Override
  public long count(TenantId tenant) {
    return table.count(tenant);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName();
  }
}
