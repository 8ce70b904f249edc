package org.alumnisdk.core;

/**
 * Identifies a rehire application.
 *
 * <p>An opaque, non-blank identifier; it carries no personal data and prints as its value.
 *
 * @param value the identifier text, stripped of surrounding white space
 * @since 0.1.0
 */
public record ApplicationId(String value) implements Comparable<ApplicationId> {
  /**
   * Validates the identifier.
   *
   * @param value the identifier text, stripped of surrounding white space
   * @throws InvalidValueException if it is null or blank
   */
  public ApplicationId {
    value = Checks.notBlank(value, "applicationId");
  }

  /**
   * Creates an identifier.
   *
   * @param value the identifier text
   * @return the identifier
   * @throws InvalidValueException if the value is null or blank
   */
  public static ApplicationId of(String value) {
    return new ApplicationId(value);
  }

  @Override
  public int compareTo(ApplicationId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
