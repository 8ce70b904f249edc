package org.alumnisdk.metrics.kpi;

/**
 * What kind of figure a KPI is.
 *
 * @since 0.1.0
 */
public enum KpiKind {
  /** A share: the numerator is a subset of the denominator (cohort rule), so {@code 0 <= n <= d}. */
  RATIO,
  /** A signed change relative to a base: {@code value = numerator / denominator}, may be negative or above 1. */
  GROWTH,
  /** A count: {@code value = numerator}, denominator 0. */
  COUNT,
  /** A money amount in the definition's currency: {@code value} only; numerator and denominator 0. */
  AMOUNT
}
