package org.alumnisdk.consent.notice;

import java.time.Instant;
import org.alumnisdk.core.AlumnusId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;
import org.alumnisdk.core.TenantId;

/**
 * Evidence that one version of a notice was shown to an alumnus, when and through which channel
 * (Art. 21; ISO/IEC TS 27560 {@code privacy_notice}).
 *
 * @param tenant the tenant
 * @param alumnus the person shown the notice
 * @param notice the notice
 * @param version the exact version shown
 * @param language the language shown (BCP 47)
 * @param shownAt when it was shown
 * @param channel how it was shown
 * @since 0.1.0
 */
public record NoticeShown(
    TenantId tenant,
    AlumnusId alumnus,
    NoticeId notice,
    int version,
    String language,
    Instant shownAt,
    NoticeChannel channel) {
  /**
   * Validates the record.
   *
   * @param tenant the tenant
   * @param alumnus the person shown the notice
   * @param notice the notice
   * @param version the exact version shown
   * @param language the language shown (BCP 47)
   * @param shownAt when it was shown
   * @param channel how it was shown
   * @throws InvalidValueException if a field is missing
   */
  public NoticeShown {
    Checks.notNull(tenant, "shown.tenant");
    Checks.notNull(alumnus, "shown.alumnus");
    Checks.notNull(notice, "shown.notice");
    if (version < 1) {
      throw new InvalidValueException("shown.version", "must be >= 1, was " + version);
    }
    language = Checks.notBlank(language, "shown.language");
    Checks.notNull(shownAt, "shown.shownAt");
    Checks.notNull(channel, "shown.channel");
  }
}
