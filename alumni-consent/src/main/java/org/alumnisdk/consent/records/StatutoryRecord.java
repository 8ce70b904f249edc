package org.alumnisdk.consent.records;

import java.time.Instant;
import java.util.List;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.TenantId;

/**
 * A record the law requires: a provision record (Art. 29) or a receipt record (Art. 30).
 *
 * @since 0.1.0
 */
public sealed interface StatutoryRecord permits ProvisionRecord, ReceiptRecord {
  /**
   * The tenant.
   *
   * @return the tenant
   */
  TenantId tenant();

  /**
   * The record identifier, unique within the tenant.
   *
   * @return the id
   */
  String recordId();

  /**
   * The persons the record is about.
   *
   * @return their ids
   */
  List<AlumnusId> alumni();

  /**
   * The kind of record.
   *
   * @return the type
   */
  RecordType type();

  /**
   * How it was made (decides its retention).
   *
   * @return the method
   */
  RecordingMethod method();

  /**
   * When the record was made.
   *
   * @return the instant
   */
  Instant recordedAt();

  /**
   * When the last provision or receipt it covers took place.
   *
   * @return the instant
   */
  Instant lastOccurredAt();
}
