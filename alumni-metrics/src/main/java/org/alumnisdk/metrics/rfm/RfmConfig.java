package org.alumnisdk.metrics.rfm;

import java.util.List;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;

/**
 * RFM parameters.
 *
 * @param periodDays the window for F and M, in days before the as-of instant (default 365)
 * @param minPopulation below this many alumni, fixed bands replace quintiles (default 50)
 * @param bands the fixed bands
 * @param segments the named segments, first match wins
 * @since 0.1.0
 */
public record RfmConfig(int periodDays, int minPopulation, RfmBands bands, List<RfmSegmentRule> segments) {
  /**
   * Validates and copies.
   *
   * @param periodDays the window for F and M, in days before the as-of instant (default 365)
   * @param minPopulation below this many alumni, fixed bands replace quintiles (default 50)
   * @param bands the fixed bands
   * @param segments the named segments, first match wins
   * @throws InvalidValueException if a number is out of range or a field missing
   */
  public RfmConfig {
    if (periodDays < 1) {
      throw new InvalidValueException("periodDays", "must be at least 1");
    }
    if (minPopulation < 1) {
      throw new InvalidValueException("minPopulation", "must be at least 1");
    }
    Checks.notNull(bands, "bands");
    segments = Checks.copyOf(segments, "segments");
  }

  /**
   * 365-day period, quintiles from 50 alumni, default bands, the CRAN example segments.
   *
   * @return the config
   */
  public static RfmConfig defaults() {
    return new RfmConfig(365, 50, RfmBands.defaults(), RfmSegmentRule.cranExample());
  }
}
