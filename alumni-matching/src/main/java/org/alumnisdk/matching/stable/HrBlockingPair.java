package org.alumnisdk.matching.stable;

/**
 * A blocking pair of a many-to-one matching, on indexes, with the reason on each side.
 *
 * @param resident the mentee (resident)
 * @param hospital the mentor (hospital)
 * @param residentUnmatched true when the mentee is unmatched, false when it prefers this mentor to
 *     its own
 * @param hospitalHasRoom true when the mentor is under capacity, false when it prefers this mentee
 *     to its worst assigned one
 * @since 0.1.0
 */
public record HrBlockingPair(int resident, int hospital, boolean residentUnmatched, boolean hospitalHasRoom) {
  /**
   * A sentence saying why the pair blocks.
   *
   * @return the reason
   */
  public String reason() {
    return (residentUnmatched ? "mentee is unmatched" : "mentee prefers this mentor to its own")
        + " and " + (hospitalHasRoom ? "mentor has a free place" : "mentor prefers this mentee to its worst one");
  }
}
