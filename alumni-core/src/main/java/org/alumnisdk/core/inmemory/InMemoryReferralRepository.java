package org.alumnisdk.core.inmemory;

import java.util.List;
import java.util.Optional;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.OpeningId;
import org.alumnisdk.core.Page;
import org.alumnisdk.core.PageRequest;
import org.alumnisdk.core.ReferralId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.internal.VersionedTable;
import org.alumnisdk.core.referral.Referral;
import org.alumnisdk.core.spi.ReferralRepository;

/**
 * A thread-safe in-memory {@link ReferralRepository}: tenant-scoped, with optimistic versions.
 *
 * @since 0.1.0
 */
public final class InMemoryReferralRepository implements ReferralRepository {
  private final VersionedTable<ReferralId, Referral> table = new VersionedTable<>("Referral", null);

  /** Creates an empty store. */
  public InMemoryReferralRepository() {}

  @Override
  public Optional<Referral> findById(TenantId tenant, ReferralId id) {
    return table.find(tenant, id);
  }

  @Override
  public Page<Referral> findAll(TenantId tenant, PageRequest page) {
    return table.page(tenant, page);
  }

  @Override
  public Referral save(Referral aggregate) {
    return table.save(aggregate);
  }

  @Override
  public boolean delete(TenantId tenant, ReferralId id, long expectedVersion) {
    return table.delete(tenant, id, expectedVersion);
  }

  @Override
  public long count(TenantId tenant) {
    return table.count(tenant);
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

  @Override
  public String toString() {
    return "InMemoryReferralRepository";
  }
}
