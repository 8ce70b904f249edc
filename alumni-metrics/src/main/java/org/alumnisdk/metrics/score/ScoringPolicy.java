package org.alumnisdk.metrics.score;

import java.time.Duration;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;

/**
 * Parameters of the time-decayed score.
 *
 * @param halfLife the half-life of the main score (default 180 days): an activity this old
 *     contributes half its weight
 * @param trendHalfLife the shorter half-life of the recent score used for the trend (default 30
 *     days); must be shorter than {@code halfLife}
 * @param future what to do with future-dated activities
 * @param futureTolerance skew tolerated under {@link FutureActivityPolicy#REJECT}: activities
 *     at most this far ahead are clamped to now instead of rejected
 * @since 0.1.0
 */
public record ScoringPolicy(
    Duration halfLife, Duration trendHalfLife, FutureActivityPolicy future, Duration futureTolerance) {
  /**
   * Validates the policy.
   *
   * @param halfLife the half-life of the main score (default 180 days): an activity this old
   *     contributes half its weight
   * @param trendHalfLife the shorter half-life of the recent score used for the trend (default 30
   *     days); must be shorter than {@code halfLife}
   * @param future what to do with future-dated activities
   * @param futureTolerance skew tolerated under {@link FutureActivityPolicy#REJECT}: activities
   *     at most this far ahead are clamped to now instead of rejected
   * @throws InvalidValueException if a duration is missing, not positive (the tolerance may be
   *     zero) or below one millisecond, or the trend half-life is not shorter
   */
  public ScoringPolicy {
    Checks.notNull(halfLife, "halfLife");
    Checks.notNull(trendHalfLife, "trendHalfLife");
    Checks.notNull(future, "future");
    Checks.notNull(futureTolerance, "futureTolerance");
    if (halfLife.toMillis() < 1) {
      throw new InvalidValueException("halfLife", "must be at least 1 ms, was " + halfLife);
    }
    if (trendHalfLife.toMillis() < 1 || trendHalfLife.compareTo(halfLife) >= 0) {
      throw new InvalidValueException("trendHalfLife", "must be at least 1 ms and shorter than halfLife");
    }
    if (futureTolerance.isNegative()) {
      throw new InvalidValueException("futureTolerance", "must not be negative");
    }
  }

  /**
   * Half-life 180 days, trend half-life 30 days, future activities rejected beyond 5 minutes of skew.
   *
   * @return the default policy
   */
  public static ScoringPolicy defaults() {
    return new ScoringPolicy(
        Duration.ofDays(180), Duration.ofDays(30), FutureActivityPolicy.REJECT, Duration.ofMinutes(5));
  }

  /**
   * Returns a copy with another half-life; the trend half-life becomes a sixth of it when it
   * would no longer be shorter.
   *
   * @param newHalfLife the half-life
   * @return the copy
   */
  public ScoringPolicy withHalfLife(Duration newHalfLife) {
    Checks.notNull(newHalfLife, "halfLife");
    Duration trend = trendHalfLife.compareTo(newHalfLife) < 0
        ? trendHalfLife : Duration.ofMillis(Math.max(1, newHalfLife.toMillis() / 6));
    return new ScoringPolicy(newHalfLife, trend, future, futureTolerance);
  }

  /**
   * Returns a copy with another future-activity policy.
   *
   * @param policy the policy
   * @return the copy
   */
  public ScoringPolicy withFuture(FutureActivityPolicy policy) {
    return new ScoringPolicy(halfLife, trendHalfLife, policy, futureTolerance);
  }

  /**
   * The half-life in milliseconds.
   *
   * @return the millis
   */
  public long halfLifeMillis() {
    return halfLife.toMillis();
  }

  /**
   * The trend half-life in milliseconds.
   *
   * @return the millis
   */
  public long trendHalfLifeMillis() {
    return trendHalfLife.toMillis();
  }
}
