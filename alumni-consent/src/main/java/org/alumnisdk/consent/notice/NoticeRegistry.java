package org.alumnisdk.consent.notice;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.alumnisdk.consent.spi.NoticeShownStore;
import org.alumnisdk.consent.spi.NoticeStore;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.TenantId;

/**
 * Tenant-scoped register of immutable notice versions and of which version was shown to whom,
 * over a {@link NoticeStore} and a {@link NoticeShownStore}.
 *
 * <p>Versions are published in order (1, 2, ...); a version may exist in several languages,
 * each with its own text and hash. Once published a (notice, version, language) is never
 * changed: publishing it again is rejected. The registry keeps no copy of either store: every
 * call reads the store, so a notice published or shown through another instance over the same
 * stores is seen by the next call here. Thread-safe.
 *
 * @since 0.1.0
 */
public final class NoticeRegistry {
  private final NoticeStore store;
  private final NoticeShownStore shown;

  /** Creates an empty registry over fresh in-memory stores. */
  public NoticeRegistry() {
    this(new InMemoryNoticeStore(), new InMemoryNoticeShownStore());
  }

  /**
   * Creates a registry over host stores.
   *
   * @param store where notices are kept
   * @param shown where the evidence of notices shown is kept
   * @throws InvalidValueException if an argument is null
   */
  public NoticeRegistry(NoticeStore store, NoticeShownStore shown) {
    this.store = Checks.notNull(store, "noticeStore");
    this.shown = Checks.notNull(shown, "noticeShownStore");
  }

  /**
   * Publishes a notice version. Version 1 starts a notice; version n + 1 may follow version n;
   * the same version may be published again only in another language, with the same type.
   *
   * @param notice the notice
   * @return the notice
   * @throws InvalidValueException if the version is out of sequence, already published in that
   *     language, or of another type than the notice's earlier versions
   * @throws org.alumnisdk.core.ConcurrentUpdateException if another instance published the same
   *     version and language meanwhile
   */
  public Notice publish(Notice notice) {
    Checks.notNull(notice, "notice");
    List<Notice> versions = store.versions(notice.tenant(), notice.id());
    int latest = versions.isEmpty() ? 0 : versions.get(versions.size() - 1).version();
    if (!versions.isEmpty() && versions.get(0).type() != notice.type()) {
      throw new InvalidValueException(
          "notice.type", "notice " + notice.id() + " is of type " + versions.get(0).type());
    }
    boolean sameVersion = versions.stream().anyMatch(n -> n.version() == notice.version());
    if (sameVersion) {
      if (versions.stream().anyMatch(
          n -> n.version() == notice.version() && n.language().equals(notice.language()))) {
        throw new InvalidValueException(
            "notice.version",
            notice.id() + " v" + notice.version() + " (" + notice.language()
                + ") is already published and immutable; publish version " + (latest + 1));
      }
    } else if (notice.version() != latest + 1) {
      throw new InvalidValueException(
          "notice.version",
          "expected version " + (latest + 1) + " of " + notice.id() + ", was " + notice.version());
    }
    store.insert(notice);
    return notice;
  }

  /**
   * One notice text.
   *
   * @param tenant the tenant
   * @param id the notice
   * @param version the version
   * @param language the language tag
   * @return the notice, or empty
   */
  public Optional<Notice> get(TenantId tenant, NoticeId id, int version, String language) {
    return store.find(tenant, id, version, language);
  }

  /**
   * The latest version in a language that is in force at an instant.
   *
   * @param tenant the tenant
   * @param id the notice
   * @param language the language tag
   * @param at the instant
   * @return the notice, or empty
   * @throws InvalidValueException if the instant is null
   */
  public Optional<Notice> inForce(TenantId tenant, NoticeId id, String language, Instant at) {
    Checks.notNull(at, "at");
    List<Notice> versions = store.versions(tenant, id);
    for (int i = versions.size() - 1; i >= 0; i--) {
      Notice n = versions.get(i);
      if (n.language().equals(language) && n.inForceAt(at)) {
        return Optional.of(n);
      }
    }
    return Optional.empty();
  }

  /**
   * Every published text of a notice, by version then language.
   *
   * @param tenant the tenant
   * @param id the notice
   * @return the texts
   */
  public List<Notice> versions(TenantId tenant, NoticeId id) {
    return store.versions(tenant, id);
  }

  /**
   * Records that a published notice version was shown to a person (Art. 21 evidence).
   *
   * @param record the evidence
   * @return the evidence
   * @throws InvalidValueException if the record is null or names a version not published
   */
  public NoticeShown recordShown(NoticeShown record) {
    Checks.notNull(record, "shown");
    if (get(record.tenant(), record.notice(), record.version(), record.language()).isEmpty()) {
      throw new InvalidValueException(
          "shown.version",
          record.notice() + " v" + record.version() + " (" + record.language()
              + ") is not published for tenant " + record.tenant());
    }
    shown.append(record);
    return record;
  }

  /**
   * The highest version of a notice shown to a person at or before an instant.
   *
   * @param tenant the tenant
   * @param alumnus the person
   * @param notice the notice
   * @param at the instant
   * @return the version, or 0 if none was shown
   */
  public int highestVersionShown(TenantId tenant, AlumnusId alumnus, NoticeId notice, Instant at) {
    return shown.highestVersionShown(tenant, alumnus, notice, at);
  }

  /**
   * Every notice shown to a person, by instant (for disclosure, Art. 33).
   *
   * @param tenant the tenant
   * @param alumnus the person
   * @return the records
   */
  public List<NoticeShown> shownTo(TenantId tenant, AlumnusId alumnus) {
    return shown.shownTo(tenant, alumnus);
  }
}
