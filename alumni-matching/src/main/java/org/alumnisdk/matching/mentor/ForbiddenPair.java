package org.alumnisdk.matching.mentor;

import java.util.Objects;
import org.alumnisdk.core.AlumnusId;

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
    Objects.requireNonNull(mentee, "mentee");
    Objects.requireNonNull(mentor, "mentor");
    Objects.requireNonNull(reason, "reason");
  }
}
