package org.alumnisdk.core.mentoring;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a mentorship stands. The allowed moves are:
 *
 * <pre>
 * PROPOSED → ACTIVE or DECLINED
 * ACTIVE   → COMPLETED or ABANDONED
 * </pre>
 *
 * DECLINED, COMPLETED and ABANDONED are final.
 *
 * @since 0.1.0
 */
public enum MentorshipStatus {
  /** Proposed (by matching or by a person); awaits both sides' agreement. */
  PROPOSED,
  /** Running. */
  ACTIVE,
  /** Finished as planned. */
  COMPLETED,
  /** One side declined the proposal. */
  DECLINED,
  /** Stopped before its end. */
  ABANDONED;

  /**
   * The states this one may move to.
   *
   * @return the allowed next states; empty for final states
   */
  public Set<MentorshipStatus> next() {
    return switch (this) {
      case PROPOSED -> EnumSet.of(ACTIVE, DECLINED);
      case ACTIVE -> EnumSet.of(COMPLETED, ABANDONED);
      case COMPLETED, DECLINED, ABANDONED -> EnumSet.noneOf(MentorshipStatus.class);
    };
  }

  /**
   * Whether the move to {@code target} is allowed.
   *
   * @param target the requested state
   * @return true if allowed
   */
  public boolean canMoveTo(MentorshipStatus target) {
    return next().contains(target);
  }
}
