package org.alumnisdk.matching;

/**
 * Whether an optimal method minimises total cost or maximises total score.
 *
 * @since 0.1.0
 */
public enum Objective {
  /** Minimise the sum of costs; forbidden cells are {@code +Infinity} (or {@code Long.MAX_VALUE}). */
  MINIMISE,
  /** Maximise the sum of scores; forbidden cells are {@code -Infinity} (or {@code Long.MIN_VALUE}). */
  MAXIMISE;

  /**
   * Returns the sign that turns this objective into minimisation: {@code 1} or {@code -1}.
   *
   * @return the sign
   */
  public int sign() {
    return this == MINIMISE ? 1 : -1;
  }
}
