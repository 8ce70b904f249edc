package org.alumnisdk.core.referral;

/**
 * The state of a referral reward.
 *
 * <pre>
 * NONE      no reward offered (or the candidate is the referrer's own re-application)
 * PENDING   offered; waits for the hire
 * ELIGIBLE  the candidate was hired; the reward is due
 * PAID      paid out
 * FORFEITED the referral ended without a hire
 * </pre>
 *
 * @since 0.1.0
 */
public enum RewardStatus {
  /** No reward applies. */
  NONE,
  /** A reward is offered and waits for the hire. */
  PENDING,
  /** The candidate was hired: the reward is due. */
  ELIGIBLE,
  /** The reward was paid. */
  PAID,
  /** The referral ended without a hire. */
  FORFEITED
}
