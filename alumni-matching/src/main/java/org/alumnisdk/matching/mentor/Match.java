package org.alumnisdk.matching.mentor;

import org.alumnisdk.core.AlumnusId;

/**
 * One mentee–mentor pair of a result.
 *
 * @param mentee the mentee
 * @param mentor the mentor
 * @param score the pair's score under the problem's scoring rule (see {@link MentorProblem})
 * @param pinned whether the pair was pinned in advance
 * @since 0.1.0
 */
public record Match(AlumnusId mentee, AlumnusId mentor, double score, boolean pinned) {}
