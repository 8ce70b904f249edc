package org.alumnisdk.matching.mentor;

/**
 * Why a mentee–mentor pair must never be matched.
 *
 * @since 0.1.0
 */
public enum ForbiddenReason {
  /** The two are in the same reporting line. */
  SAME_REPORTING_LINE,
  /** A declared conflict of interest. */
  CONFLICT_OF_INTEREST,
  /** One of the two has not consented to this pairing. */
  NO_CONSENT,
  /** Another documented reason held by the host. */
  OTHER
}
