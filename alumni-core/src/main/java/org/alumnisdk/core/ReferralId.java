package org.alumnisdk.core;

/**
 * Identifies a referral.
 *
 * <p>An opaque, non-blank identifier; it carries no personal data and prints as its value.
 *
 * @param value the identifier text, stripped of surrounding white space
 * @since 0.1.0
 */
public record ReferralId(String value) implements Comparable<ReferralId> {
  /**
   * Validates the identifier.
   *
   * @param value the identifier text, stripped of surrounding white space
   * @throws InvalidValueException if it is null or blank
   */
  public ReferralId {
    value = Checks.notBlank(value, "referralId");
  }

  /**
   * Creates an identifier.
   *
   * @param value the identifier text
   * @return the identifier
   * @throws InvalidValueException if the value is null or blank
   */
  public static ReferralId of(String value) {
    return new ReferralId(value);
  }

  @Override
  public int compareTo(ReferralId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
