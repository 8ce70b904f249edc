package org.alumnisdk.metrics.level;

/**
 * Orbit model v2 depth levels, each spanning three commitment steps (III, II, I).
 *
 * @since 0.1.0
 */
public enum OrbitLevel {
  /** No counted activity in the look-back window (step 0). */
  NONE(0),
  /** Steps 1-3. */
  EXPLORING(1),
  /** Steps 4-6. */
  PARTICIPATING(4),
  /** Steps 7-9. */
  CONTRIBUTING(7),
  /** Steps 10-12. */
  LEADING(10);

  private final int weight;

  OrbitLevel(int weight) {
    this.weight = weight;
  }

  /**
   * The Orbit v2 level weight (exploring 1, participating 4, contributing 7, leading 10; none 0),
   * used for the weighted commitment {@code weight² × members}.
   *
   * @return the weight
   */
  public int weight() {
    return weight;
  }

  /**
   * The level of a step.
   *
   * @param step 0 to 12
   * @return the level
   * @throws org.alumnisdk.core.InvalidValueException if the step is out of range
   */
  public static OrbitLevel ofStep(int step) {
    if (step < 0 || step > 12) {
      throw new org.alumnisdk.core.InvalidValueException("step", "must be between 0 and 12, was " + step);
    }
    if (step == 0) {
      return NONE;
    }
    return values()[1 + (step - 1) / 3];
  }

  /**
   * The Orbit step label within the level: III (entry), II or I; empty for {@link #NONE}.
   *
   * @param step 0 to 12
   * @return the label
   */
  public static String stepLabel(int step) {
    if (step == 0) {
      return "";
    }
    return switch ((step - 1) % 3) {
      case 0 -> "III";
      case 1 -> "II";
      default -> "I";
    };
  }
}
