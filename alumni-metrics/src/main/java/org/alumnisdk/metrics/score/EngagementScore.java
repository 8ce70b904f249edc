package org.alumnisdk.metrics.score;

import java.time.Instant;
import java.util.Optional;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;

/**
 * One alumnus's time-decayed engagement score as of an instant.
 *
 * @param alumnus the alumnus
 * @param asOf the instant the score is computed for
 * @param score {@code Σ w_i · 2^(-(asOf - t_i)/H)} over counted activities, H = the half-life
 * @param recentScore the same sum with the shorter trend half-life
 * @param momentum {@code (recentScore / H_trend) / (score / H)}: about 1 for a steady rate,
 *     below 1 when activity is declining, above 1 when rising; 0 when the score is 0
 * @param lastActivity the latest counted activity, if any
 * @param activities how many counted activities were scored
 * @since 0.1.0
 */
public record EngagementScore(
    AlumnusId alumnus,
    Instant asOf,
    double score,
    double recentScore,
    double momentum,
    Optional<Instant> lastActivity,
    long activities) {
  /**
   * Validates the score.
   *
   * @param alumnus the alumnus
   * @param asOf the instant the score is computed for
   * @param score {@code Σ w_i · 2^(-(asOf - t_i)/H)} over counted activities, H = the half-life
   * @param recentScore the same sum with the shorter trend half-life
   * @param momentum {@code (recentScore / H_trend) / (score / H)}: about 1 for a steady rate,
   *     below 1 when activity is declining, above 1 when rising; 0 when the score is 0
   * @param lastActivity the latest counted activity, if any
   * @param activities how many counted activities were scored
   * @throws org.alumnisdk.core.InvalidValueException if a field is missing or negative
   */
  public EngagementScore {
    Checks.notNull(alumnus, "alumnus");
    Checks.notNull(asOf, "asOf");
    Checks.finiteNotNegative(score, "score");
    Checks.finiteNotNegative(recentScore, "recentScore");
    Checks.finiteNotNegative(momentum, "momentum");
    Checks.notNull(lastActivity, "lastActivity");
    Checks.notNegative(activities, "activities");
  }

  /**
   * Computes the momentum from the two decayed sums.
   *
   * @param score the main score
   * @param recentScore the recent score
   * @param halfLifeMillis the main half-life
   * @param trendHalfLifeMillis the trend half-life
   * @return the momentum, 0 when the main score is 0
   */
  public static double momentum(
      double score, double recentScore, long halfLifeMillis, long trendHalfLifeMillis) {
    if (!(score > 0)) {
      return 0.0;
    }
    double m = (recentScore / trendHalfLifeMillis) / (score / halfLifeMillis);
    return Double.isFinite(m) ? m : 0.0;
  }
}
