package org.alumnisdk.consent.retention;

import java.time.Instant;
import java.util.List;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.PurposeId;
import org.alumnisdk.core.TenantId;

/**
 * What to delete or anonymise, and what to keep, once a purpose has ended.
 *
 * @param tenant the tenant
 * @param purpose the purpose that ended
 * @param endedAt when it ended
 * @param steps one step per holding that was held for the purpose
 * @since 0.1.0
 */
public record RetentionPlan(TenantId tenant, PurposeId purpose, Instant endedAt, List<RetentionStep> steps) {
  /**
   * Validates the plan and copies the steps.
   *
   * @param tenant the tenant
   * @param purpose the purpose that ended
   * @param endedAt when it ended
   * @param steps one step per holding that was held for the purpose
   */
  public RetentionPlan {
    Checks.notNull(tenant, "plan.tenant");
    Checks.notNull(purpose, "plan.purpose");
    Checks.notNull(endedAt, "plan.endedAt");
    steps = Checks.copyOf(steps, "plan.steps");
  }

  /**
   * The steps with a given action.
   *
   * @param action the action
   * @return those steps
   */
  public List<RetentionStep> steps(StepAction action) {
    return steps.stream().filter(s -> s.action() == action).toList();
  }
}
