package org.alumnisdk.metrics;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.metrics.level.LevelAssessment;
import org.alumnisdk.metrics.rfm.RfmScore;
import org.alumnisdk.metrics.segment.SegmentAssignment;
import org.alumnisdk.metrics.taxonomy.EngagementMode;

/**
 * Everything measured about one alumnus as of the analysis instant. Holds ids and figures only,
 * never personal data.
 *
 * @param alumnus the alumnus
 * @param score the time-decayed score
 * @param scorePercentile the score's mid-rank percentile among the measured population, 0..100
 * @param recentScore the score with the shorter trend half-life
 * @param momentum the trend ratio (below 1 = declining)
 * @param lastActivity the latest counted activity, if any
 * @param daysSinceLastActivity whole days since it, or -1 if none
 * @param activities counted activities up to the as-of instant
 * @param modesInPeriod the modes engaged in during the reporting period (kept in mode order)
 * @param level the Orbit level
 * @param rfm the RFM scores and segment
 * @param segment the segment with its reason
 * @since 0.1.0
 */
public record MemberMetrics(
    AlumnusId alumnus, double score, double scorePercentile, double recentScore, double momentum, Optional<Instant> lastActivity,
    long daysSinceLastActivity, long activities, Set<EngagementMode> modesInPeriod, LevelAssessment level,
    RfmScore rfm, SegmentAssignment segment) {
  /**
   * Validates and copies.
   *
   * @param alumnus the alumnus
   * @param score the time-decayed score
   * @param scorePercentile the score's mid-rank percentile among the measured population, 0..100
   * @param recentScore the score with the shorter trend half-life
   * @param momentum the trend ratio (below 1 = declining)
   * @param lastActivity the latest counted activity, if any
   * @param daysSinceLastActivity whole days since it, or -1 if none
   * @param activities counted activities up to the as-of instant
   * @param modesInPeriod the modes engaged in during the reporting period (kept in mode order)
   * @param level the Orbit level
   * @param rfm the RFM scores and segment
   * @param segment the segment with its reason
   * @throws org.alumnisdk.core.InvalidValueException if a field is missing
   */
  public MemberMetrics {
    Checks.notNull(alumnus, "alumnus");
    Checks.notNull(lastActivity, "lastActivity");
    Checks.notNull(modesInPeriod, "modesInPeriod");
    java.util.EnumSet<EngagementMode> modes = java.util.EnumSet.noneOf(EngagementMode.class);
    modes.addAll(modesInPeriod);
    modesInPeriod = java.util.Collections.unmodifiableSet(modes);
    Checks.notNull(level, "level");
    Checks.notNull(rfm, "rfm");
    Checks.notNull(segment, "segment");
  }
}
