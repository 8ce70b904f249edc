package org.alumnisdk.consent.ledger;

import org.alumnisdk.consent.notice.NoticeId;
import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;

/**
 * The exact notice version a consent event relied on (27560 {@code privacy_notice}).
 *
 * @param notice the notice
 * @param version the version shown
 * @param language the language shown
 * @since 0.1.0
 */
public record NoticeRef(NoticeId notice, int version, String language) {
  /**
   * Validates the reference.
   *
   * @param notice the notice
   * @param version the version shown
   * @param language the language shown
   * @throws InvalidValueException if a field is missing or the version is below 1
   */
  public NoticeRef {
    Checks.notNull(notice, "noticeRef.notice");
    if (version < 1) {
      throw new InvalidValueException("noticeRef.version", "must be >= 1, was " + version);
    }
    language = Checks.notBlank(language, "noticeRef.language");
  }

  /**
   * Creates a reference.
   *
   * @param notice the notice
   * @param version the version
   * @param language the language
   * @return the reference
   * @throws InvalidValueException if a field is missing or the version is below 1
   */
  public static NoticeRef of(NoticeId notice, int version, String language) {
    return new NoticeRef(notice, version, language);
  }
}
