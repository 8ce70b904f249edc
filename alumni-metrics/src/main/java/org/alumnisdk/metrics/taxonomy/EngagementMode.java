package org.alumnisdk.metrics.taxonomy;

/**
 * The four corporate engagement modes, adapted from the CASE Alumni Engagement Metrics modes
 * (philanthropic, volunteer, experiential, communication).
 *
 * @since 0.1.0
 */
public enum EngagementMode {
  /** Value-creating acts: referrals submitted or hired, rehires, business leads (CASE: philanthropic). */
  CONTRIBUTION,
  /** Time or expertise in a recognised role: mentoring, speaking, interviewing, hosting. */
  VOLUNTEER,
  /** Taking part in an experience: event attended, webinar, career consultation (attendance, not RSVP). */
  EXPERIENTIAL,
  /** Two-way interaction with communications: click, reply, survey answer, post, profile update. */
  COMMUNICATION;

  /**
   * The bit of this mode in a mode mask (bit 0 = contribution ... bit 3 = communication).
   *
   * @return the bit
   */
  public int bit() {
    return 1 << ordinal();
  }
}
