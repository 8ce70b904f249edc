package org.alumnisdk.matching.mentor;

import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;

/**
 * A pair that must never be matched, with its reason.
 *
 * @param mentee the mentee
 * @param mentor the mentor
 * @param reason why the pair is forbidden
 * @since 0.1.0
 */
public record ForbiddenPair(AlumnusId mentee, AlumnusId mentor, ForbiddenReason reason) {
  /**
   * Validates the pair.
   *
   * @param mentee the mentee
   * @param mentor the mentor
   * @param reason why the pair is forbidden
   * @throws NullPointerException if a component is null
   */
  public ForbiddenPair {
    Checks.notNull(mentee, "mentee");
    Checks.notNull(mentor, "mentor");
    Checks.notNull(reason, "reason");
  }
}
