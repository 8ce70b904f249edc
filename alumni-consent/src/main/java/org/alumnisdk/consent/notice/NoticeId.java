package org.alumnisdk.consent.notice;

import org.alumnisdk.core.Checks;
import org.alumnisdk.core.InvalidValueException;

/**
 * Identifies a notice across its versions (for example {@code alumni-purpose-notice}).
 *
 * @param value the identifier text, stripped
 * @since 0.1.0
 */
public record NoticeId(String value) implements Comparable<NoticeId> {
  /**
   * Validates the identifier.
   *
   * @param value the identifier text, stripped
   * @throws InvalidValueException if it is null or blank
   */
  public NoticeId {
    value = Checks.notBlank(value, "noticeId");
  }

  /**
   * Creates an identifier.
   *
   * @param value the identifier text
   * @return the identifier
   * @throws InvalidValueException if it is null or blank
   */
  public static NoticeId of(String value) {
    return new NoticeId(value);
  }

  @Override
  public int compareTo(NoticeId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
