package org.alumnisdk.core.inmemory;

import java.util.List;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.OpeningId;
import org.alumnisdk.core.ReferralId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.referral.Referral;
import org.alumnisdk.core.spi.ReferralRepository;

/**
 * A thread-safe in-memory {@link ReferralRepository}: tenant-scoped, with optimistic versions.
 *
 * @since 0.1.0
 */
public final class InMemoryReferralRepository extends TableRepository<ReferralId, Referral>
    implements ReferralRepository {
  /** Creates an empty store. */
  public InMemoryReferralRepository() {
    super("Referral", null);
  }

  @Override
  public List<Referral> findByOpening(TenantId tenant, OpeningId opening) {
    Checks.notNull(opening, "opening");
    return table.select(tenant, r -> r.opening().equals(opening));
  }

  @Override
  public List<Referral> findByReferrer(TenantId tenant, AlumnusId referrer) {
    Checks.notNull(referrer, "referrer");
    return table.select(tenant, r -> r.referrer().equals(referrer));
  }
}
