package org.alumnisdk.consent.spi;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.consent.rights.InMemoryRightsStore;
import org.alumnisdk.consent.rights.SubjectRequest;

/**
 * Port: stores data-subject requests and the stops they produced (cessation of use, cessation of
 * provision). Every call is tenant-scoped.
 *
 * <p>Hosts must guarantee: {@link #insert} is atomic (no two requests with one id in a tenant);
 * finders never return {@code null}; a stop, once {@link #addStop added}, is seen by every later
 * {@link #stopped} call on any instance (the consent gate asks the store on every check and keeps
 * no copy); every value round-trips exactly, including instants to the microsecond and
 * non-ASCII ids; {@link #all} orders by request id in code-point order, whatever the database's
 * collation; thread-safe. A failure throws an unchecked exception, which the gate turns into a
 * denial. Contract: {@code org.alumnisdk.testkit.consent.RightsStoreContract} in {@code alumni-consent-testkit}. Experimental SPI
 * until 1.0.
 *
 * @since 0.1.0
 */
public interface RightsStore {

  /** What a stop blocks. */
  enum StopKind {
    /** Use of the person's data (for a purpose, or all purposes). */
    USE,
    /** Provision of the person's data (to a recipient, or all recipients). */
    PROVISION
  }

  /**
   * Inserts a new request.
   *
   * @param request the request
   * @return false if the tenant already has a request with that id
   */
  boolean insert(SubjectRequest request);

  /**
   * Replaces a stored request with its next snapshot.
   *
   * @param request the request
   * @throws org.alumnisdk.core.InvalidValueException if the tenant has no request with that id
   *     (nothing is stored)
   */
  void update(SubjectRequest request);

  /**
   * Finds a request.
   *
   * @param tenant the tenant
   * @param requestId the id
   * @return the request, or empty
   */
  Optional<SubjectRequest> find(TenantId tenant, String requestId);

  /**
   * Lists a tenant's requests.
   *
   * @param tenant the tenant
   * @return the requests
   */
  List<SubjectRequest> all(TenantId tenant);

  /**
   * Records a stop that takes effect at an instant. Recording the same stop again keeps the
   * earliest instant.
   *
   * @param tenant the tenant
   * @param kind use or provision
   * @param alumnus the person
   * @param scope the purpose or recipient id, blank for all
   * @param since the instant from which the stop applies (kept to the microsecond)
   */
  void addStop(TenantId tenant, StopKind kind, AlumnusId alumnus, String scope, Instant since);

  /**
   * Says whether a stop covers the person for a scope at an instant: a stop of that kind, for
   * that scope or for every scope (blank), with {@code since <= at}.
   *
   * @param tenant the tenant
   * @param kind use or provision
   * @param alumnus the person
   * @param scope the purpose or recipient id
   * @param at the instant of processing
   * @return true if stopped
   */
  boolean stopped(TenantId tenant, StopKind kind, AlumnusId alumnus, String scope, Instant at);

  /**
   * Returns a new in-memory store.
   *
   * @return the store
   */
  static RightsStore inMemory() {
    return new InMemoryRightsStore();
  }
}
