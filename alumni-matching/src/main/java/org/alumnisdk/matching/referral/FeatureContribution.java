package org.alumnisdk.matching.referral;

import org.alumnisdk.core.Checks;

/**
 * What one feature added to a result's fit or response score.
 *
 * @param feature the feature
 * @param value the feature value in [0, 1]
 * @param weight the normalised weight: the feature's weight over the sum of its side's applicable weights
 * @param contribution {@code weight × value}; the contributions of one side sum to its score
 * @since 0.1.0
 */
public record FeatureContribution(Feature feature, double value, double weight, double contribution) {
  /**
   * Validates the value.
   *
   * @param feature the feature
   * @param value the feature value in [0, 1]
   * @param weight the normalised weight: the feature's weight over the sum of its side's applicable weights
   * @param contribution {@code weight × value}; the contributions of one side sum to its score
   * @throws org.alumnisdk.core.InvalidValueException if the feature is missing
   */
  public FeatureContribution {
    Checks.notNull(feature, "feature");
  }
}
