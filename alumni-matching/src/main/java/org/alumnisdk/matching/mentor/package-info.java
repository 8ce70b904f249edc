/**
 * Mentor matching: the problem model and explained, verifiable results.
 *
 * <p>Map: build a {@link org.alumnisdk.matching.mentor.MentorProblem} (mentors with capacities,
 * mentees, preference lists and/or scores, forbidden pairs with a {@link
 * org.alumnisdk.matching.mentor.ForbiddenReason}, pinned pairs, {@link
 * org.alumnisdk.matching.mentor.GroupQuota}s) from lists, its builder or a CSV, strictly or in repair
 * mode; solve it with a {@link org.alumnisdk.matching.mentor.MentorMatcher} (stable: deferred
 * acceptance; optimal: min-cost flow), optionally filtered through the core {@code PurposeGate};
 * read the {@link org.alumnisdk.matching.mentor.MentorMatching} (matches, unmatched with reasons,
 * exclusions, violations, blocking pairs, scores, {@link
 * org.alumnisdk.matching.mentor.Certificate}) and call its {@code verify()}.
 */
@NullMarked
package org.alumnisdk.matching.mentor;

import org.jspecify.annotations.NullMarked;
