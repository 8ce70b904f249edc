package org.alumnisdk.core.spi;

import java.util.List;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.OpeningId;
import org.alumnisdk.core.ReferralId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.referral.Referral;

/**
 * Port: stores referrals. Every call is scoped to one tenant; nothing returns another tenant's data.
 *
 * <p>Hosts must guarantee what {@link VersionedRepository} states: atomic, version-checked saves,
 * finders that never return {@code null}, lists ordered by id, thread safety. Experimental SPI
 * until 1.0.
 *
 * @since 0.1.0
 */
public interface ReferralRepository extends VersionedRepository<ReferralId, Referral> {
  /**
   * A tenant's referrals to an opening, ordered by id.
   *
   * @param tenant the tenant
   * @param opening the opening
   * @return the referrals
   */
  List<Referral> findByOpening(TenantId tenant, OpeningId opening);

  /**
   * A tenant's referrals made by one alumnus, ordered by id.
   *
   * @param tenant the tenant
   * @param referrer the referring alumnus
   * @return the referrals
   */
  List<Referral> findByReferrer(TenantId tenant, AlumnusId referrer);
}
