package org.alumnisdk.metrics.rfm;

import java.util.List;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;

/**
 * Fixed R, F, M bands for small populations.
 *
 * @param recencyDays four ascending limits: days since the last activity {@code <= [0]} scores 5,
 *     {@code <= [1]} 4, {@code <= [2]} 3, {@code <= [3]} 2, otherwise (or never) 1
 * @param frequency four descending limits: activities {@code >= [0]} score 5, ... {@code >= [3]}
 *     2, otherwise 1
 * @param monetary four descending limits on value points, like frequency
 * @since 0.1.0
 */
public record RfmBands(List<Long> recencyDays, List<Long> frequency, List<Double> monetary) {
  /**
   * Validates and copies.
   *
   * @param recencyDays four ascending limits: days since the last activity {@code <= [0]} scores 5,
   *     {@code <= [1]} 4, {@code <= [2]} 3, {@code <= [3]} 2, otherwise (or never) 1
   * @param frequency four descending limits: activities {@code >= [0]} score 5, ... {@code >= [3]}
   *     2, otherwise 1
   * @param monetary four descending limits on value points, like frequency
   * @throws InvalidValueException if a list does not hold four limits in the right order
   */
  public RfmBands {
    recencyDays = Checks.copyOf(recencyDays, "recencyDays");
    frequency = Checks.copyOf(frequency, "frequency");
    monetary = Checks.copyOf(monetary, "monetary");
    check(recencyDays.stream().map(Long::doubleValue).toList(), true, "recencyDays");
    check(frequency.stream().map(Long::doubleValue).toList(), false, "frequency");
    check(monetary, false, "monetary");
  }

  private static void check(List<Double> limits, boolean ascending, String field) {
    if (limits.size() != 4) {
      throw new InvalidValueException(field, "must hold exactly 4 limits");
    }
    for (int i = 1; i < 4; i++) {
      double a = limits.get(i - 1);
      double b = limits.get(i);
      if (ascending ? a >= b : a <= b) {
        throw new InvalidValueException(field, "limits must be strictly " + (ascending ? "ascending" : "descending"));
      }
    }
  }

  /**
   * Defaults: recency 45 / 75 / 120 / 365 days (the first three from the rfm_app bands), frequency
   * 12 / 6 / 3 / 1 activities, monetary 20 / 10 / 5 / 1 value points.
   *
   * @return the bands
   */
  public static RfmBands defaults() {
    return new RfmBands(List.of(45L, 75L, 120L, 365L), List.of(12L, 6L, 3L, 1L), List.of(20.0, 10.0, 5.0, 1.0));
  }

  /**
   * The recency score.
   *
   * @param days days since the last activity, or a negative number for never
   * @return 1..5
   */
  public int recencyScore(long days) {
    if (days < 0) {
      return 1;
    }
    for (int i = 0; i < 4; i++) {
      if (days <= recencyDays.get(i)) {
        return 5 - i;
      }
    }
    return 1;
  }

  /**
   * The frequency score.
   *
   * @param count the activity count
   * @return 1..5
   */
  public int frequencyScore(long count) {
    for (int i = 0; i < 4; i++) {
      if (count >= frequency.get(i)) {
        return 5 - i;
      }
    }
    return 1;
  }

  /**
   * The monetary score.
   *
   * @param value the value points
   * @return 1..5
   */
  public int monetaryScore(double value) {
    for (int i = 0; i < 4; i++) {
      if (value >= monetary.get(i)) {
        return 5 - i;
      }
    }
    return 1;
  }
}
