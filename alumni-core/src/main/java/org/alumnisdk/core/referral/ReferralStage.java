package org.alumnisdk.core.referral;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a referral stands in the hiring pipeline. The allowed moves are:
 *
 * <pre>
 * SUBMITTED → SCREENING → INTERVIEWING → OFFERED → HIRED
 * any open state (SUBMITTED, SCREENING, INTERVIEWING, OFFERED) → REJECTED or WITHDRAWN
 * </pre>
 *
 * HIRED, REJECTED and WITHDRAWN are final.
 *
 * @since 0.1.0
 */
public enum ReferralStage {
  /** The alumnus submitted the candidate. */
  SUBMITTED,
  /** Recruiters are screening the candidate. */
  SCREENING,
  /** The candidate is interviewing. */
  INTERVIEWING,
  /** The candidate has an offer. */
  OFFERED,
  /** The candidate was hired. */
  HIRED,
  /** The company rejected the candidate. */
  REJECTED,
  /** The candidate or the referrer withdrew. */
  WITHDRAWN;

  /**
   * The stages this one may move to.
   *
   * @return the allowed next stages; empty for final stages
   */
  public Set<ReferralStage> next() {
    return switch (this) {
      case SUBMITTED -> EnumSet.of(SCREENING, REJECTED, WITHDRAWN);
      case SCREENING -> EnumSet.of(INTERVIEWING, REJECTED, WITHDRAWN);
      case INTERVIEWING -> EnumSet.of(OFFERED, REJECTED, WITHDRAWN);
      case OFFERED -> EnumSet.of(HIRED, REJECTED, WITHDRAWN);
      case HIRED, REJECTED, WITHDRAWN -> EnumSet.noneOf(ReferralStage.class);
    };
  }

  /**
   * Whether the move to {@code target} is allowed.
   *
   * @param target the requested stage
   * @return true if allowed
   */
  public boolean canMoveTo(ReferralStage target) {
    return next().contains(target);
  }

  /**
   * Whether the referral is still in progress.
   *
   * @return true for every stage that is not final
   */
  public boolean isOpen() {
    return !next().isEmpty();
  }
}
