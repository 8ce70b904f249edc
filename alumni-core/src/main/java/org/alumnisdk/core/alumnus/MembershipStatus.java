package org.alumnisdk.core.alumnus;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a person stands in the alumni network. The allowed moves are:
 *
 * <pre>
 * INVITED    → REGISTERED, LEFT, REHIRED
 * REGISTERED → ACTIVE, DORMANT, LEFT, REHIRED
 * ACTIVE     → DORMANT, LEFT, REHIRED
 * DORMANT    → ACTIVE, LEFT, REHIRED
 * LEFT       → INVITED (re-invited), REHIRED
 * REHIRED    → INVITED (left the company again: an alumnus again, with both tenures)
 * </pre>
 *
 * @since 0.1.0
 */
public enum MembershipStatus {
  /** Invited after leaving (e.g. from an HRIS leaver record); has not registered yet. */
  INVITED,
  /** Registered but not yet active. */
  REGISTERED,
  /** Active member. */
  ACTIVE,
  /** Registered member with no recent activity. */
  DORMANT,
  /** Left the network (opted out). */
  LEFT,
  /** Employed by the company again (a boomerang hire). */
  REHIRED;

  /**
   * The states this one may move to.
   *
   * @return the allowed next states
   */
  public Set<MembershipStatus> next() {
    return switch (this) {
      case INVITED -> EnumSet.of(REGISTERED, LEFT, REHIRED);
      case REGISTERED -> EnumSet.of(ACTIVE, DORMANT, LEFT, REHIRED);
      case ACTIVE -> EnumSet.of(DORMANT, LEFT, REHIRED);
      case DORMANT -> EnumSet.of(ACTIVE, LEFT, REHIRED);
      case LEFT -> EnumSet.of(INVITED, REHIRED);
      case REHIRED -> EnumSet.of(INVITED);
    };
  }

  /**
   * Whether the move to {@code target} is allowed.
   *
   * @param target the requested state
   * @return true if allowed
   */
  public boolean canMoveTo(MembershipStatus target) {
    return next().contains(target);
  }
}
