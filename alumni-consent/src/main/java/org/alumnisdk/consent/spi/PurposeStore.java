package org.alumnisdk.consent.spi;

import java.util.List;
import java.util.Optional;
import org.alumnisdk.core.ConcurrentUpdateException;
import org.alumnisdk.core.PurposeId;
import org.alumnisdk.core.TenantId;

/**
 * Port: durable storage of each tenant's purpose catalogue (the purposes of use specified under
 * Art. 17, their versions, the changes with the operator's classification, and their ends).
 *
 * <p>The host guarantees:
 *
 * <ul>
 *   <li>{@link #insert} and {@link #update} are atomic compare-and-set operations on
 *       (tenant, purpose id): {@code insert} stores nothing and throws
 *       {@link ConcurrentUpdateException} when the purpose exists; {@code update} stores only if
 *       the stored revision is {@code next.revision() - 1}, otherwise it throws and stores
 *       nothing. Two instances racing on one purpose cannot both win.
 *   <li>Reads see every committed write, from any instance: the SDK keeps no copy of the
 *       catalogue and asks the store on every purpose check.
 *   <li>Values round-trip exactly (instants to the microsecond, Japanese text, non-ASCII ids);
 *       {@link #ids} is ordered by id in code-point order, whatever the database's collation.
 *   <li>Every call is tenant-scoped; no call returns another tenant's data. Thread-safe.
 * </ul>
 *
 * A failure throws an unchecked exception; the purpose gate turns it into a denial. Contract:
 * {@code org.alumnisdk.testkit.consent.PurposeStoreContract} in {@code alumni-consent-testkit}. Experimental SPI until 1.0.
 *
 * @since 0.1.0
 */
public interface PurposeStore {
  /**
   * Finds a purpose.
   *
   * @param tenant the tenant
   * @param id the purpose id
   * @return the stored purpose, or empty
   */
  Optional<StoredPurpose> find(TenantId tenant, PurposeId id);

  /**
   * The ids of a tenant's purposes.
   *
   * @param tenant the tenant
   * @return the ids in code-point order of their value
   */
  List<PurposeId> ids(TenantId tenant);

  /**
   * Stores a newly registered purpose (revision 1).
   *
   * @param purpose the purpose
   * @throws ConcurrentUpdateException if the tenant already has a purpose with that id
   */
  void insert(StoredPurpose purpose);

  /**
   * Replaces a purpose with its next revision.
   *
   * @param next the next revision ({@code revision} one more than the stored one)
   * @throws ConcurrentUpdateException if the stored revision is not {@code next.revision() - 1}
   */
  void update(StoredPurpose next);
}
