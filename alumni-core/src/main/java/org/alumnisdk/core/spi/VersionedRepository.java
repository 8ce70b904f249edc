package org.alumnisdk.core.spi;

import java.util.Optional;
import org.alumnisdk.core.Aggregate;
import org.alumnisdk.core.ConcurrentUpdateException;
import org.alumnisdk.core.Page;
import org.alumnisdk.core.PageRequest;
import org.alumnisdk.core.TenantId;

/**
 * The operations every aggregate port shares: tenant-scoped finders and optimistic saves.
 *
 * <p>Hosts must guarantee: {@link #save} and {@link #delete} are atomic and check the optimistic
 * version; finders never return {@code null} and never return another tenant's data; lists are
 * ordered by id; implementations are thread-safe. Experimental SPI until 1.0.
 *
 * @param <I> the id type
 * @param <T> the aggregate type
 * @since 0.1.0
 */
public interface VersionedRepository<I extends Comparable<? super I>, T extends Aggregate<I, T>> {
  /**
   * Finds an aggregate by id.
   *
   * @param tenant the tenant
   * @param id the id
   * @return the aggregate, or empty if the tenant has none with that id
   */
  Optional<T> findById(TenantId tenant, I id);

  /**
   * Lists a tenant's aggregates ordered by id.
   *
   * @param tenant the tenant
   * @param page which page
   * @return the page
   */
  Page<T> findAll(TenantId tenant, PageRequest page);

  /**
   * Inserts (version 0) or updates (version = stored version) an aggregate.
   *
   * @param aggregate the aggregate; its tenant scopes the call
   * @return the stored aggregate with its new version (the old version + 1)
   * @throws ConcurrentUpdateException if the version is stale, or 0 while the id is already
   *     stored, or above 0 while nothing is stored
   */
  T save(T aggregate);

  /**
   * Deletes an aggregate.
   *
   * @param tenant the tenant
   * @param id the id
   * @param expectedVersion the version the caller saw
   * @return true if deleted, false if no such aggregate
   * @throws ConcurrentUpdateException if the version is stale
   */
  boolean delete(TenantId tenant, I id, long expectedVersion);

  /**
   * Counts a tenant's aggregates.
   *
   * @param tenant the tenant
   * @return the count
   */
  long count(TenantId tenant);
}
