package org.alumnisdk.matching.referral;

import java.util.List;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;

/**
 * The answer to "why is alumnus X not (higher) in the ranking?".
 *
 * @since 0.1.0
 */
public sealed interface WhyNot
    permits WhyNot.NotIndexed, WhyNot.Filtered, WhyNot.Included, WhyNot.RankedBelow {

  /**
   * The alumnus asked about.
   *
   * @return the id
   */
  AlumnusId alumnus();

  /**
   * The alumnus is not in the index (never added, or removed).
   *
   * @param alumnus the id
   */
  record NotIndexed(AlumnusId alumnus) implements WhyNot {
    /**
     * Validates the value.
     *
     * @param alumnus the id
     */
    public NotIndexed {
      Checks.notNull(alumnus, "alumnus");
    }
  }

  /**
   * The alumnus failed hard filters and was never scored.
   *
   * @param alumnus the id
   * @param failures every failing filter, in evaluation order
   */
  record Filtered(AlumnusId alumnus, List<FilterFailure> failures) implements WhyNot {
    /**
     * Validates the value and copies the list.
     *
     * @param alumnus the id
     * @param failures every failing filter, in evaluation order
     */
    public Filtered {
      Checks.notNull(alumnus, "alumnus");
      failures = Checks.copyOf(failures, "failures");
    }
  }

  /**
   * The alumnus is in the top k.
   *
   * @param alumnus the id
   * @param result the result as ranked
   */
  record Included(AlumnusId alumnus, ReferralResult result) implements WhyNot {
    /**
     * Validates the value.
     *
     * @param alumnus the id
     * @param result the result as ranked
     */
    public Included {
      Checks.notNull(alumnus, "alumnus");
      Checks.notNull(result, "result");
    }
  }

  /**
   * The alumnus passed every filter but ranked below the k-th result.
   *
   * @param alumnus the id
   * @param rank the 1-based rank among all eligible alumni
   * @param own the alumnus's own scored result (with contributions)
   * @param kth the k-th returned result it would have to beat
   * @param gaps per feature, own contribution minus the k-th's, largest deficit first
   */
  record RankedBelow(
      AlumnusId alumnus, int rank, ReferralResult own, ReferralResult kth, List<FeatureGap> gaps)
      implements WhyNot {
    /**
     * Validates the value and copies the list.
     *
     * @param alumnus the id
     * @param rank the 1-based rank among all eligible alumni
     * @param own the alumnus's own scored result (with contributions)
     * @param kth the k-th returned result it would have to beat
     * @param gaps per feature, own contribution minus the k-th's, largest deficit first
     */
    public RankedBelow {
      Checks.notNull(alumnus, "alumnus");
      Checks.notNull(own, "own");
      Checks.notNull(kth, "kth");
      gaps = Checks.copyOf(gaps, "gaps");
    }
  }

  /**
   * The difference in one feature's contribution between an alumnus and the k-th result.
   *
   * @param feature the feature
   * @param own the alumnus's contribution
   * @param kth the k-th result's contribution
   * @param difference {@code own - kth}; negative where the alumnus falls short
   */
  record FeatureGap(Feature feature, double own, double kth, double difference) {
    /**
     * Validates the value.
     *
     * @param feature the feature
     * @param own the alumnus's contribution
     * @param kth the k-th result's contribution
     * @param difference {@code own - kth}; negative where the alumnus falls short
     */
    public FeatureGap {
      Checks.notNull(feature, "feature");
    }
  }
}
