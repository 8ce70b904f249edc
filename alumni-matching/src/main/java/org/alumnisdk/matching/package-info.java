/**
 * Matching: mentor matching (stable and optimal), optimal assignment and min-cost flow, each with
 * verification; referral ranking lives in {@code org.alumnisdk.matching.referral}.
 *
 * <p>Map: {@link org.alumnisdk.matching.Matching} is the entry point. Shared values: {@link
 * org.alumnisdk.matching.Objective}, {@link org.alumnisdk.matching.Verification} (returned by every
 * {@code verify()}), and {@link org.alumnisdk.matching.InvalidMatchingInputException} with its
 * {@link org.alumnisdk.matching.InputProblem}s, the one exception every method throws for bad
 * input, before any algorithm runs. Sub-packages: {@code mentor} (the problem model and explained
 * results), {@code stable} (deferred acceptance, Irving's roommates), {@code assignment} (dense and
 * sparse optimal assignment), {@code flow} (capacitated assignment, min-cost flow), {@code
 * internal} (solver kernels, not API).
 */
@NullMarked
package org.alumnisdk.matching;

import org.jspecify.annotations.NullMarked;
