package org.alumnisdk.consent.spi;

import java.util.List;
import java.util.Optional;
import org.alumnisdk.consent.notice.Notice;
import org.alumnisdk.consent.notice.NoticeId;
import org.alumnisdk.core.ConcurrentUpdateException;
import org.alumnisdk.core.TenantId;

/**
 * Port: durable storage of published notices (privacy notices, consent requests), each an
 * immutable (tenant, id, version, language) text.
 *
 * <p>The host guarantees: {@link #insert} is atomic on (tenant, id, version, language) and never
 * overwrites (a second insert of the same key throws {@link ConcurrentUpdateException} and stores
 * nothing); reads see every committed insert from any instance; texts round-trip exactly
 * (Japanese, characters outside the BMP, line breaks); {@link #versions} is ordered by version,
 * then language in code-point order; every call is tenant-scoped; thread-safe. Contract:
 * {@code org.alumnisdk.testkit.consent.NoticeStoreContract} in {@code alumni-consent-testkit}. Experimental SPI until 1.0.
 *
 * @since 0.1.0
 */
public interface NoticeStore {
  /**
   * Stores a published notice.
   *
   * @param notice the notice
   * @throws ConcurrentUpdateException if that id, version and language already exist
   */
  void insert(Notice notice);

  /**
   * Finds one notice text.
   *
   * @param tenant the tenant
   * @param id the notice id
   * @param version the version
   * @param language the language tag
   * @return the notice, or empty
   */
  Optional<Notice> find(TenantId tenant, NoticeId id, int version, String language);

  /**
   * Every published text of a notice.
   *
   * @param tenant the tenant
   * @param id the notice id
   * @return the texts by version, then language
   */
  List<Notice> versions(TenantId tenant, NoticeId id);
}
