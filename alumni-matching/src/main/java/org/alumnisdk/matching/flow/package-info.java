/**
 * Min-cost flow: {@link org.alumnisdk.matching.flow.CapacitatedAssignment} (mentees to mentors with
 * capacities and an unmatched value, one early-stopping Dijkstra per mentee) and the general {@link
 * org.alumnisdk.matching.flow.MinCostFlow} over a {@link org.alumnisdk.matching.flow.FlowNetwork}
 * (successive shortest paths with potentials), both with a dual certificate and {@code verify}.
 */
@NullMarked
package org.alumnisdk.matching.flow;

import org.jspecify.annotations.NullMarked;
