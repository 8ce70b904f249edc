package org.alumnisdk.metrics.rfm;

import java.util.Arrays;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;

/**
 * Scores R, F and M 1..5 for a whole population: quintiles of the mid-rank percentile when the
 * population reaches {@link RfmConfig#minPopulation()}, fixed bands below it. Ties always share a
 * score, so the result does not depend on input order. Whoever has no activity scores 1 on R, and
 * a zero F or M scores 1.
 *
 * @since 0.1.0
 */
public final class RfmScorer {
  private final RfmConfig config;

  /**
   * Creates a scorer.
   *
   * @param config the configuration
   */
  public RfmScorer(RfmConfig config) {
    this.config = Checks.notNull(config, "config");
  }

  /**
   * Scores a population given as parallel arrays.
   *
   * @param recencyDays days since the last activity per alumnus, -1 for never
   * @param frequency activity counts
   * @param monetary value points
   * @return one score per alumnus, in input order
   * @throws InvalidValueException if the arrays differ in length or hold negative counts
   */
  public RfmScore[] score(long[] recencyDays, long[] frequency, double[] monetary) {
    Checks.notNull(recencyDays, "recencyDays");
    Checks.notNull(frequency, "frequency");
    Checks.notNull(monetary, "monetary");
    int n = recencyDays.length;
    if (frequency.length != n || monetary.length != n) {
      throw new InvalidValueException("rfm", "arrays must have the same length");
    }
    RfmScore[] out = new RfmScore[n];
    if (n < config.minPopulation()) {
      RfmBands b = config.bands();
      for (int i = 0; i < n; i++) {
        Checks.notNegative(frequency[i], "frequency[" + i + "]");
        Checks.finiteNotNegative(monetary[i], "monetary[" + i + "]");
        out[i] = make(i, recencyDays, frequency, monetary, b.recencyScore(recencyDays[i]),
            b.frequencyScore(frequency[i]), b.monetaryScore(monetary[i]), RfmMethod.FIXED_BANDS);
      }
      return out;
    }
    double[] r = new double[n];
    double[] f = new double[n];
    double[] m = new double[n];
    for (int i = 0; i < n; i++) {
      Checks.notNegative(frequency[i], "frequency[" + i + "]");
      Checks.finiteNotNegative(monetary[i], "monetary[" + i + "]");
      r[i] = recencyDays[i] < 0 ? Double.NEGATIVE_INFINITY : -recencyDays[i];
      f[i] = frequency[i];
      m[i] = monetary[i];
    }
    double[] rs = sorted(r);
    double[] fs = sorted(f);
    double[] ms = sorted(m);
    for (int i = 0; i < n; i++) {
      int rq = recencyDays[i] < 0 ? 1 : quintile(rs, r[i]);
      int fq = frequency[i] == 0 ? 1 : quintile(fs, f[i]);
      int mq = monetary[i] == 0 ? 1 : quintile(ms, m[i]);
      out[i] = make(i, recencyDays, frequency, monetary, rq, fq, mq, RfmMethod.QUINTILES);
    }
    return out;
  }

  private RfmScore make(int i, long[] r, long[] f, double[] m, int rq, int fq, int mq, RfmMethod method) {
    return new RfmScore(rq, fq, mq, r[i] < 0 ? -1 : r[i], f[i], m[i], method,
        RfmSegmentRule.segmentOf(config.segments(), rq, fq, mq));
  }

  private static double[] sorted(double[] v) {
    double[] s = v.clone();
    Arrays.sort(s);
    return s;
  }

  /**
   * The quintile score of a value: {@code 1 + floor(percentile / 20)}, capped at 5.
   *
   * @param sorted all values, ascending
   * @param value the value
   * @return 1..5
   */
  static int quintile(double[] sorted, double value) {
    double p = MidRankPercentile.percentileIn(sorted, value);
    return Math.min(5, 1 + (int) Math.floor(p / 20.0));
  }

  /**
   * The configuration.
   *
   * @return the config
   */
  public RfmConfig config() {
    return config;
  }
}
