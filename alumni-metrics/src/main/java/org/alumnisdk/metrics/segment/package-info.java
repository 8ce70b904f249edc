/**
 * Segments with configurable rules: {@link org.alumnisdk.metrics.segment.SegmentRules} is an
 * ordered list of named predicates over {@link org.alumnisdk.metrics.segment.MemberFacts}
 * (champion, at risk = declining trend, active, passive, dormant by default); each
 * {@link org.alumnisdk.metrics.segment.SegmentAssignment} carries the rule that matched.
 */
@NullMarked
package org.alumnisdk.metrics.segment;

import org.jspecify.annotations.NullMarked;
