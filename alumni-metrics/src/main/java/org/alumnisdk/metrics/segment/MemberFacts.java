package org.alumnisdk.metrics.segment;

import org.alumnisdk.core.Checks;
import org.alumnisdk.metrics.level.OrbitLevel;

/**
 * The facts segment rules look at for one alumnus, as of one instant.
 *
 * @param score the decayed score
 * @param momentum the trend ratio (below 1 = declining), see
 *     {@link org.alumnisdk.metrics.score.EngagementScore#momentum()}
 * @param daysSinceLastActivity whole days since the last counted activity, or -1 if never
 * @param level the Orbit level
 * @param rfmSegment the RFM segment name
 * @since 0.1.0
 */
public record MemberFacts(
    double score, double momentum, long daysSinceLastActivity, OrbitLevel level, String rfmSegment) {
  /**
   * Validates the facts.
   *
   * @param score the decayed score
   * @param momentum the trend ratio (below 1 = declining), see
   *     {@link org.alumnisdk.metrics.score.EngagementScore#momentum()}
   * @param daysSinceLastActivity whole days since the last counted activity, or -1 if never
   * @param level the Orbit level
   * @param rfmSegment the RFM segment name
   * @throws org.alumnisdk.core.InvalidValueException if a field is missing or invalid
   */
  public MemberFacts {
    Checks.finiteNotNegative(score, "score");
    Checks.finiteNotNegative(momentum, "momentum");
    Checks.notNull(level, "level");
    Checks.notNull(rfmSegment, "rfmSegment");
  }

  /**
   * Whether the alumnus had a counted activity within this many days.
   *
   * @param days the days
   * @return true if active that recently
   */
  public boolean activeWithin(long days) {
    return daysSinceLastActivity >= 0 && daysSinceLastActivity <= days;
  }
}
