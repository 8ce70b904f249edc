package org.alumnisdk.consent.spi;

import java.time.Instant;
import java.util.List;
import org.alumnisdk.consent.notice.NoticeId;
import org.alumnisdk.consent.notice.NoticeShown;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.TenantId;

/**
 * Port: durable, append-only evidence that a notice version was shown to a person (Art. 21),
 * which the purpose gate needs for every purpose that rests on a notice.
 *
 * <p>The host guarantees: {@link #append} is atomic and durable when it returns; records are
 * never changed or removed through this port; {@link #highestVersionShown} reflects every
 * committed append from any instance (the gate asks on every check and keeps no copy); instants
 * round-trip to the microsecond; {@link #shownTo} is ordered by {@code shownAt}, then notice id
 * and version; every call is tenant-scoped; thread-safe. Contract:
 * {@code org.alumnisdk.testkit.consent.NoticeShownStoreContract} in {@code alumni-consent-testkit}. Experimental SPI until 1.0.
 *
 * @since 0.1.0
 */
public interface NoticeShownStore {
  /**
   * Records that a notice version was shown.
   *
   * @param shown the evidence
   */
  void append(NoticeShown shown);

  /**
   * The highest version of a notice shown to a person at or before an instant.
   *
   * @param tenant the tenant
   * @param alumnus the person
   * @param notice the notice
   * @param at the instant
   * @return the highest version shown with {@code shownAt <= at}, or 0 if none
   */
  int highestVersionShown(TenantId tenant, AlumnusId alumnus, NoticeId notice, Instant at);

  /**
   * Every notice shown to a person (for disclosure requests, Art. 33).
   *
   * @param tenant the tenant
   * @param alumnus the person
   * @return the records by {@code shownAt}, then notice id and version
   */
  List<NoticeShown> shownTo(TenantId tenant, AlumnusId alumnus);
}
