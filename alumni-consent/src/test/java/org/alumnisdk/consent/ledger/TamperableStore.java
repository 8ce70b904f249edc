package org.alumnisdk.consent.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.alumnisdk.consent.spi.ConsentLedgerStore;
import org.alumnisdk.consent.spi.LedgerRecord;
import org.alumnisdk.core.ConcurrentUpdateException;
import org.alumnisdk.core.TenantId;

/** A single-tenant test store that lets a test edit records behind the ledger's back. */
final class TamperableStore implements ConsentLedgerStore {
  final TenantId tenant;
  final List<LedgerRecord> records = new ArrayList<>();

  TamperableStore(TenantId tenant) {
    this.tenant = tenant;
  }

  @Override
  public synchronized void append(LedgerRecord record) {
    if (record.position() != records.size()) {
      throw new ConcurrentUpdateException("test", record.position(), records.size());
    }
    records.add(record);
  }

  @Override
  public synchronized long size(TenantId t) {
    return t.equals(tenant) ? records.size() : 0;
  }

  @Override
  public synchronized List<LedgerRecord> read(TenantId t, long from, int limit) {
    if (!t.equals(tenant) || from >= records.size()) {
      return List.of();
    }
    return List.copyOf(records.subList((int) from, (int) Math.min(records.size(), from + limit)));
  }

  @Override
  public synchronized Set<TenantId> tenants() {
    return records.isEmpty() ? Set.of() : Set.of(tenant);
  }

  /** Flips the bits of {@code mask} in byte {@code index} of payload ++ previousHash ++ hash. */
  synchronized void flip(int position, int index, int mask) {
    LedgerRecord r = records.get(position);
    byte[] p = r.payload();
    byte[] prev = r.previousHash();
    byte[] h = r.hash();
    if (index < p.length) {
      p[index] ^= (byte) mask;
    } else if (index < p.length + 32) {
      prev[index - p.length] ^= (byte) mask;
    } else {
      h[index - p.length - 32] ^= (byte) mask;
    }
    records.set(position, LedgerRecord.of(r.tenant(), r.position(), p, prev, h));
  }

  synchronized int length(int position) {
    return records.get(position).payload().length + 64;
  }
}
