package org.alumnisdk.consent.records;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.alumnisdk.consent.spi.StatutoryRecordStore;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.TenantId;

/**
 * The in-memory reference implementation of {@link StatutoryRecordStore}. Thread-safe.
 *
 * @since 0.1.0
 */
public final class InMemoryStatutoryRecordStore implements StatutoryRecordStore {
  private final Map<TenantId, Map<String, KeptRecord>> byTenant = new ConcurrentHashMap<>();

  /** Creates an empty store. */
  public InMemoryStatutoryRecordStore() {}

  @Override
  public void put(KeptRecord record) {
    Checks.notNull(record, "record");
    Map<String, KeptRecord> m =
        byTenant.computeIfAbsent(record.record().tenant(), t -> new LinkedHashMap<>());
    synchronized (m) {
      m.put(record.record().recordId(), record);
    }
  }

  @Override
  public Optional<KeptRecord> find(TenantId tenant, String recordId) {
    Map<String, KeptRecord> m = byTenant.get(tenant);
    if (m == null) {
      return Optional.empty();
    }
    synchronized (m) {
      return Optional.ofNullable(m.get(recordId));
    }
  }

  @Override
  public List<KeptRecord> all(TenantId tenant) {
    Map<String, KeptRecord> m = byTenant.get(tenant);
    if (m == null) {
      return List.of();
    }
    synchronized (m) {
      return List.copyOf(new ArrayList<>(m.values()));
    }
  }

  @Override
  public boolean delete(TenantId tenant, String recordId) {
    Map<String, KeptRecord> m = byTenant.get(tenant);
    if (m == null) {
      return false;
    }
    synchronized (m) {
      return m.remove(recordId) != null;
    }
  }
}
