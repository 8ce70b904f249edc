package org.alumnisdk.core.alumnus;

import org.alumnisdk.core.Checks;

/**
 * Whether the company would rehire the person, and why.
 *
 * @param status eligible, ineligible or needs review
 * @param reason the reason recorded by HR, or empty
 * @since 0.1.0
 */
public record RehireEligibility(Status status, String reason) {
  /** Rehire eligibility states. */
  public enum Status {
    /** May be rehired. */
    ELIGIBLE,
    /** May not be rehired. */
    INELIGIBLE,
    /** Needs a review before any rehire. */
    NEEDS_REVIEW
  }

  /**
   * Validates the value.
   *
   * @param status eligible, ineligible or needs review
   * @param reason the reason recorded by HR, or empty
   * @throws org.alumnisdk.core.InvalidValueException if the status is missing
   */
  public RehireEligibility {
    Checks.notNull(status, "rehireEligibility.status");
    reason = reason == null ? "" : reason.strip();
  }

  /**
   * Eligible, without a reason.
   *
   * @return the value
   */
  public static RehireEligibility eligible() {
    return new RehireEligibility(Status.ELIGIBLE, "");
  }

  /**
   * Needs review, with a reason.
   *
   * @param reason why
   * @return the value
   */
  public static RehireEligibility needsReview(String reason) {
    return new RehireEligibility(Status.NEEDS_REVIEW, reason);
  }

  /**
   * Ineligible, with a reason.
   *
   * @param reason why
   * @return the value
   */
  public static RehireEligibility ineligible(String reason) {
    return new RehireEligibility(Status.INELIGIBLE, reason);
  }

  /** Prints the status only: the reason may be sensitive. */
  @Override
  public String toString() {
    return "RehireEligibility[" + status + "]";
  }
}
