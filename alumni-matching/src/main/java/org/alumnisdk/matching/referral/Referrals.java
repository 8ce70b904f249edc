package org.alumnisdk.matching.referral;

import java.time.Clock;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.spi.PurposeGate;

/**
 * Entry point of referral ranking.
 *
 * <pre>{@code
 * ReferralIndex index = Referrals.index(tenant);
 * index.putAll(alumni);
 * ReferralRanker ranker = Referrals.ranker(index, consentGate, ReferralConfig.defaults(), clock);
 * RankedReferrals top = ranker.topK(ReferralQuery.boomerang(opening, 20));
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Referrals {
  private Referrals() {}

  /**
   * An empty index for one tenant.
   *
   * @param tenant the tenant
   * @return the index
   * @throws org.alumnisdk.core.InvalidValueException if the tenant is null
   */
  public static ReferralIndex index(TenantId tenant) {
    return ReferralIndex.create(tenant);
  }

  /**
   * A ranker over an index.
   *
   * @param index the index
   * @param gate the consent gate; use the consent module's gate in production
   * @param config the weights and rules
   * @param clock the clock giving "now" for recency and the gate
   * @return the ranker
   * @throws org.alumnisdk.core.InvalidValueException if an argument is null
   */
  public static ReferralRanker ranker(
      ReferralIndex index, PurposeGate gate, ReferralConfig config, Clock clock) {
    return new ReferralRanker(
        Checks.notNull(index, "index"), Checks.notNull(gate, "gate"),
        Checks.notNull(config, "config"), Checks.notNull(clock, "clock"));
  }

  /**
   * A ranker with the default configuration and the UTC system clock.
   *
   * @param index the index
   * @param gate the consent gate
   * @return the ranker
   * @throws org.alumnisdk.core.InvalidValueException if an argument is null
   */
  public static ReferralRanker ranker(ReferralIndex index, PurposeGate gate) {
    return ranker(index, gate, ReferralConfig.defaults(), Clock.systemUTC());
  }
}
