package org.alumnisdk.metrics.kpi;

/**
 * Warnings attached to a KPI value.
 *
 * @since 0.1.0
 */
public enum KpiFlag {
  /** Based on a signal that may be machine-generated (e-mail opens). */
  UNRELIABLE_SIGNAL,
  /** The denominator is zero; the value is reported as 0 but is undefined. */
  EMPTY_DENOMINATOR
}
