package org.alumnisdk.matching.stable;

/**
 * The side that proposes in deferred acceptance, and so gets its best stable outcome.
 *
 * @since 0.1.0
 */
public enum Side {
  /** Mentees (residents, students) propose: the mentee-optimal stable matching. The default. */
  MENTEES,
  /** Mentors (hospitals) propose: the mentor-optimal stable matching. */
  MENTORS
}
