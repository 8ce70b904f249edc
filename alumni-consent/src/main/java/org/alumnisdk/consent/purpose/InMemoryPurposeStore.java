package org.alumnisdk.consent.purpose;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.alumnisdk.consent.spi.PurposeStore;
import org.alumnisdk.consent.spi.StoredPurpose;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.ConcurrentUpdateException;
import org.alumnisdk.core.PurposeId;
import org.alumnisdk.core.TenantId;
import org.alumnisdk.core.spi.CodePointOrder;

/**
 * The in-memory reference implementation of {@link PurposeStore}: one concurrent map per tenant,
 * compare-and-set on the revision. Thread-safe. For tests, notebooks and single-process hosts;
 * contents are lost on exit.
 *
 * @since 0.1.0
 */
public final class InMemoryPurposeStore implements PurposeStore {
  private final Map<TenantId, Map<PurposeId, StoredPurpose>> tenants = new ConcurrentHashMap<>();

  /** Creates an empty store. */
  public InMemoryPurposeStore() {}

  @Override
  public Optional<StoredPurpose> find(TenantId tenant, PurposeId id) {
    Map<PurposeId, StoredPurpose> byId = tenants.get(Checks.notNull(tenant, "tenant"));
    return byId == null ? Optional.empty() : Optional.ofNullable(byId.get(Checks.notNull(id, "id")));
  }

  @Override
  public List<PurposeId> ids(TenantId tenant) {
    Map<PurposeId, StoredPurpose> byId = tenants.get(Checks.notNull(tenant, "tenant"));
    return byId == null
        ? List.of()
        : byId.keySet().stream().sorted((a, b) -> CodePointOrder.compare(a.value(), b.value())).toList();
  }

  @Override
  public void insert(StoredPurpose purpose) {
    Checks.notNull(purpose, "purpose");
    StoredPurpose prior =
        tenants.computeIfAbsent(purpose.tenant(), t -> new ConcurrentHashMap<>())
            .putIfAbsent(purpose.id(), purpose);
    if (prior != null) {
      throw new ConcurrentUpdateException("purpose " + purpose.id(), 0, prior.revision());
    }
  }

  @Override
  public void update(StoredPurpose next) {
    Checks.notNull(next, "next");
    Map<PurposeId, StoredPurpose> byId =
        tenants.computeIfAbsent(next.tenant(), t -> new ConcurrentHashMap<>());
    StoredPurpose[] seen = new StoredPurpose[1];
    byId.compute(next.id(), (id, stored) -> {
      seen[0] = stored;
      return stored != null && stored.revision() == next.revision() - 1 ? next : stored;
    });
    if (seen[0] == null || seen[0].revision() != next.revision() - 1) {
      throw new ConcurrentUpdateException(
          "purpose " + next.id(), next.revision() - 1, seen[0] == null ? 0 : seen[0].revision());
    }
  }

  @Override
  public String toString() {
    return "InMemoryPurposeStore[tenants=" + tenants.size() + "]";
  }
}
