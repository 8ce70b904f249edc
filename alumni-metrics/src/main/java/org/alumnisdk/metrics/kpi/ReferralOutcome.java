package org.alumnisdk.metrics.kpi;

/**
 * The state of a referral as of the report.
 *
 * @since 0.1.0
 */
public enum ReferralOutcome {
  /** Still in process. */
  PENDING,
  /** The referred candidate was hired. */
  HIRED,
  /** Not hired. */
  REJECTED,
  /** Withdrawn by the referrer or candidate. */
  WITHDRAWN
}
