package org.alumnisdk.matching.referral;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.OpeningId;

/**
 * The top-k answer for one opening: results best first, plus how many alumni each hard filter
 * removed and how many were scored.
 *
 * @param opening the opening
 * @param mode the mode
 * @param k the requested number of results
 * @param results at most {@code k} results, best first (ties by id)
 * @param filtered how many alumni each filter removed (the first failing filter counts)
 * @param scored how many alumni passed every filter and were scored
 * @param consentCheck how consent was checked ({@code PurposeGate.describe}): every candidate
 *     through the purpose gate, or the named waiver's justification
 * @since 0.1.0
 */
public record RankedReferrals(
    OpeningId opening,
    ReferralMode mode,
    int k,
    List<ReferralResult> results,
    Map<HardFilter, Integer> filtered,
    int scored,
    String consentCheck) {
  /**
   * Validates the value and copies the collections.
   *
   * @param opening the opening
   * @param mode the mode
   * @param k the requested number of results
   * @param results at most {@code k} results, best first (ties by id)
   * @param filtered how many alumni each filter removed (the first failing filter counts)
   * @param scored how many alumni passed every filter and were scored
   * @param consentCheck how consent was checked
   * @throws org.alumnisdk.core.InvalidValueException if a field is missing
   */
  public RankedReferrals {
    Checks.notNull(opening, "opening");
    Checks.notNull(mode, "mode");
    results = Checks.copyOf(results, "results");
    EnumMap<HardFilter, Integer> copy = new EnumMap<>(HardFilter.class);
    copy.putAll(Checks.notNull(filtered, "filtered"));
    filtered = Collections.unmodifiableMap(copy);
    Checks.notBlank(consentCheck, "consentCheck");
  }

  /**
   * The ranked ids, best first.
   *
   * @return the ids
   */
  public List<org.alumnisdk.core.AlumnusId> ids() {
    return results.stream().map(ReferralResult::alumnus).toList();
  }
}
