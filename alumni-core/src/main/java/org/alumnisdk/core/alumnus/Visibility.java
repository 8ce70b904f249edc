package org.alumnisdk.core.alumnus;

/**
 * Who the alumnus lets see a field group, from narrowest to widest. Consents and roles narrow this
 * further (see the consent module's field-level visibility).
 *
 * @since 0.1.0
 */
public enum Visibility {
  /** Only the alumnus. */
  ONLY_ME,
  /** The alumnus and the company's alumni-relations staff. */
  STAFF,
  /** Also fellow alumni of the same tenant. */
  ALUMNI
}
