package org.alumnisdk.matching.stable;

import java.util.Arrays;
import java.util.List;

/**
 * The outcome of {@link StableRoommates}: a stable matching, or the typed finding that none exists.
 *
 * @since 0.1.0
 */
public sealed interface RoommatesOutcome permits RoommatesOutcome.Stable, RoommatesOutcome.NoStableMatching {

  /**
   * A stable matching of one population into pairs.
   *
   * @param partner the partner of each person, {@code -1} when unmatched (possible with incomplete
   *     lists; such a person is unmatched in every stable matching)
   */
  record Stable(int[] partner) implements RoommatesOutcome {
    /**
     * Copies the array.
     *
     * @param partner the partner of each person, {@code -1} when unmatched (possible with incomplete
     *     lists; such a person is unmatched in every stable matching)
     */
    public Stable {
      partner = partner.clone();
    }

    /**
     * The partner of each person.
     *
     * @return a copy
     */
    @Override
    public int[] partner() {
      return partner.clone();
    }

    /**
     * The partner of one person.
     *
     * @param person the person
     * @return the partner or -1
     */
    public int partnerOf(int person) {
      return partner[person];
    }

    @Override
    public String toString() {
      return "Stable" + Arrays.toString(partner);
    }
  }

  /**
   * No stable matching exists (possible for roommates, unlike two-sided matching).
   *
   * @param person the person whose reduced list became empty during the second phase, the point where
   *     Irving's algorithm proves that no stable matching exists
   * @param rejectedByAll people rejected by everyone on their list in the first phase (unmatched
   *     in any stable matching, were there one), in index order
   * @param reason a sentence naming them
   */
  record NoStableMatching(int person, List<Integer> rejectedByAll, String reason) implements RoommatesOutcome {
    /**
     * Copies the list.
     *
     * @param person the person whose reduced list became empty during the second phase, the point where
     *     Irving's algorithm proves that no stable matching exists
     * @param rejectedByAll people rejected by everyone on their list in the first phase (unmatched
     *     in any stable matching, were there one), in index order
     * @param reason a sentence naming them
     */
    public NoStableMatching {
      rejectedByAll = List.copyOf(rejectedByAll);
    }
  }
}
