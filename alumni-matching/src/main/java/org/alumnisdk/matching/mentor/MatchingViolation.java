package org.alumnisdk.matching.mentor;

/**
 * A hard constraint a result breaks. Results from this module have none; the check exists so that
 * results can be re-verified and so that host-made assignments can be audited.
 *
 * @param kind the kind of violation
 * @param item the pair or participant concerned
 * @param detail a sentence with the specifics
 * @since 0.1.0
 */
public record MatchingViolation(Kind kind, String item, String detail) {
  /** Kinds of violation. */
  public enum Kind {
    /** A mentor holds more mentees than its capacity. */
    OVER_CAPACITY,
    /** A forbidden pair is matched. */
    FORBIDDEN_PAIR,
    /** A matched pair is not mutually acceptable and not pinned. */
    NOT_ACCEPTABLE,
    /** A pinned pair is missing. */
    PIN_MISSING,
    /** A mentor holds more mentees of a group than the group's quota. */
    QUOTA_EXCEEDED,
    /** A mentee appears twice, or an id is not part of the problem. */
    MALFORMED
  }
}
