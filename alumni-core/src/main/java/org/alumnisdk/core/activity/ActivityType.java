package org.alumnisdk.core.activity;

import org.alumnisdk.core.Checks;

/**
 * The kind of an engagement activity. Open for extension: hosts may create their own codes with
 * {@link #of(String)}; the metrics module maps codes to engagement modes and weights.
 *
 * @param code a stable lower-case code such as {@code event-attended}
 * @since 0.1.0
 */
public record ActivityType(String code) {
  /** A referral was submitted by the alumnus. */
  public static final ActivityType REFERRAL_SUBMITTED = new ActivityType("referral-submitted");
  /** A candidate referred by the alumnus was hired. */
  public static final ActivityType REFERRAL_HIRED = new ActivityType("referral-hired");
  /** The alumnus was rehired (boomerang). */
  public static final ActivityType REHIRED = new ActivityType("rehired");
  /** The alumnus brought a business lead. */
  public static final ActivityType BUSINESS_LEAD = new ActivityType("business-lead");
  /** The alumnus held a mentoring session. */
  public static final ActivityType MENTORING = new ActivityType("mentoring");
  /** The alumnus spoke at an event. */
  public static final ActivityType SPEAKING = new ActivityType("speaking");
  /** The alumnus interviewed candidates or was interviewed for content. */
  public static final ActivityType INTERVIEWING = new ActivityType("interviewing");
  /** The alumnus hosted an event or chapter meeting. */
  public static final ActivityType HOSTING = new ActivityType("hosting");
  /** The alumnus answered an RSVP (does not count as attendance). */
  public static final ActivityType EVENT_RSVP = new ActivityType("event-rsvp");
  /** The alumnus checked in at an event. */
  public static final ActivityType EVENT_ATTENDED = new ActivityType("event-attended");
  /** The alumnus attended a webinar. */
  public static final ActivityType WEBINAR_ATTENDED = new ActivityType("webinar-attended");
  /** The alumnus had a career consultation. */
  public static final ActivityType CAREER_CONSULTATION = new ActivityType("career-consultation");
  /** A delivered content item was opened (unreliable signal: image-blocking, privacy proxies). */
  public static final ActivityType CONTENT_OPENED = new ActivityType("content-opened");
  /** A link in a content item was clicked. */
  public static final ActivityType CONTENT_CLICKED = new ActivityType("content-clicked");
  /** The alumnus replied to a content item. */
  public static final ActivityType CONTENT_REPLIED = new ActivityType("content-replied");
  /** The alumnus answered a survey. */
  public static final ActivityType SURVEY_ANSWERED = new ActivityType("survey-answered");
  /** The alumnus posted in the community. */
  public static final ActivityType POST_CREATED = new ActivityType("post-created");
  /** The alumnus updated the profile. */
  public static final ActivityType PROFILE_UPDATED = new ActivityType("profile-updated");

  /**
   * Validates the code.
   *
   * @param code a stable lower-case code such as {@code event-attended}
   * @throws org.alumnisdk.core.InvalidValueException if it is blank
   */
  public ActivityType {
    code = Checks.notBlank(code, "activityType").toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Returns the type with this code.
   *
   * @param code the code
   * @return the type
   */
  public static ActivityType of(String code) {
    return new ActivityType(code);
  }

  @Override
  public String toString() {
    return code;
  }
}
