/**
 * Engagement metrics for corporate alumni networks. {@link org.alumnisdk.metrics.Engagement} is
 * the entry point; {@link org.alumnisdk.metrics.Population} decides who may be measured (consent
 * for engagement analytics); {@link org.alumnisdk.metrics.EngagementAnalysis} computes, in one
 * pass, per-alumnus {@link org.alumnisdk.metrics.MemberMetrics} (score, Orbit level, RFM,
 * segment) and the population KPIs. Sub-packages: {@code taxonomy}, {@code score}, {@code level},
 * {@code rfm}, {@code segment}, {@code kpi}, {@code export}.
 */
@NullMarked
package org.alumnisdk.metrics;

import org.jspecify.annotations.NullMarked;
