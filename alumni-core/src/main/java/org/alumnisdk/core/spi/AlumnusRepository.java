package org.alumnisdk.core.spi;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.ConcurrentUpdateException;
import org.alumnisdk.core.Page;
import org.alumnisdk.core.PageRequest;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.alumnus.Alumnus;

/**
 * Port: stores alumni. Every call is scoped to one tenant; nothing returns another tenant's data.
 *
 * <p>Hosts must guarantee: {@link #save} is atomic and checks the optimistic version; finders
 * never return {@code null}; implementations are thread-safe. The external id is unique per
 * tenant. Experimental SPI until 1.0.
 *
 * @since 0.1.0
 */
public interface AlumnusRepository extends VersionedRepository<AlumnusId, Alumnus> {
  /**
   * Finds an alumnus by id.
   *
   * @param tenant the tenant
   * @param id the alumnus id
   * @return the alumnus, or empty if the tenant has none with that id
   */
  @Override
  Optional<Alumnus> findById(TenantId tenant, AlumnusId id);

  /**
   * Finds an alumnus by HRIS employee id.
   *
   * @param tenant the tenant
   * @param externalId the HRIS employee id
   * @return the alumnus, or empty
   */
  Optional<Alumnus> findByExternalId(TenantId tenant, String externalId);

  /**
   * Lists a tenant's alumni ordered by id.
   *
   * @param tenant the tenant
   * @param page which page
   * @return the page
   */
  @Override
  Page<Alumnus> findAll(TenantId tenant, PageRequest page);

  /**
   * Inserts (version 0) or updates (version = stored version) an alumnus.
   *
   * @param alumnus the alumnus; its tenant scopes the call
   * @return the stored alumnus with its new version (the old version + 1)
   * @throws ConcurrentUpdateException if the version is stale, or 0 while the id or external id
   *     is already stored
   */
  @Override
  Alumnus save(Alumnus alumnus);

  /**
   * Deletes an alumnus.
   *
   * @param tenant the tenant
   * @param id the alumnus id
   * @param expectedVersion the version the caller saw
   * @return true if deleted, false if no such alumnus
   * @throws ConcurrentUpdateException if the version is stale
   */
  @Override
  boolean delete(TenantId tenant, AlumnusId id, long expectedVersion);

  /**
   * Counts a tenant's alumni.
   *
   * @param tenant the tenant
   * @return the count
   */
  @Override
  long count(TenantId tenant);

  /**
   * Saves several alumni of one tenant as one unit: every one is checked as {@link #save} checks
   * it, and either all are stored or none is. Roster imports write through this method.
   *
   * <p>The default saves them one by one and, when one fails, undoes those already saved, newest
   * first, by deleting the inserted and restoring the updated ones. That undo is best effort: a
   * writer on another instance can change an alumnus in between, and a crash leaves the saves
   * done so far. Stores with transactions override it to write every alumnus in one transaction
   * (the JDBC adapter does), which makes the unit atomic for every reader.
   *
   * @param alumni the alumni, all of one tenant
   * @return the stored alumni with their new versions, in the same order
   * @throws ConcurrentUpdateException if any version is stale; nothing is stored
   * @throws org.alumnisdk.core.TenantMismatchException if the alumni are of several tenants
   * @since 0.1.0
   */
  default List<Alumnus> saveAll(List<Alumnus> alumni) {
    List<Alumnus> batch = Checks.copyOf(alumni, "alumni");
    for (Alumnus a : batch) {
      Checks.sameTenant(batch.get(0).tenant(), a.tenant(), "alumni.tenant");
    }
    List<Alumnus> saved = new ArrayList<>(batch.size());
    List<Optional<Alumnus>> before = new ArrayList<>(batch.size());
    try {
      for (Alumnus a : batch) {
        before.add(a.version() == 0 ? Optional.empty() : findById(a.tenant(), a.id()));
        saved.add(save(a));
      }
    } catch (RuntimeException failure) {
      for (int i = saved.size() - 1; i >= 0; i--) {
        Alumnus done = saved.get(i);
        try {
          if (before.get(i).isEmpty()) {
            delete(done.tenant(), done.id(), done.version());
          } else {
            save(before.get(i).get().withVersion(done.version()));
          }
        } catch (RuntimeException undoFailure) {
          failure.addSuppressed(undoFailure);
        }
      }
      throw failure;
    }
    return List.copyOf(saved);
  }
}
