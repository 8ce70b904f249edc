package org.alumnisdk.core;

/**
 * Identifies a normalised skill (see the skill alias table); compare skills only by this id.
 *
 * <p>An opaque, non-blank identifier; it carries no personal data and prints as its value.
 *
 * @param value the identifier text, stripped of surrounding white space
 * @since 0.1.0
 */
public record SkillId(String value) implements Comparable<SkillId> {
  /**
   * Validates the identifier.
   *
   * @param value the identifier text, stripped of surrounding white space
   * @throws InvalidValueException if it is null or blank
   */
  public SkillId {
    value = Checks.notBlank(value, "skillId");
  }

  /**
   * Creates an identifier.
   *
   * @param value the identifier text
   * @return the identifier
   * @throws InvalidValueException if the value is null or blank
   */
  public static SkillId of(String value) {
    return new SkillId(value);
  }

  @Override
  public int compareTo(SkillId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
