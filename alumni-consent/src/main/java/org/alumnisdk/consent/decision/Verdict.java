package org.alumnisdk.consent.decision;

/**
 * The four possible verdicts, ordered from the most to the least permissive. When several rules
 * apply, the most severe verdict wins.
 *
 * @since 0.1.0
 */
public enum Verdict {
  /** The processing may go ahead (with the obligations listed). */
  PERMIT,
  /** The processing may go ahead once a notice has been given or published. */
  REQUIRE_NOTICE,
  /** The processing may go ahead once the person has consented. */
  REQUIRE_CONSENT,
  /** The processing may not go ahead, or a fact needed to decide is missing. */
  DENY;

  /**
   * Returns the more severe of two verdicts.
   *
   * @param other the other verdict
   * @return the more severe one
   */
  public Verdict max(Verdict other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
