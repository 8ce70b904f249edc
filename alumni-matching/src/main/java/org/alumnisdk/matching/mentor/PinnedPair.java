package org.alumnisdk.matching.mentor;

import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;

/**
 * A pair fixed in advance that every method keeps (for example an ongoing mentorship); it uses one
 * place of the mentor's capacity.
 *
 * @param mentee the mentee
 * @param mentor the mentor
 * @since 0.1.0
 */
public record PinnedPair(AlumnusId mentee, AlumnusId mentor) {
  /**
   * Validates the pair.
   *
   * @param mentee the mentee
   * @param mentor the mentor
   * @throws NullPointerException if a component is null
   */
  public PinnedPair {
    Checks.notNull(mentee, "mentee");
    Checks.notNull(mentor, "mentor");
  }
}
