package org.alumnisdk.core;

/**
 * Identifies a job opening.
 *
 * <p>An opaque, non-blank identifier; it carries no personal data and prints as its value.
 *
 * @param value the identifier text, stripped of surrounding white space
 * @since 0.1.0
 */
public record OpeningId(String value) implements Comparable<OpeningId> {
  /**
   * Validates the identifier.
   *
   * @param value the identifier text, stripped of surrounding white space
   * @throws InvalidValueException if it is null or blank
   */
  public OpeningId {
    value = Checks.notBlank(value, "openingId");
  }

  /**
   * Creates an identifier.
   *
   * @param value the identifier text
   * @return the identifier
   * @throws InvalidValueException if the value is null or blank
   */
  public static OpeningId of(String value) {
    return new OpeningId(value);
  }

  @Override
  public int compareTo(OpeningId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
