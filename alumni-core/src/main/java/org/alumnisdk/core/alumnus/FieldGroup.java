package org.alumnisdk.core.alumnus;

/**
 * Groups of profile fields that share one visibility setting.
 *
 * @since 0.1.0
 */
public enum FieldGroup {
  /** Name. */
  NAME,
  /** E-mail and phone. */
  CONTACT,
  /** Employment history with the company. */
  EMPLOYMENT_HISTORY,
  /** Departure details. */
  DEPARTURE,
  /** Current employer, title, industry and location. */
  CURRENT_SITUATION,
  /** Skills. */
  SKILLS,
  /** Languages. */
  LANGUAGES,
  /** Willingness flags. */
  WILLINGNESS
}
