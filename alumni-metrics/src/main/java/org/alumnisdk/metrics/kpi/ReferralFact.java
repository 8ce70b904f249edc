package org.alumnisdk.metrics.kpi;

import java.time.Instant;
import java.util.Optional;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.ReferralId;

/**
 * One referral, as the KPI input.
 *
 * @param id the referral id
 * @param referrer the referring alumnus
 * @param submittedAt when it was submitted (its cohort)
 * @param outcome the outcome as of the report
 * @param hiredAt when the candidate was hired; present exactly when the outcome is HIRED
 * @param rewardPaid the referral reward paid, in the currency unit, {@code >= 0}
 * @since 0.1.0
 */
public record ReferralFact(
    ReferralId id, AlumnusId referrer, Instant submittedAt, ReferralOutcome outcome,
    Optional<Instant> hiredAt, long rewardPaid) {
  /**
   * Validates the fact.
   *
   * @param id the referral id
   * @param referrer the referring alumnus
   * @param submittedAt when it was submitted (its cohort)
   * @param outcome the outcome as of the report
   * @param hiredAt when the candidate was hired; present exactly when the outcome is HIRED
   * @param rewardPaid the referral reward paid, in the currency unit, {@code >= 0}
   * @throws InvalidValueException if a field is missing, the reward is negative, or hiredAt
   *     does not match the outcome or precedes the submission
   */
  public ReferralFact {
    Checks.notNull(id, "referral.id");
    Checks.notNull(referrer, "referral.referrer");
    Checks.notNull(submittedAt, "referral.submittedAt");
    Checks.notNull(outcome, "referral.outcome");
    Checks.notNull(hiredAt, "referral.hiredAt");
    Checks.notNegative(rewardPaid, "referral.rewardPaid");
    if ((outcome == ReferralOutcome.HIRED) != hiredAt.isPresent()) {
      throw new InvalidValueException("referral.hiredAt[" + id + "]", "must be present exactly when the outcome is HIRED");
    }
    if (hiredAt.isPresent() && hiredAt.get().isBefore(submittedAt)) {
      throw new InvalidValueException("referral.hiredAt[" + id + "]", "must not precede submittedAt");
    }
  }
}
