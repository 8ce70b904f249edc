package org.alumnisdk.metrics.score;

/**
 * What the scorer does with an activity dated after the clock's current instant (clock skew,
 * wrong time zone, scheduled entries).
 *
 * @since 0.1.0
 */
public enum FutureActivityPolicy {
  /**
   * Reject activities later than now plus the tolerance (not scored, not remembered, so a retry
   * after that instant succeeds); those within the tolerance are clamped to now.
   */
  REJECT,
  /** Score every future-dated activity as if it happened now; it is never weighted above its weight. */
  CLAMP_TO_NOW
}
