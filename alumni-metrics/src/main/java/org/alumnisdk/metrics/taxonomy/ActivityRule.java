package org.alumnisdk.metrics.taxonomy;

import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.activity.ActivityType;

/**
 * How one activity type is measured: its mode, its weight in the decayed score, its Orbit
 * commitment step, its RFM value points, whether it counts at all and how reliable it is.
 *
 * @param type the activity type
 * @param mode the engagement mode it belongs to
 * @param weight the weight in the time-decayed score; finite and {@code >= 0}
 * @param commitment the Orbit v2 commitment step, 1 (lowest) to 12 (highest)
 * @param value the RFM "monetary" value points (contribution mode; 0 elsewhere); finite, {@code >= 0}
 * @param counts whether the activity counts as engagement (false for an RSVP or an e-mail open)
 * @param quality whether the signal is reliable
 * @since 0.1.0
 */
public record ActivityRule(
    ActivityType type,
    EngagementMode mode,
    double weight,
    int commitment,
    double value,
    boolean counts,
    SignalQuality quality) {
  /**
   * Validates the rule.
   *
   * @param type the activity type
   * @param mode the engagement mode it belongs to
   * @param weight the weight in the time-decayed score; finite and {@code >= 0}
   * @param commitment the Orbit v2 commitment step, 1 (lowest) to 12 (highest)
   * @param value the RFM "monetary" value points (contribution mode; 0 elsewhere); finite, {@code >= 0}
   * @param counts whether the activity counts as engagement (false for an RSVP or an e-mail open)
   * @param quality whether the signal is reliable
   * @throws InvalidValueException if a field is missing or out of range
   */
  public ActivityRule {
    Checks.notNull(type, "rule.type");
    Checks.notNull(mode, "rule.mode");
    Checks.finiteNotNegative(weight, "rule.weight[" + type + "]");
    Checks.finiteNotNegative(value, "rule.value[" + type + "]");
    Checks.notNull(quality, "rule.quality");
    if (commitment < 1 || commitment > 12) {
      throw new InvalidValueException(
          "rule.commitment[" + type + "]", "must be between 1 and 12, was " + commitment);
    }
  }

  /**
   * A counting, reliable rule.
   *
   * @param type the activity type
   * @param mode the mode
   * @param weight the score weight
   * @param commitment the Orbit step 1..12
   * @param value the RFM value points
   * @return the rule
   */
  public static ActivityRule counting(
      ActivityType type, EngagementMode mode, double weight, int commitment, double value) {
    return new ActivityRule(type, mode, weight, commitment, value, true, SignalQuality.RELIABLE);
  }

  /**
   * Returns a copy with another weight.
   *
   * @param newWeight the weight
   * @return the copy
   */
  public ActivityRule withWeight(double newWeight) {
    return new ActivityRule(type, mode, newWeight, commitment, value, counts, quality);
  }

  /**
   * Returns a copy that counts or does not count.
   *
   * @param newCounts whether it counts
   * @return the copy
   */
  public ActivityRule withCounts(boolean newCounts) {
    return new ActivityRule(type, mode, weight, commitment, value, newCounts, quality);
  }

  /**
   * Returns a copy with other RFM value points.
   *
   * @param newValue the value points
   * @return the copy
   */
  public ActivityRule withValue(double newValue) {
    return new ActivityRule(type, mode, weight, commitment, newValue, counts, quality);
  }
}
