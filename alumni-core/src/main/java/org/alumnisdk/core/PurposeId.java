package org.alumnisdk.core;

/**
 * Identifies a purpose of use, as registered in the consent module's purpose catalogue.
 *
 * <p>An opaque, non-blank identifier; it carries no personal data and prints as its value.
 *
 * @param value the identifier text, stripped of surrounding white space
 * @since 0.1.0
 */
public record PurposeId(String value) implements Comparable<PurposeId> {
  /** Reaching alumni about openings they could refer candidates to. */
  public static final PurposeId REFERRAL_OUTREACH = new PurposeId("referral-outreach");
  /** Reaching alumni about being rehired (boomerang hires). */
  public static final PurposeId REHIRE_OUTREACH = new PurposeId("rehire-outreach");
  /** Matching alumni as mentors or mentees. */
  public static final PurposeId MENTORING = new PurposeId("mentoring");
  /** Measuring engagement (scores, segments, KPIs). */
  public static final PurposeId ENGAGEMENT_ANALYTICS = new PurposeId("engagement-analytics");

  /**
   * Validates the identifier.
   *
   * @param value the identifier text, stripped of surrounding white space
   * @throws InvalidValueException if it is null or blank
   */
  public PurposeId {
    value = Checks.notBlank(value, "purposeId");
  }

  /**
   * Creates an identifier.
   *
   * @param value the identifier text
   * @return the identifier
   * @throws InvalidValueException if the value is null or blank
   */
  public static PurposeId of(String value) {
    return new PurposeId(value);
  }

  @Override
  public int compareTo(PurposeId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
