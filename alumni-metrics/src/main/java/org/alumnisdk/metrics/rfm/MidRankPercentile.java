package org.alumnisdk.metrics.rfm;

import java.util.Arrays;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;

/**
 * The mid-rank percentile used by iMIS: {@code (count(v < s) + count(v = s)/2) / N × 100}. Robust
 * when many values tie (for example at zero) and independent of input order.
 *
 * @since 0.1.0
 */
public final class MidRankPercentile {
  private MidRankPercentile() {}

  /**
   * The mid-rank percentile of every value among all values, in O(n log n).
   *
   * @param values the values; no NaN
   * @return the percentiles in input order, each in (0, 100)
   * @throws InvalidValueException if a value is NaN
   */
  public static double[] of(double[] values) {
    Checks.notNull(values, "values");
    int n = values.length;
    double[] sorted = values.clone();
    for (double v : sorted) {
      if (Double.isNaN(v)) {
        throw new InvalidValueException("values", "must not contain NaN");
      }
    }
    Arrays.sort(sorted);
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = percentileIn(sorted, values[i]);
    }
    return out;
  }

  /**
   * The mid-rank percentile of one value within an ascending sorted array.
   *
   * @param sorted ascending values
   * @param value the value
   * @return the percentile in [0, 100]; 0 for an empty array
   */
  public static double percentileIn(double[] sorted, double value) {
    int n = sorted.length;
    if (n == 0) {
      return 0.0;
    }
    int less = lowerBound(sorted, value);
    int upTo = upperBound(sorted, value);
    return (less + (upTo - less) / 2.0) / n * 100.0;
  }

  private static int lowerBound(double[] a, double v) {
    int lo = 0;
    int hi = a.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (Double.compare(a[mid], v) < 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  private static int upperBound(double[] a, double v) {
    int lo = 0;
    int hi = a.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (Double.compare(a[mid], v) <= 0) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
