package org.alumnisdk.metrics.internal;

/**
 * Half-life arithmetic shared by the streaming scorer and the batch analysis. Not API.
 *
 * <p>A decayed sum is stored as an anchor (the latest activity time seen) and a mass
 * {@code M = Σ w_i · 2^(-(anchor - t_i)/H)}; every exponent is {@code <= 0}, so nothing
 * overflows whatever the arrival order, and the anchor is the maximum timestamp whatever the
 * order. The value at {@code t >= anchor} is {@code M · 2^(-(t - anchor)/H)}.
 */
public final class DecayMath {
  /** Anchor value meaning "no activity yet". */
  public static final long EMPTY = Long.MIN_VALUE;

  private DecayMath() {}

  /**
   * Returns {@code 2^(-age/halfLife)}: exactly 1 at age 0, exactly 1/2 at one half-life, 1/4 at two,
   * and monotone non-increasing in age.
   *
   * @param ageMillis the age in milliseconds; values {@code <= 0} give 1
   * @param halfLifeMillis the half-life in milliseconds, {@code > 0}
   * @return the factor in (0, 1], or 0 for ages beyond about 1,100 half-lives
   */
  public static double factor(long ageMillis, long halfLifeMillis) {
    if (ageMillis <= 0) {
      return 1.0;
    }
    long whole = ageMillis / halfLifeMillis;
    if (whole > 1100) {
      return 0.0;
    }
    long rem = ageMillis - whole * halfLifeMillis;
    double frac = 1.0;
    if (rem != 0) {
      frac = Math.exp(-0.6931471805599453 * ((double) rem / (double) halfLifeMillis));
      // keep the fractional factor in [0.5, 1] so the whole function is monotone
      if (frac < 0.5) {
        frac = 0.5;
      }
    }
    return Math.scalb(frac, (int) -whole);
  }

  /**
   * Adds a weight at a time to an (anchor, mass) pair held in arrays at index {@code i}.
   *
   * @param anchors the anchors
   * @param masses the masses
   * @param i the index
   * @param at the activity time in epoch milliseconds
   * @param weight the weight
   * @param halfLifeMillis the half-life
   */
  public static void add(long[] anchors, double[] masses, int i, long at, double weight, long halfLifeMillis) {
    long anchor = anchors[i];
    if (anchor == EMPTY) {
      anchors[i] = at;
      masses[i] = weight;
    } else if (at > anchor) {
      masses[i] = masses[i] * factor(at - anchor, halfLifeMillis) + weight;
      anchors[i] = at;
    } else {
      masses[i] += weight * factor(anchor - at, halfLifeMillis);
    }
  }

  /**
   * Adds a weight at a time to a packed row that keeps two decayed sums with one shared anchor:
   * {@code row[b]} the anchor, {@code row[b + 1]} and {@code row[b + 2]} the masses (as
   * {@link Double#doubleToRawLongBits raw bits}) for the two half-lives. The scorer and the batch
   * analysis both keep their per-alumnus state this way, so they agree to the bit.
   *
   * @param row the packed rows
   * @param b the offset of this row's anchor
   * @param at the activity time in epoch milliseconds
   * @param weight the weight
   * @param halfLifeMillis the half-life of the first mass
   * @param trendHalfLifeMillis the half-life of the second mass
   */
  public static void addToRow(long[] row, int b, long at, double weight, long halfLifeMillis,
      long trendHalfLifeMillis) {
    long anchor = row[b];
    if (anchor == EMPTY) {
      row[b] = at;
      row[b + 1] = Double.doubleToRawLongBits(weight);
      row[b + 2] = Double.doubleToRawLongBits(weight);
    } else if (at > anchor) {
      row[b] = at;
      row[b + 1] = Double.doubleToRawLongBits(
          Double.longBitsToDouble(row[b + 1]) * factor(at - anchor, halfLifeMillis) + weight);
      row[b + 2] = Double.doubleToRawLongBits(
          Double.longBitsToDouble(row[b + 2]) * factor(at - anchor, trendHalfLifeMillis) + weight);
    } else {
      row[b + 1] = Double.doubleToRawLongBits(
          Double.longBitsToDouble(row[b + 1]) + weight * factor(anchor - at, halfLifeMillis));
      row[b + 2] = Double.doubleToRawLongBits(
          Double.longBitsToDouble(row[b + 2]) + weight * factor(anchor - at, trendHalfLifeMillis));
    }
  }

  /**
   * The decayed value of an (anchor, mass) pair at a time; ages below zero count as zero, so a
   * value never exceeds the undecayed mass.
   *
   * @param anchor the anchor
   * @param mass the mass
   * @param at the time in epoch milliseconds
   * @param halfLifeMillis the half-life
   * @return the value, 0 if empty
   */
  public static double valueAt(long anchor, double mass, long at, long halfLifeMillis) {
    if (anchor == EMPTY) {
      return 0.0;
    }
    return mass * factor(at - anchor, halfLifeMillis);
  }
}
