package org.alumnisdk.metrics.kpi;

import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;

/**
 * Assumptions of the cost-saved KPI.
 *
 * @param agencyFeeRate the agency fee as a share of the theoretical annual salary (default 0.35,
 *     the Japanese 届出制手数料 custom); between 0 and 1
 * @param programmeCost the programme cost attributed to the window, in the currency unit
 * @param currency the currency code, e.g. {@code JPY}
 * @since 0.1.0
 */
public record CostAssumptions(double agencyFeeRate, long programmeCost, String currency) {
  /**
   * Validates the assumptions.
   *
   * @param agencyFeeRate the agency fee as a share of the theoretical annual salary (default 0.35,
   *     the Japanese 届出制手数料 custom); between 0 and 1
   * @param programmeCost the programme cost attributed to the window, in the currency unit
   * @param currency the currency code, e.g. {@code JPY}
   * @throws InvalidValueException if the rate is outside 0..1 or the cost negative
   */
  public CostAssumptions {
    Checks.finiteNotNegative(agencyFeeRate, "agencyFeeRate");
    if (agencyFeeRate > 1) {
      throw new InvalidValueException("agencyFeeRate", "must be at most 1, was " + agencyFeeRate);
    }
    Checks.notNegative(programmeCost, "programmeCost");
    currency = Checks.notBlank(currency, "currency");
  }

  /**
   * 35% fee rate, no programme cost, JPY.
   *
   * @return the defaults
   */
  public static CostAssumptions defaults() {
    return new CostAssumptions(0.35, 0, "JPY");
  }

  /**
   * Returns a copy with a programme cost.
   *
   * @param cost the cost
   * @return the copy
   */
  public CostAssumptions withProgrammeCost(long cost) {
    return new CostAssumptions(agencyFeeRate, cost, currency);
  }
}
