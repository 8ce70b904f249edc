package org.alumnisdk.matching.mentor;

/**
 * The method that produced a mentor matching.
 *
 * @since 0.1.0
 */
public enum Method {
  /** Deferred acceptance, mentees propose: the mentee-optimal stable matching. */
  STABLE_MENTEE_OPTIMAL,
  /** Deferred acceptance, mentors propose: the mentor-optimal stable matching. */
  STABLE_MENTOR_OPTIMAL,
  /** Min-cost flow: the largest total score (after coverage, if asked), with a dual certificate. */
  OPTIMAL
}
