package org.alumnisdk.metrics.kpi;

/**
 * Where a hire came from.
 *
 * @since 0.1.0
 */
public enum HireSource {
  /** A former employee rehired. */
  BOOMERANG(true, true),
  /** A candidate referred by an alumnus. */
  ALUMNI_REFERRAL(true, true),
  /** A candidate referred by a current employee. */
  EMPLOYEE_REFERRAL(true, false),
  /** A candidate placed by a recruitment agency. */
  AGENCY(true, false),
  /** A direct application or sourcing. */
  DIRECT(true, false),
  /** An internal move; not an external hire. */
  INTERNAL_TRANSFER(false, false);

  private final boolean external;
  private final boolean alumniSourced;

  HireSource(boolean external, boolean alumniSourced) {
    this.external = external;
    this.alumniSourced = alumniSourced;
  }

  /**
   * Whether the hire counts as an external hire.
   *
   * @return true for everything but internal transfers
   */
  public boolean external() {
    return external;
  }

  /**
   * Whether the alumni programme sourced the hire (boomerang or alumni referral).
   *
   * @return true if alumni-sourced
   */
  public boolean alumniSourced() {
    return alumniSourced;
  }
}
