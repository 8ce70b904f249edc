package org.alumnisdk.matching.mentor;

import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;

/**
 * A match score for a mentee–mentor pair: higher is better. Must be finite.
 *
 * @param mentee the mentee
 * @param mentor the mentor
 * @param score the score
 * @since 0.1.0
 */
public record ScoredPair(AlumnusId mentee, AlumnusId mentor, double score) {
  /**
   * Validates the ids (the score is checked by the problem, with every other bad value).
   *
   * @param mentee the mentee
   * @param mentor the mentor
   * @param score the score
   * @throws NullPointerException if an id is null
   */
  public ScoredPair {
    Checks.notNull(mentee, "mentee");
    Checks.notNull(mentor, "mentor");
  }
}
