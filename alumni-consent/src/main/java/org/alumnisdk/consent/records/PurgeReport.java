package org.alumnisdk.consent.records;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.TenantId;

/**
 * What a purge did: the records deleted because their retention had ended and how many remain.
 *
 * @param tenant the tenant
 * @param at the instant of the purge
 * @param deleted ids of the records deleted
 * @param kept how many records are still within their retention
 * @param nextDeletableAt the earliest retention end among kept records, if any
 * @since 0.1.0
 */
public record PurgeReport(
    TenantId tenant, Instant at, List<String> deleted, int kept, Optional<Instant> nextDeletableAt) {
  /**
   * Validates the report and copies the list.
   *
   * @param tenant the tenant
   * @param at the instant of the purge
   * @param deleted ids of the records deleted
   * @param kept how many records are still within their retention
   * @param nextDeletableAt the earliest retention end among kept records, if any
   */
  public PurgeReport {
    Checks.notNull(tenant, "tenant");
    Checks.notNull(at, "at");
    deleted = Checks.copyOf(deleted, "deleted");
    Checks.notNull(nextDeletableAt, "nextDeletableAt");
  }
}
