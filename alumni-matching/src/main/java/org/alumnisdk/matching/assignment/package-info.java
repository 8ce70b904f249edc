/**
 * Optimal assignment (linear sum assignment): {@link
 * org.alumnisdk.matching.assignment.DenseAssignment} on flat {@code double[]}/{@code long[]}
 * matrices (shortest augmenting path, Jonker–Volgenant family) and {@link
 * org.alumnisdk.matching.assignment.SparseAssignment} on {@link
 * org.alumnisdk.matching.assignment.SparseCosts}; both return an {@link
 * org.alumnisdk.matching.assignment.AssignmentOutcome} whose optimal case carries dual potentials
 * that {@code verify} checks.
 */
@NullMarked
package org.alumnisdk.matching.assignment;

import org.jspecify.annotations.NullMarked;
