package org.alumnisdk.consent.purpose;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;

/**
 * How long data collected for a purpose may be kept after the purpose ends, and what to do then.
 *
 * <p>APPI sets no statutory retention period for profile data, only the Art. 22 effort duty to
 * delete data without delay once it is no longer needed; the period is therefore configured per
 * purpose by the operator.
 *
 * @param afterPurposeEnds the grace period after the purpose ends (zero for "without delay")
 * @param action what to do when the period has run
 * @since 0.1.0
 */
public record RetentionPolicy(Period afterPurposeEnds, RetentionAction action) {
  /**
   * Validates the policy.
   *
   * @param afterPurposeEnds the grace period after the purpose ends (zero for "without delay")
   * @param action what to do when the period has run
   * @throws InvalidValueException if a field is null or the period is negative
   */
  public RetentionPolicy {
    Checks.notNull(afterPurposeEnds, "retention.afterPurposeEnds");
    Checks.notNull(action, "retention.action");
    if (afterPurposeEnds.isNegative()) {
      throw new InvalidValueException("retention.afterPurposeEnds", "must not be negative");
    }
  }

  /**
   * Creates a policy.
   *
   * @param afterPurposeEnds the grace period after the purpose ends
   * @param action what to do when the period has run
   * @return the policy
   * @throws InvalidValueException if a field is null or the period is negative
   */
  public static RetentionPolicy of(Period afterPurposeEnds, RetentionAction action) {
    return new RetentionPolicy(afterPurposeEnds, action);
  }

  /**
   * The instant by which the action is due, for a purpose that ended at {@code endedAt}
   * (periods are added in UTC).
   *
   * @param endedAt when the purpose ended
   * @return the due instant
   * @throws InvalidValueException if {@code endedAt} is null
   */
  public Instant dueAfter(Instant endedAt) {
    Checks.notNull(endedAt, "endedAt");
    return endedAt.atOffset(ZoneOffset.UTC).plus(afterPurposeEnds).toInstant();
  }
}
