package org.alumnisdk.consent.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.alumnisdk.consent.spi.ConsentLedgerStore;
import org.alumnisdk.consent.spi.LedgerRecord;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.ConcurrentUpdateException;
import org.alumnisdk.core.TenantId;

/**
 * The in-memory reference implementation of {@link ConsentLedgerStore}: one list per tenant.
 * Thread-safe. For tests, notebooks and single-process hosts; contents are lost on exit.
 *
 * @since 0.1.0
 */
public final class InMemoryConsentLedgerStore implements ConsentLedgerStore {
  private final Map<TenantId, List<LedgerRecord>> chains = new ConcurrentHashMap<>();

  /** Creates an empty store. */
  public InMemoryConsentLedgerStore() {}

  @Override
  public void append(LedgerRecord record) {
    Checks.notNull(record, "record");
    List<LedgerRecord> chain = chains.computeIfAbsent(record.tenant(), t -> new ArrayList<>());
    synchronized (chain) {
      if (record.position() != chain.size()) {
        throw new ConcurrentUpdateException(
            "consent ledger of " + record.tenant(), record.position(), chain.size());
      }
      chain.add(record);
    }
  }

  @Override
  public long size(TenantId tenant) {
    List<LedgerRecord> chain = chains.get(tenant);
    if (chain == null) {
      return 0;
    }
    synchronized (chain) {
      return chain.size();
    }
  }

  @Override
  public List<LedgerRecord> read(TenantId tenant, long fromPosition, int limit) {
    Checks.notNegative(fromPosition, "fromPosition");
    Checks.notNegative(limit, "limit");
    List<LedgerRecord> chain = chains.get(tenant);
    if (chain == null) {
      return List.of();
    }
    synchronized (chain) {
      if (fromPosition >= chain.size()) {
        return List.of();
      }
      int from = (int) fromPosition;
      int to = (int) Math.min(chain.size(), fromPosition + (long) limit);
      return List.copyOf(chain.subList(from, to));
    }
  }

  @Override
  public Set<TenantId> tenants() {
    return Set.copyOf(chains.keySet());
  }
}
