package org.alumnisdk.metrics.level;

import org.alumnisdk.core.InvalidValueException;

/**
 * A presence milestone: active on at least {@code minActiveDays} days within a bucket of
 * {@code bucketDays} days reaches the level's entry step (III); the same for 2 consecutive buckets
 * reaches step II, for 3 step I.
 *
 * @param level the level it leads to (participating, contributing or leading)
 * @param bucketDays the bucket length in days (Orbit: week 7, month 30, quarter 91)
 * @param minActiveDays active days needed in one bucket
 * @since 0.1.0
 */
public record PresenceMilestone(OrbitLevel level, int bucketDays, int minActiveDays) {
  /**
   * Validates the milestone.
   *
   * @param level the level it leads to (participating, contributing or leading)
   * @param bucketDays the bucket length in days (Orbit: week 7, month 30, quarter 91)
   * @param minActiveDays active days needed in one bucket
   * @throws InvalidValueException if the level is NONE/EXPLORING or the numbers are out of range
   */
  public PresenceMilestone {
    if (level == null || level.weight() < OrbitLevel.PARTICIPATING.weight()) {
      throw new InvalidValueException("milestone.level", "must be PARTICIPATING, CONTRIBUTING or LEADING");
    }
    if (bucketDays < 1 || bucketDays > 366) {
      throw new InvalidValueException("milestone.bucketDays", "must be between 1 and 366");
    }
    if (minActiveDays < 1 || minActiveDays > bucketDays) {
      throw new InvalidValueException("milestone.minActiveDays", "must be between 1 and bucketDays");
    }
  }

  /**
   * The entry step (III) of the level.
   *
   * @return 4, 7 or 10
   */
  public int entryStep() {
    return level.weight();
  }
}
