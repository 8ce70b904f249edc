package org.alumnisdk.metrics.score;

/**
 * What the streaming scorer did with one activity, with the reason as text.
 *
 * @since 0.1.0
 */
public enum Acceptance {
  /** Scored. */
  SCORED("scored"),
  /** Scored at the current instant because it was dated in the future (stated policy). */
  CLAMPED("future-dated; scored as of now"),
  /** Ignored: an activity with the same id was already scored. */
  DUPLICATE("duplicate activity id"),
  /** Ignored: the taxonomy says this type does not count (an RSVP, an e-mail open). */
  NOT_COUNTED("type does not count as engagement"),
  /** Ignored: the taxonomy has no rule for this type (fail closed). */
  UNMAPPED("no taxonomy rule for the type"),
  /** Rejected: dated after now plus the tolerance; not remembered, so it may be sent again later. */
  FUTURE_REJECTED("dated in the future beyond the tolerance"),
  /** Ignored: the alumnus's consent does not cover engagement analytics; not remembered. */
  NO_CONSENT("consent does not cover engagement analytics");

  private final String reason;

  Acceptance(String reason) {
    this.reason = reason;
  }

  /**
   * A short reason a person can read.
   *
   * @return the reason
   */
  public String reason() {
    return reason;
  }

  /**
   * Whether the activity changed a score.
   *
   * @return true for {@link #SCORED} and {@link #CLAMPED}
   */
  public boolean scored() {
    return this == SCORED || this == CLAMPED;
  }
}
