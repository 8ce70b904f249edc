package org.alumnisdk.matching.referral;

import java.util.List;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;

/**
 * One ranked alumnus with the explanation of its score. Holds ids and numbers only.
 *
 * @param alumnus the alumnus
 * @param rank the 1-based rank
 * @param score the fused score in (0, 1]
 * @param fit the fit score in [0, 1] (sum of the FIT contributions)
 * @param response the response score in [0, 1] (sum of the RESPONSE contributions)
 * @param contributions per applicable feature, in {@link Feature} order
 * @since 0.1.0
 */
public record ReferralResult(
    AlumnusId alumnus,
    int rank,
    double score,
    double fit,
    double response,
    List<FeatureContribution> contributions) {
  /**
   * Validates the value and copies the list.
   *
   * @param alumnus the alumnus
   * @param rank the 1-based rank
   * @param score the fused score in (0, 1]
   * @param fit the fit score in [0, 1] (sum of the FIT contributions)
   * @param response the response score in [0, 1] (sum of the RESPONSE contributions)
   * @param contributions per applicable feature, in {@link Feature} order
   * @throws org.alumnisdk.core.InvalidValueException if a field is missing
   */
  public ReferralResult {
    Checks.notNull(alumnus, "alumnus");
    contributions = Checks.copyOf(contributions, "contributions");
  }

  /**
   * The contribution of one feature, or 0 when the feature did not apply.
   *
   * @param feature the feature
   * @return the contribution
   */
  public double contributionOf(Feature feature) {
    for (FeatureContribution c : contributions) {
      if (c.feature() == feature) {
        return c.contribution();
      }
    }
    return 0.0;
  }
}
