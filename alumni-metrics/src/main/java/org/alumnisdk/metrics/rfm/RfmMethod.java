package org.alumnisdk.metrics.rfm;

/**
 * How R, F and M were turned into 1..5 scores.
 *
 * @since 0.1.0
 */
public enum RfmMethod {
  /** Quintiles of the mid-rank percentile (ties share a score). */
  QUINTILES,
  /** Fixed bands, used when the population is smaller than the configured minimum. */
  FIXED_BANDS
}
