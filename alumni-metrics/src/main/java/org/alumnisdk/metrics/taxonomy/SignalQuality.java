package org.alumnisdk.metrics.taxonomy;

/**
 * How far an activity signal can be trusted as a human act.
 *
 * @since 0.1.0
 */
public enum SignalQuality {
  /** The signal is an act of the alumnus (a click, a check-in, a submitted referral). */
  RELIABLE,
  /**
   * The signal may be machine-generated: e-mail opens are partly produced by privacy proxies
   * (Apple Mail Privacy Protection, 2021) and image blockers. Available, but flagged.
   */
  UNRELIABLE
}
