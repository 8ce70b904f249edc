package org.alumnisdk.matching.mentor;

/**
 * Why a participant ended up without a partner.
 *
 * @since 0.1.0
 */
public enum UnmatchedReason {
  /** Nobody on the other side is mutually acceptable (lists, forbidden pairs, capacities). */
  NO_ACCEPTABLE_PARTNER,
  /** Stable methods: every acceptable mentor is full with mentees it ranks higher. */
  REJECTED_BY_ALL,
  /** Deferred acceptance with quotas: an acceptable mentor had room but its quota for the mentee's group was full. */
  QUOTA_FULL,
  /** Optimal method: the optimum uses the acceptable places for others (better coverage or total score). */
  LEFT_OUT_BY_OPTIMUM,
  /** A mentor who received no mentee. */
  NO_MENTEE_ASSIGNED
}
