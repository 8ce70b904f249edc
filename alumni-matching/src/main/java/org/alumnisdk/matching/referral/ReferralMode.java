package org.alumnisdk.matching.referral;

import org.alumnisdk.core.PurposeId;

/**
 * Whom a referral ranking looks for.
 *
 * @since 0.1.0
 */
public enum ReferralMode {
  /**
   * The alumnus is the candidate (a boomerang hire). Purpose {@link PurposeId#REHIRE_OUTREACH};
   * rehire eligibility, required languages and location are hard filters.
   */
  BOOMERANG(PurposeId.REHIRE_OUTREACH),
  /**
   * The alumnus is someone likely to know good candidates (current employer, industry, network
   * proximity). Purpose {@link PurposeId#REFERRAL_OUTREACH}; languages and location are soft.
   */
  REFERRER(PurposeId.REFERRAL_OUTREACH);

  private final PurposeId purpose;

  ReferralMode(PurposeId purpose) {
    this.purpose = purpose;
  }

  /**
   * The purpose of use the consent gate must allow for this mode.
   *
   * @return the purpose
   */
  public PurposeId purpose() {
    return purpose;
  }
}
