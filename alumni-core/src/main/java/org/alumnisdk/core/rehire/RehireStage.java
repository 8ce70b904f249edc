package org.alumnisdk.core.rehire;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a boomerang (rehire) application stands. The allowed moves are:
 *
 * <pre>
 * APPLIED → SCREENING → INTERVIEWING → OFFERED → HIRED
 * OFFERED → OFFER_DECLINED
 * any open state (APPLIED, SCREENING, INTERVIEWING, OFFERED) → REJECTED or WITHDRAWN
 * </pre>
 *
 * HIRED, OFFER_DECLINED, REJECTED and WITHDRAWN are final.
 *
 * @since 0.1.0
 */
public enum RehireStage {
  /** The alumnus applied (or was nominated and agreed). */
  APPLIED,
  /** HR is screening, including the rehire-eligibility review. */
  SCREENING,
  /** Interviewing. */
  INTERVIEWING,
  /** An offer was made. */
  OFFERED,
  /** The alumnus accepted and was rehired. */
  HIRED,
  /** The alumnus declined the offer. */
  OFFER_DECLINED,
  /** The company rejected the application. */
  REJECTED,
  /** The alumnus withdrew. */
  WITHDRAWN;

  /**
   * The stages this one may move to.
   *
   * @return the allowed next stages; empty for final stages
   */
  public Set<RehireStage> next() {
    return switch (this) {
      case APPLIED -> EnumSet.of(SCREENING, REJECTED, WITHDRAWN);
      case SCREENING -> EnumSet.of(INTERVIEWING, REJECTED, WITHDRAWN);
      case INTERVIEWING -> EnumSet.of(OFFERED, REJECTED, WITHDRAWN);
      case OFFERED -> EnumSet.of(HIRED, OFFER_DECLINED, REJECTED, WITHDRAWN);
      case HIRED, OFFER_DECLINED, REJECTED, WITHDRAWN -> EnumSet.noneOf(RehireStage.class);
    };
  }

  /**
   * Whether the move to {@code target} is allowed.
   *
   * @param target the requested stage
   * @return true if allowed
   */
  public boolean canMoveTo(RehireStage target) {
    return next().contains(target);
  }

  /**
   * Whether the application is still in progress.
   *
   * @return true for every stage that is not final
   */
  public boolean isOpen() {
    return !next().isEmpty();
  }
}
