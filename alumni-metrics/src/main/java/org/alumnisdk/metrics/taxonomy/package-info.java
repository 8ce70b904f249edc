/**
 * Activity taxonomy: maps {@link org.alumnisdk.core.activity.ActivityType activity types} to the
 * four corporate {@link org.alumnisdk.metrics.taxonomy.EngagementMode engagement modes} with a
 * configurable weight, Orbit commitment step and RFM value per type. Attendance counts while an
 * RSVP alone does not; clicks count while opens are kept but flagged
 * {@link org.alumnisdk.metrics.taxonomy.SignalQuality#UNRELIABLE unreliable}.
 */
@NullMarked
package org.alumnisdk.metrics.taxonomy;

import org.jspecify.annotations.NullMarked;
