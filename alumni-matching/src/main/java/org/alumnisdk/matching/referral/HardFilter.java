package org.alumnisdk.matching.referral;

/**
 * The hard filters applied before any scoring, in the order a ranking evaluates them (cheap checks
 * first, the purpose gate last). A filtered alumnus is never scored.
 *
 * @since 0.1.0
 */
public enum HardFilter {
  /** The alumnus is on the query's conflict list (excluded ids). */
  CONFLICT_LIST,
  /** The alumnus currently works for an employer on the query's conflict list (e.g. no-poach). */
  CONFLICT_EMPLOYER,
  /** The membership status is not one the configuration allows (e.g. LEFT, REHIRED). */
  MEMBERSHIP_STATUS,
  /** Boomerang mode only: the rehire eligibility is not allowed (INELIGIBLE, or NEEDS_REVIEW). */
  REHIRE_ELIGIBILITY,
  /** Boomerang mode only: a language the opening needs is missing or below the level. */
  LANGUAGE,
  /** Boomerang mode only: the opening is on site and the alumnus is elsewhere or unknown. */
  LOCATION,
  /** The purpose gate (consent, notice) does not cover the mode's purpose. */
  PURPOSE_GATE
}
