/**
 * RFM (recency, frequency, monetary value points) scoring: quintiles of the
 * {@link org.alumnisdk.metrics.rfm.MidRankPercentile mid-rank percentile} with deterministic ties,
 * {@link org.alumnisdk.metrics.rfm.RfmBands fixed bands} for small populations, and named segments
 * in the style of CRAN {@code rfm} ({@link org.alumnisdk.metrics.rfm.RfmSegmentRule}).
 */
@NullMarked
package org.alumnisdk.metrics.rfm;

import org.jspecify.annotations.NullMarked;
