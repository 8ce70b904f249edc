package org.alumnisdk.core;

/**
 * Identifies a content item (newsletter, article, interview).
 *
 * <p>An opaque, non-blank identifier; it carries no personal data and prints as its value.
 *
 * @param value the identifier text, stripped of surrounding white space
 * @since 0.1.0
 */
public record ContentId(String value) implements Comparable<ContentId> {
  /**
   * Validates the identifier.
   *
   * @param value the identifier text, stripped of surrounding white space
   * @throws InvalidValueException if it is null or blank
   */
  public ContentId {
    value = Checks.notBlank(value, "contentId");
  }

  /**
   * Creates an identifier.
   *
   * @param value the identifier text
   * @return the identifier
   * @throws InvalidValueException if the value is null or blank
   */
  public static ContentId of(String value) {
    return new ContentId(value);
  }

  @Override
  public int compareTo(ContentId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
