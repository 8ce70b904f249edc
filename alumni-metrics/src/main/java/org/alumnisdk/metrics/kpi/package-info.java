/**
 * KPIs that an alumni team can audit: every {@link org.alumnisdk.metrics.kpi.Kpi} carries its
 * {@link org.alumnisdk.metrics.kpi.KpiDefinition} (formula, window, numerator, denominator,
 * exclusions). Holds the input fact records (hires, referrals, events, campaigns), the fiscal
 * calendar, and the stateless hiring and participation KPIs; population KPIs (percentage
 * engaged, active members, growth, capture, retention) live on
 * {@link org.alumnisdk.metrics.EngagementAnalysis}.
 */
@NullMarked
package org.alumnisdk.metrics.kpi;

import org.jspecify.annotations.NullMarked;
