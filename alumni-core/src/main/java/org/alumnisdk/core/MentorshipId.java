package org.alumnisdk.core;

/**
 * Identifies a mentorship.
 *
 * <p>An opaque, non-blank identifier; it carries no personal data and prints as its value.
 *
 * @param value the identifier text, stripped of surrounding white space
 * @since 0.1.0
 */
public record MentorshipId(String value) implements Comparable<MentorshipId> {
  /**
   * Validates the identifier.
   *
   * @param value the identifier text, stripped of surrounding white space
   * @throws InvalidValueException if it is null or blank
   */
  public MentorshipId {
    value = Checks.notBlank(value, "mentorshipId");
  }

  /**
   * Creates an identifier.
   *
   * @param value the identifier text
   * @return the identifier
   * @throws InvalidValueException if the value is null or blank
   */
  public static MentorshipId of(String value) {
    return new MentorshipId(value);
  }

  @Override
  public int compareTo(MentorshipId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
