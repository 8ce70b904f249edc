package org.alumnisdk.consent.spi;

import java.util.List;
import java.util.Set;
import org.alumnisdk.core.ConcurrentUpdateException;
import org.alumnisdk.core.TenantId;

/**
 * Port: durable, append-only storage of each tenant's consent hash chain.
 *
 * <p>The host guarantees: {@link #append} is atomic and accepts a record only at position
 * {@code size(tenant)} (otherwise it throws {@link ConcurrentUpdateException} and stores
 * nothing); records are never updated or deleted through this port; reads return records in
 * position order exactly as stored (bytes unchanged), so that verification can detect edits made
 * behind the SDK's back. Implementations must be thread-safe. The SDK opens no transactions.
 * Contract: {@code org.alumnisdk.testkit.consent.ConsentLedgerStoreContract} in
 * {@code alumni-consent-testkit}. Experimental SPI until 1.0.
 *
 * @since 0.1.0
 */
public interface ConsentLedgerStore {
  /**
   * Appends a record at the end of its tenant's chain.
   *
   * @param record the record; its position must equal the current size
   * @throws ConcurrentUpdateException if the position is not the current size
   */
  void append(LedgerRecord record);

  /**
   * The number of records in a tenant's chain.
   *
   * @param tenant the tenant
   * @return the size (0 for an unknown tenant)
   */
  long size(TenantId tenant);

  /**
   * Reads records in position order.
   *
   * @param tenant the tenant
   * @param fromPosition the first position to read
   * @param limit the maximum number of records
   * @return up to {@code limit} records starting at {@code fromPosition}; empty past the end
   */
  List<LedgerRecord> read(TenantId tenant, long fromPosition, int limit);

  /**
   * The tenants that have at least one record.
   *
   * @return the tenants
   */
  Set<TenantId> tenants();
}
