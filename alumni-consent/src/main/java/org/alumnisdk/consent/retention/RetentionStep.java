package org.alumnisdk.consent.retention;

import java.time.Instant;
import java.util.Optional;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;

/**
 * One line of a retention plan: a holding, what to do with it, by when and why.
 *
 * @param holding the holding
 * @param action what to do
 * @param dueAt when the action is due (absent for keep)
 * @param reason why, citing the article or the active purpose
 * @since 0.1.0
 */
public record RetentionStep(
    DataHolding holding, StepAction action, Optional<Instant> dueAt, String reason) {
  /**
   * Validates the step.
   *
   * @param holding the holding
   * @param action what to do
   * @param dueAt when the action is due (absent for keep)
   * @param reason why, citing the article or the active purpose
   * @throws InvalidValueException if a field is missing
   */
  public RetentionStep {
    Checks.notNull(holding, "step.holding");
    Checks.notNull(action, "step.action");
    Checks.notNull(dueAt, "step.dueAt");
    reason = Checks.notBlank(reason, "step.reason");
  }
}
