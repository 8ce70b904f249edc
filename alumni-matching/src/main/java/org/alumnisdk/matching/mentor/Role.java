package org.alumnisdk.matching.mentor;

/**
 * The role of a participant in a mentoring problem.
 *
 * @since 0.1.0
 */
public enum Role {
  /** Gives mentoring; has a capacity. */
  MENTOR,
  /** Receives mentoring; gets at most one mentor. */
  MENTEE
}
