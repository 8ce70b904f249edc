package org.alumnisdk.consent.retention;

import java.time.Instant;
import java.util.List;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.TenantId;

/**
 * Holdings still kept after their deletion or anonymisation was due (Art. 22).
 *
 * @param tenant the tenant
 * @param at the instant of the report
 * @param overdue the overdue steps, most overdue first
 * @since 0.1.0
 */
public record OverdueReport(TenantId tenant, Instant at, List<RetentionStep> overdue) {
  /**
   * Validates the report and copies the list.
   *
   * @param tenant the tenant
   * @param at the instant of the report
   * @param overdue the overdue steps, most overdue first
   */
  public OverdueReport {
    Checks.notNull(tenant, "report.tenant");
    Checks.notNull(at, "report.at");
    overdue = Checks.copyOf(overdue, "report.overdue");
  }
}
