package org.alumnisdk.matching.mentor;

import org.alumnisdk.core.AlumnusId;

/**
 * A mentee and a mentor who would both rather be matched together than keep their assignment
 * (hospitals/residents definition, matching.md §1.2).
 *
 * @param mentee the mentee
 * @param mentor the mentor
 * @param menteeUnmatched true if the mentee is unmatched, false if it prefers this mentor to its own
 * @param mentorHasRoom true if the mentor is under capacity, false if it prefers this mentee to its
 *     worst one
 * @param quotaWouldBeExceeded true if taking the mentee would exceed one of the mentor's group quotas
 *     (the pair then blocks only when quotas are ignored)
 * @since 0.1.0
 */
public record BlockingPair(AlumnusId mentee, AlumnusId mentor, boolean menteeUnmatched,
    boolean mentorHasRoom, boolean quotaWouldBeExceeded) {
  /**
   * A sentence saying why the pair blocks.
   *
   * @return the reason
   */
  public String reason() {
    return (menteeUnmatched ? "mentee is unmatched" : "mentee prefers this mentor to its own")
        + " and " + (mentorHasRoom ? "mentor has a free place" : "mentor prefers this mentee to its worst one")
        + (quotaWouldBeExceeded ? " (but a group quota would be exceeded)" : "");
  }
}
