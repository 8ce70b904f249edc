/**
 * Orbit model v2 levels: a two-axis depth/presence assessment
 * ({@link org.alumnisdk.metrics.level.LevelPolicy}) placing alumni at exploring, participating,
 * contributing or leading (steps III/II/I), with presence milestones and hysteresis on demotion.
 */
@NullMarked
package org.alumnisdk.metrics.level;

import org.jspecify.annotations.NullMarked;
