/**
 * Time-decayed engagement scores: {@link org.alumnisdk.metrics.score.DecayedSum} (the O(1),
 * order-independent half-life sum), {@link org.alumnisdk.metrics.score.EngagementScorer} (a
 * streaming, consent-aware, tenant-scoped scorer with duplicate and future-date handling) and the
 * result records {@link org.alumnisdk.metrics.score.EngagementScore} and
 * {@link org.alumnisdk.metrics.score.ScoreReport}.
 */
@NullMarked
package org.alumnisdk.metrics.score;

import org.jspecify.annotations.NullMarked;
