package org.alumnisdk.consent.purpose;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.alumnisdk.consent.spi.PurposeStore;
import org.alumnisdk.consent.spi.StoredPurpose;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.IllegalTransitionException;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.PurposeId;
import org.alumnisdk.core.TenantId;

/**
 * The versioned, tenant-scoped purpose catalogue (APPI@2022-04-01 Art. 17).
 *
 * <p>Version 1 of a purpose is {@linkplain #register registered}; every later version is added
 * with {@link #change}, which requires a {@link PurposeChange} recording a person's
 * classification of the change (within Art. 17(2) or a new purpose needing consent under
 * Art. 18(1)). The catalogue never classifies a change itself. Versions are never edited or
 * removed. Every call reads the {@link PurposeStore}; nothing is cached. Thread-safe.
 *
 * @since 0.1.0
 */
public final class PurposeCatalogue {
  private final PurposeStore store;

  /** Creates an empty catalogue. */
  public PurposeCatalogue() {
    this(new InMemoryPurposeStore());
  }

  /**
   * Creates a catalogue over a host store. The catalogue keeps no copy: every call reads the
   * store, so a change made through another instance is seen by the next call here.
   *
   * @param store the store
   * @throws InvalidValueException if the store is null
   */
  public PurposeCatalogue(PurposeStore store) {
    this.store = Checks.notNull(store, "purposeStore");
  }

  /**
   * Registers version 1 of a purpose for a tenant.
   *
   * @param tenant the tenant
   * @param purpose the purpose, version 1
   * @return the registered purpose
   * @throws InvalidValueException if an argument is null, the version is not 1, or the purpose
   *     is already registered for the tenant
   */
  public Purpose register(TenantId tenant, Purpose purpose) {
    Checks.notNull(tenant, "tenant");
    Checks.notNull(purpose, "purpose");
    if (purpose.version() != 1) {
      throw new InvalidValueException(
          "purpose.version", "register version 1; add later versions with change()");
    }
    if (store.find(tenant, purpose.id()).isPresent()) {
      throw new InvalidValueException(
          "purpose.id", "'" + purpose.id() + "' is already registered; use change()");
    }
    store.insert(StoredPurpose.registered(tenant, purpose));
    return purpose;
  }

  /**
   * Adds the next version of a purpose together with the recorded human classification.
   *
   * @param tenant the tenant
   * @param next the new version (current version + 1, effective no earlier than the current one)
   * @param change the classification, decider and time; its versions must match
   * @return the new version
   * @throws InvalidValueException if an argument is null, the purpose is unknown, the versions
   *     do not match or the new version takes effect before the current one
   * @throws IllegalTransitionException if the purpose has ended
   */
  public Purpose change(TenantId tenant, Purpose next, PurposeChange change) {
    Checks.notNull(tenant, "tenant");
    Checks.notNull(next, "next");
    Checks.notNull(change, "change");
    StoredPurpose entry = entry(tenant, next.id());
    Purpose current = entry.current();
    if (entry.end().isPresent()) {
      throw new IllegalTransitionException("purpose " + next.id(), "ENDED", "CHANGED");
    }
    if (!change.purpose().equals(next.id())
        || change.fromVersion() != current.version()
        || change.toVersion() != next.version()) {
      throw new InvalidValueException(
          "change",
          "must describe " + next.id() + " v" + current.version() + " -> v" + (current.version() + 1)
              + " and match the new version");
    }
    if (next.effectiveFrom().isBefore(current.effectiveFrom())) {
      throw new InvalidValueException(
          "next.effectiveFrom", "must not precede the current version's effectiveFrom");
    }
    List<Purpose> versions = new ArrayList<>(entry.versions());
    versions.add(next);
    List<PurposeChange> changes = new ArrayList<>(entry.changes());
    changes.add(change);
    store.update(new StoredPurpose(
        tenant, next.id(), versions, changes, Optional.empty(), entry.revision() + 1));
    return next;
  }

  /**
   * Records that a purpose has ended; from then on it covers no processing and its retention
   * policy runs.
   *
   * @param tenant the tenant
   * @param end the end record
   * @return the end record
   * @throws InvalidValueException if an argument is null or the purpose is unknown
   * @throws IllegalTransitionException if the purpose has already ended
   */
  public PurposeEnd end(TenantId tenant, PurposeEnd end) {
    Checks.notNull(tenant, "tenant");
    Checks.notNull(end, "end");
    StoredPurpose entry = entry(tenant, end.purpose());
    if (entry.end().isPresent()) {
      throw new IllegalTransitionException("purpose " + end.purpose(), "ENDED", "ENDED");
    }
    store.update(new StoredPurpose(
        tenant, entry.id(), entry.versions(), entry.changes(), Optional.of(end),
        entry.revision() + 1));
    return end;
  }

  /**
   * The version of a purpose in force at an instant, if the purpose exists and had taken effect.
   * An ended purpose still returns its last version; see {@link #endOf}.
   *
   * @param tenant the tenant
   * @param id the purpose
   * @param at the instant
   * @return the version in force, or empty
   */
  public Optional<Purpose> asOf(TenantId tenant, PurposeId id, Instant at) {
    Checks.notNull(at, "at");
    Handle h = handle(tenant, id);
    return h == null ? Optional.empty() : Optional.ofNullable(h.versionAt(at));
  }

  /**
   * Looks up a purpose and its end in one step, without allocation; for the purpose gate.
   *
   * @param tenant the tenant
   * @param id the purpose
   * @return the lookup handle, or null if unknown
   */
  public Handle handle(TenantId tenant, PurposeId id) {
    return store.find(tenant, id).map(Entry::new).orElse(null);
  }

  /**
   * The current (latest) version of a purpose.
   *
   * @param tenant the tenant
   * @param id the purpose
   * @return the latest version, or empty if unknown
   */
  public Optional<Purpose> current(TenantId tenant, PurposeId id) {
    return store.find(tenant, id).map(StoredPurpose::current);
  }

  /**
   * Every version of a purpose, oldest first.
   *
   * @param tenant the tenant
   * @param id the purpose
   * @return the versions (empty if unknown)
   */
  public List<Purpose> history(TenantId tenant, PurposeId id) {
    return store.find(tenant, id).map(StoredPurpose::versions).orElse(List.of());
  }

  /**
   * The recorded classifications of every change of a purpose, oldest first.
   *
   * @param tenant the tenant
   * @param id the purpose
   * @return the changes (empty if none or unknown)
   */
  public List<PurposeChange> changes(TenantId tenant, PurposeId id) {
    return store.find(tenant, id).map(StoredPurpose::changes).orElse(List.of());
  }

  /**
   * The end of a purpose, if it has ended.
   *
   * @param tenant the tenant
   * @param id the purpose
   * @return the end record, or empty
   */
  public Optional<PurposeEnd> endOf(TenantId tenant, PurposeId id) {
    return store.find(tenant, id).flatMap(StoredPurpose::end);
  }

  /**
   * The ids of all purposes registered for a tenant, sorted.
   *
   * @param tenant the tenant
   * @return the ids
   */
  public List<PurposeId> ids(TenantId tenant) {
    return store.ids(tenant);
  }

  private StoredPurpose entry(TenantId tenant, PurposeId id) {
    return store.find(tenant, id).orElseThrow(() -> new InvalidValueException(
        "purpose.id", "'" + id + "' is not registered for tenant " + tenant));
  }

  /**
   * A read handle on one purpose of one tenant: lock-free access to the version in force and to
   * its end. Obtained from {@link #handle}.
   */
  public interface Handle {
    /**
     * The version in force at an instant, or null if none had taken effect.
     *
     * @param at the instant
     * @return the version or null
     */
    Purpose versionAt(Instant at);

    /**
     * When the purpose ended, or null if it has not.
     *
     * @return the end instant or null
     */
    Instant endedAt();
  }

  private static final class Entry implements Handle {
    private final StoredPurpose stored;

    Entry(StoredPurpose stored) {
      this.stored = stored;
    }

    @Override
    public Purpose versionAt(Instant at) {
      List<Purpose> v = stored.versions();
      for (int i = v.size() - 1; i >= 0; i--) {
        if (!v.get(i).effectiveFrom().isAfter(at)) {
          return v.get(i);
        }
      }
      return null;
    }

    @Override
    public Instant endedAt() {
      return stored.end().map(PurposeEnd::endedAt).orElse(null);
    }
  }
}
