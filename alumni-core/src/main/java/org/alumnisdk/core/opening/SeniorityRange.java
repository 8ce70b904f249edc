package org.alumnisdk.core.opening;

import org.alumnisdk.core.InvalidValueException;

/**
 * An inclusive range of seniority levels (see {@link org.alumnisdk.core.alumnus.Grade#level()}).
 *
 * @param min the lowest level, 0 or more
 * @param max the highest level, at least {@code min}
 * @since 0.1.0
 */
public record SeniorityRange(int min, int max) {
  /**
   * Validates the range.
   *
   * @param min the lowest level, 0 or more
   * @param max the highest level, at least {@code min}
   * @throws InvalidValueException if min is negative or max is below min
   */
  public SeniorityRange {
    if (min < 0 || max < min) {
      throw new InvalidValueException("seniority", "needs 0 <= min <= max, was " + min + ".." + max);
    }
  }

  /**
   * Creates a range.
   *
   * @param min the lowest level
   * @param max the highest level
   * @return the range
   */
  public static SeniorityRange of(int min, int max) {
    return new SeniorityRange(min, max);
  }

  /**
   * Whether a level is inside.
   *
   * @param level the level
   * @return true if min &lt;= level &lt;= max
   */
  public boolean contains(int level) {
    return level >= min && level <= max;
  }
}
