package org.alumnisdk.metrics.rfm;

import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;

/**
 * One alumnus's RFM scores with the raw values behind them.
 *
 * @param recency R score 1..5 (5 = most recent)
 * @param frequency F score 1..5
 * @param monetary M score 1..5
 * @param recencyDays whole days since the last counted activity, or -1 if none
 * @param frequencyCount counted activities in the period
 * @param monetaryValue value points in the period
 * @param method quintiles or fixed bands
 * @param segment the named segment
 * @since 0.1.0
 */
public record RfmScore(
    int recency, int frequency, int monetary, long recencyDays, long frequencyCount,
    double monetaryValue, RfmMethod method, String segment) {
  /**
   * Validates the score.
   *
   * @param recency R score 1..5 (5 = most recent)
   * @param frequency F score 1..5
   * @param monetary M score 1..5
   * @param recencyDays whole days since the last counted activity, or -1 if none
   * @param frequencyCount counted activities in the period
   * @param monetaryValue value points in the period
   * @param method quintiles or fixed bands
   * @param segment the named segment
   * @throws InvalidValueException if a score is outside 1..5 or a field missing
   */
  public RfmScore {
    for (int s : new int[] {recency, frequency, monetary}) {
      if (s < 1 || s > 5) {
        throw new InvalidValueException("rfm", "scores must be within 1..5, was " + s);
      }
    }
    Checks.notNull(method, "method");
    segment = Checks.notBlank(segment, "segment");
  }

  /**
   * The concatenated code, e.g. {@code "545"}.
   *
   * @return the code
   */
  public String code() {
    return "" + recency + frequency + monetary;
  }
}
