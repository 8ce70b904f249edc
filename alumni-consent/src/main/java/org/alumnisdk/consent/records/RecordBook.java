package org.alumnisdk.consent.records;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.alumnisdk.consent.spi.StatutoryRecordStore;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.TenantId;

/**
 * Keeps the statutory provision (Art. 29) and receipt (Art. 30) records for their retention
 * period and exposes them by person for disclosure requests (Art. 33(5) covers the provision
 * records about the person).
 *
 * <p>Retention is computed when a record is kept, from {@link RecordRetention}. A purge deletes
 * a record only when its retention has ended at the injected clock's instant; deleting the
 * person's profile does not shorten it (see {@link #onProfileDeleted}). Thread-safe if the store
 * is.
 *
 * @since 0.1.0
 */
public final class RecordBook {
  private final StatutoryRecordStore store;
  private final RecordRetention retention;
  private final Clock clock;

  /**
   * Creates a record book.
   *
   * @param store the record store
   * @param retention the retention rules
   * @param clock the clock used for purges
   * @throws InvalidValueException if an argument is null
   */
  public RecordBook(StatutoryRecordStore store, RecordRetention retention, Clock clock) {
    this.store = Checks.notNull(store, "store");
    this.retention = Checks.notNull(retention, "retention");
    this.clock = Checks.notNull(clock, "clock");
  }

  /**
   * Keeps a new record.
   *
   * @param record the provision or receipt record
   * @return the record with its retention end
   * @throws InvalidValueException if a record with the same id exists for the tenant
   */
  public synchronized KeptRecord keep(StatutoryRecord record) {
    Checks.notNull(record, "record");
    if (store.find(record.tenant(), record.recordId()).isPresent()) {
      throw new InvalidValueException(
          "record.recordId", "'" + record.recordId() + "' exists; records are not overwritten");
    }
    KeptRecord kept = new KeptRecord(record, retention.retainUntil(record), retention.ruleSet());
    store.put(kept);
    return kept;
  }

  /**
   * Extends a continuous or contract provision record with a further provision; its retention
   * end can only move later.
   *
   * @param tenant the tenant
   * @param recordId the provision record
   * @param at when the further provision took place
   * @return the updated record
   * @throws InvalidValueException if the record is unknown, not a provision record, or recorded
   *     per event
   */
  public synchronized KeptRecord furtherProvision(TenantId tenant, String recordId, Instant at) {
    KeptRecord kept =
        store.find(tenant, recordId)
            .orElseThrow(() -> new InvalidValueException("recordId", "'" + recordId + "' not found"));
    if (!(kept.record() instanceof ProvisionRecord p) || p.method() == RecordingMethod.PER_EVENT) {
      throw new InvalidValueException(
          "recordId", "only continuous or contract provision records cover further provisions");
    }
    ProvisionRecord next = p.withFurtherProvision(at);
    Instant until = retention.retainUntil(next);
    if (until.isBefore(kept.retainUntil())) {
      until = kept.retainUntil();
    }
    KeptRecord updated = new KeptRecord(next, until, kept.ruleSet());
    store.put(updated);
    return updated;
  }

  /**
   * The provision records (Art. 29) that concern a person, for a disclosure request.
   *
   * @param tenant the tenant
   * @param alumnus the person
   * @return the records
   */
  public List<KeptRecord> provisionsAbout(TenantId tenant, AlumnusId alumnus) {
    return about(tenant, alumnus, RecordType.PROVISION_ART_29);
  }

  /**
   * The receipt records (Art. 30) that concern a person.
   *
   * @param tenant the tenant
   * @param alumnus the person
   * @return the records
   */
  public List<KeptRecord> receiptsAbout(TenantId tenant, AlumnusId alumnus) {
    return about(tenant, alumnus, RecordType.RECEIPT_ART_30);
  }

  /**
   * Every record of a tenant.
   *
   * @param tenant the tenant
   * @return the records
   */
  public List<KeptRecord> all(TenantId tenant) {
    return store.all(Checks.notNull(tenant, "tenant"));
  }

  private List<KeptRecord> about(TenantId tenant, AlumnusId alumnus, RecordType type) {
    Checks.notNull(tenant, "tenant");
    Checks.notNull(alumnus, "alumnus");
    List<KeptRecord> out = new ArrayList<>();
    for (KeptRecord k : store.all(tenant)) {
      if (k.record().type() == type && k.record().alumni().contains(alumnus)) {
        out.add(k);
      }
    }
    return List.copyOf(out);
  }

  /**
   * Called when a person's profile is deleted: deletes nothing here and returns the records
   * that must still be kept about the person, with their retention ends, so the deletion
   * workflow can report them.
   *
   * @param tenant the tenant
   * @param alumnus the person whose profile was deleted
   * @return the records still kept about the person
   */
  public List<KeptRecord> onProfileDeleted(TenantId tenant, AlumnusId alumnus) {
    List<KeptRecord> out = new ArrayList<>(provisionsAbout(tenant, alumnus));
    out.addAll(receiptsAbout(tenant, alumnus));
    return List.copyOf(out);
  }

  /**
   * Deletes the tenant's records whose retention has ended at the clock's instant; never one
   * still within its retention.
   *
   * @param tenant the tenant
   * @return what was deleted and kept
   */
  public synchronized PurgeReport purge(TenantId tenant) {
    Checks.notNull(tenant, "tenant");
    Instant now = clock.instant();
    List<String> deleted = new ArrayList<>();
    int kept = 0;
    Instant next = null;
    for (KeptRecord k : store.all(tenant)) {
      if (k.retentionEndedAt(now)) {
        if (store.delete(tenant, k.record().recordId())) {
          deleted.add(k.record().recordId());
        }
      } else {
        kept++;
        if (next == null || k.retainUntil().isBefore(next)) {
          next = k.retainUntil();
        }
      }
    }
    return new PurgeReport(tenant, now, deleted, kept, java.util.Optional.ofNullable(next));
  }
}
