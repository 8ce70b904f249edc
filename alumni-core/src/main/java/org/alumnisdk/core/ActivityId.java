package org.alumnisdk.core;

/**
 * Identifies an activity in the engagement log; appends are idempotent by this id.
 *
 * <p>An opaque, non-blank identifier; it carries no personal data and prints as its value.
 *
 * @param value the identifier text, stripped of surrounding white space
 * @since 0.1.0
 */
public record ActivityId(String value) implements Comparable<ActivityId> {
  /**
   * Validates the identifier.
   *
   * @param value the identifier text, stripped of surrounding white space
   * @throws InvalidValueException if it is null or blank
   */
  public ActivityId {
    value = Checks.notBlank(value, "activityId");
  }

  /**
   * Creates an identifier.
   *
   * @param value the identifier text
   * @return the identifier
   * @throws InvalidValueException if the value is null or blank
   */
  public static ActivityId of(String value) {
    return new ActivityId(value);
  }

  @Override
  public int compareTo(ActivityId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
