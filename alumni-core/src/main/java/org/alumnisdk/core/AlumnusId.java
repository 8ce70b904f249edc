package org.alumnisdk.core;

/**
 * Identifies an alumnus within a tenant.
 *
 * <p>An opaque, non-blank identifier; it carries no personal data and prints as its value.
 *
 * @param value the identifier text, stripped of surrounding white space
 * @since 0.1.0
 */
public record AlumnusId(String value) implements Comparable<AlumnusId> {
  /**
   * Validates the identifier.
   *
   * @param value the identifier text, stripped of surrounding white space
   * @throws InvalidValueException if it is null or blank
   */
  public AlumnusId {
    value = Checks.notBlank(value, "alumnusId");
  }

  /**
   * Creates an identifier.
   *
   * @param value the identifier text
   * @return the identifier
   * @throws InvalidValueException if the value is null or blank
   */
  public static AlumnusId of(String value) {
    return new AlumnusId(value);
  }

  @Override
  public int compareTo(AlumnusId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
