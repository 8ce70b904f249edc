package org.alumnisdk.consent.spi;

import java.util.List;
import java.util.Optional;
import org.alumnisdk.consent.records.KeptRecord;
import org.alumnisdk.core.TenantId;

/**
 * Port: storage of Art. 29 provision records and Art. 30 receipt records.
 *
 * <p>The host guarantees: {@link #put} stores or replaces a record by (tenant, record id)
 * atomically; {@link #delete} is called by the SDK only after the record's retention has ended;
 * no other component deletes records (in particular deleting a profile must not cascade here);
 * reads are tenant-scoped and see every committed write from any instance; instants round-trip to
 * the microsecond. Implementations must be thread-safe. Contract:
 * {@code org.alumnisdk.testkit.consent.StatutoryRecordStoreContract} in
 * {@code alumni-consent-testkit}. Experimental SPI until 1.0.
 *
 * @since 0.1.0
 */
public interface StatutoryRecordStore {
  /**
   * Stores or replaces a record.
   *
   * @param record the record with its retention
   */
  void put(KeptRecord record);

  /**
   * Finds a record by id.
   *
   * @param tenant the tenant
   * @param recordId the record id
   * @return the record, or empty
   */
  Optional<KeptRecord> find(TenantId tenant, String recordId);

  /**
   * All records of a tenant, in the order they were first put (a replacement keeps its place).
   *
   * @param tenant the tenant
   * @return the records
   */
  List<KeptRecord> all(TenantId tenant);

  /**
   * Deletes a record.
   *
   * @param tenant the tenant
   * @param recordId the record id
   * @return whether a record was deleted
   */
  boolean delete(TenantId tenant, String recordId);
}
