package org.alumnisdk.metrics.score;

import java.time.Instant;
import java.util.List;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.TenantId;

/**
 * All scores of a tenant as of an instant, with the number of alumni left out for lack of consent.
 *
 * @param tenant the tenant
 * @param asOf the instant
 * @param scores one score per consenting alumnus with at least one scored activity, ordered by id
 * @param excludedForConsent alumni whose activities were ignored or whose state was dropped
 *     because their consent does not cover engagement analytics at {@code asOf}
 * @param ingest the ingest counts since the scorer was created
 * @since 0.1.0
 */
public record ScoreReport(
    TenantId tenant, Instant asOf, List<EngagementScore> scores, long excludedForConsent, IngestSummary ingest) {
  /**
   * Validates and copies.
   *
   * @param tenant the tenant
   * @param asOf the instant
   * @param scores one score per consenting alumnus with at least one scored activity, ordered by id
   * @param excludedForConsent alumni whose activities were ignored or whose state was dropped
   *     because their consent does not cover engagement analytics at {@code asOf}
   * @param ingest the ingest counts since the scorer was created
   * @throws org.alumnisdk.core.InvalidValueException if a field is missing
   */
  public ScoreReport {
    Checks.notNull(tenant, "tenant");
    Checks.notNull(asOf, "asOf");
    scores = Checks.copyOf(scores, "scores");
    Checks.notNegative(excludedForConsent, "excludedForConsent");
    Checks.notNull(ingest, "ingest");
  }
}
