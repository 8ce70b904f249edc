package org.alumnisdk.matching.mentor;

/**
 * How the optimal method weighs placing more mentees against the total score.
 *
 * @since 0.1.0
 */
public enum Coverage {
  /** Place as many mentees as possible, then maximise the total score among those placements. The default. */
  MAXIMISE_COVERAGE,
  /** Maximise the total score only; a mentee is left unmatched when every pair it has scores below 0. */
  SCORE_ONLY
}
