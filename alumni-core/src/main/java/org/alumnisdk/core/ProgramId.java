package org.alumnisdk.core;

/**
 * Identifies a mentorship programme.
 *
 * <p>An opaque, non-blank identifier; it carries no personal data and prints as its value.
 *
 * @param value the identifier text, stripped of surrounding white space
 * @since 0.1.0
 */
public record ProgramId(String value) implements Comparable<ProgramId> {
  /**
   * Validates the identifier.
   *
   * @param value the identifier text, stripped of surrounding white space
   * @throws InvalidValueException if it is null or blank
   */
  public ProgramId {
    value = Checks.notBlank(value, "programId");
  }

  /**
   * Creates an identifier.
   *
   * @param value the identifier text
   * @return the identifier
   * @throws InvalidValueException if the value is null or blank
   */
  public static ProgramId of(String value) {
    return new ProgramId(value);
  }

  @Override
  public int compareTo(ProgramId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
