package org.alumnisdk.metrics.level;

import java.time.Instant;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;

/**
 * An alumnus's Orbit level with the two axes that produced it.
 *
 * @param step the effective step 0..12 (after hysteresis)
 * @param depthStep the depth axis: highest commitment step of a counted activity in the look-back
 * @param presenceStep the presence axis: highest presence-milestone step reached
 * @param since when the effective step was first reached (kept across holds)
 * @param held true when a demotion was postponed by hysteresis
 * @param reason which axis decided, or why the level was held
 * @since 0.1.0
 */
public record LevelAssessment(
    int step, int depthStep, int presenceStep, Instant since, boolean held, String reason) {
  /**
   * Validates the assessment.
   *
   * @param step the effective step 0..12 (after hysteresis)
   * @param depthStep the depth axis: highest commitment step of a counted activity in the look-back
   * @param presenceStep the presence axis: highest presence-milestone step reached
   * @param since when the effective step was first reached (kept across holds)
   * @param held true when a demotion was postponed by hysteresis
   * @param reason which axis decided, or why the level was held
   * @throws InvalidValueException if a step is out of range or a field is missing
   */
  public LevelAssessment {
    for (int s : new int[] {step, depthStep, presenceStep}) {
      if (s < 0 || s > 12) {
        throw new InvalidValueException("step", "must be between 0 and 12, was " + s);
      }
    }
    Checks.notNull(since, "since");
    reason = Checks.notNull(reason, "reason");
  }

  /**
   * The level of the effective step.
   *
   * @return the level
   */
  public OrbitLevel level() {
    return OrbitLevel.ofStep(step);
  }

  /**
   * A readable label such as {@code CONTRIBUTING II}.
   *
   * @return the label
   */
  public String label() {
    return step == 0 ? "NONE" : level() + " " + OrbitLevel.stepLabel(step);
  }
}
